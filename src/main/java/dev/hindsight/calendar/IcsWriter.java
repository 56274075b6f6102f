package dev.hindsight.calendar;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

/**
 * Content lines of an iCalendar object (RFC 5545 section 3.1), written by hand so that every byte a calendar
 * program reads is ours to answer for: lines end in CRLF, a line longer than 75 octets is folded (a CRLF and one
 * space) at a character boundary, never inside a multi-byte UTF-8 sequence, and TEXT values are escaped.
 * Not thread-safe: one writer builds one document.
 */
final class IcsWriter {

    /** RFC 5545 3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
    static final int MAX_OCTETS = 75;
    private static final String CRLF = "\r\n";
    private static final DateTimeFormatter DATE = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'")
            .withZone(ZoneOffset.UTC);

    private final StringBuilder out = new StringBuilder(4096);

    /** A property whose value is already in its own value type's form (a date, a URI, a fixed word). */
    IcsWriter line(String nameAndParameters, String value) {
        fold(nameAndParameters + ":" + value);
        return this;
    }

    /** A TEXT property: the value is cleaned of control characters and escaped. */
    IcsWriter text(String name, String value) {
        return line(name, escape(value));
    }

    /** A DATE value, {@code ;VALUE=DATE} as the parameter says. */
    IcsWriter date(String name, LocalDate day) {
        return line(name + ";VALUE=DATE", DATE.format(day));
    }

    /** A DATE-TIME value in UTC ("Z" form). */
    IcsWriter utc(String name, Instant at) {
        return line(name, UTC.format(at));
    }

    @Override
    public String toString() {
        return out.toString();
    }

    /**
     * TEXT escaping (RFC 5545 3.3.11): backslash, semicolon and comma get a backslash, a line break becomes
     * {@code \n}. Control characters, which the grammar forbids (and which could smuggle a line break past a
     * careless reader), are dropped first; tabs are allowed and kept.
     */
    static String escape(String text) {
        String clean = clean(text);
        StringBuilder escaped = new StringBuilder(clean.length() + 16);
        for (int i = 0; i < clean.length(); i++) {
            char c = clean.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * User text with every line break made a single {@code \n} and everything else that is not printable text
     * removed: C0 and C1 controls but the tab, DEL, and halves of surrogate pairs standing alone (they have no
     * UTF-8 form). Unicode's own line and paragraph separators count as line breaks.
     */
    static String clean(String text) {
        if (text == null) {
            return "";
        }
        String lines = text.replace("\r\n", "\n").replace('\r', '\n').replace('\u2028', '\n').replace('\u2029', '\n');
        StringBuilder kept = new StringBuilder(lines.length());
        lines.codePoints().forEach(cp -> {
            boolean control = (cp < 0x20 && cp != '\t' && cp != '\n') || (cp >= 0x7F && cp <= 0x9F);
            boolean loneSurrogate = cp >= Character.MIN_SURROGATE && cp <= Character.MAX_SURROGATE;
            if (!control && !loneSurrogate) {
                kept.appendCodePoint(cp);
            }
        });
        return kept.toString();
    }

    /**
     * Writes one logical line, folded: each physical line holds at most {@link #MAX_OCTETS} octets, the leading
     * space of a continuation counted. Whole code points move to the next line, so no UTF-8 sequence is split
     * (RFC 5545 says a fold may split one, but many readers then decode each half on its own and show garbage).
     */
    private void fold(String line) {
        int octets = 0;
        for (int i = 0; i < line.length(); ) {
            int cp = line.codePointAt(i);
            int width = utf8Octets(cp);
            if (octets + width > MAX_OCTETS) {
                out.append(CRLF).append(' ');
                octets = 1;
            }
            out.appendCodePoint(cp);
            octets += width;
            i += Character.charCount(cp);
        }
        out.append(CRLF);
    }

    static int utf8Octets(int codePoint) {
        if (codePoint < 0x80) {
            return 1;
        }
        if (codePoint < 0x800) {
            return 2;
        }
        return codePoint < 0x10000 ? 3 : 4;
    }

    /** The document's bytes: iCalendar's charset is UTF-8. */
    byte[] bytes() {
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }
}
