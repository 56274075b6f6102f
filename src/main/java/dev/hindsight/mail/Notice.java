package dev.hindsight.mail;

import java.util.Objects;

/**
 * One mail to one person: address, subject, plain text and (optionally) HTML already escaped. The subject is made
 * one line here, whatever it was built from, so that text from an incident (a title with a line break in it) can
 * never start a header of its own. Immutable.
 */
public record Notice(String address, String subject, String text, String html) {

    /** Subjects longer than this are cut; mail programs show less anyway. */
    public static final int SUBJECT_MAX = 200;

    public Notice {
        address = MailAddress.check("address", address);
        subject = oneLine(Objects.requireNonNull(subject, "subject is null"));
        if (subject.length() > SUBJECT_MAX) {
            subject = subject.substring(0, SUBJECT_MAX - 1) + "…";
        }
        Objects.requireNonNull(text, "text is null");
    }

    /**
     * Text with every line break and other control character turned into a space (CR, LF, NEL, the Unicode line
     * and paragraph separators, tabs), runs of spaces made one, and the ends stripped.
     */
    public static String oneLine(String text) {
        return text.replaceAll("[\\p{Cntrl}\\u0085\\u2028\\u2029]", " ").replaceAll(" {2,}", " ").strip();
    }
}
