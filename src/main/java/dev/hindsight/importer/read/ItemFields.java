package dev.hindsight.importer.read;

import dev.hindsight.importer.words.ReadingWords;
import java.util.Collection;
import java.util.Comparator;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Key: value" fields written in an action item's text ("Fix X - Owner: Ann Due: 2025-04-01", "(owner: Ann)") or on
 * a line of their own under it. The labels are data (action-words.json); each value runs to the next label and is
 * put in the draft by {@link ActionFields}. Part of {@link ActionText}. Thread-safe.
 */
final class ItemFields {

    private static final Map<String, String> LABELS = ActionText.WORDS.inverse("labels");
    /**
     * The first field: at the start, after a separator ("Fix X - Owner: Ann", "Fix X, Due: ...") or, for the
     * labels no sentence uses ("Owner:", "Due:"), after a space.
     */
    static final Pattern FIELD;
    /** A later field: after any space too ("Owner: Ann Due: 2025-04-01"). */
    private static final Pattern NEXT_FIELD;

    static {
        // ":Owner: billing-core team": a reStructuredText field, its label between colons.
        FIELD = Pattern.compile("(?i)(?:(?:^|[,;|(.]\\s{0,3}|\\s[-–—]\\s{0,3}):?(" + alternatives(LABELS.keySet())
                + ")|(?<=\\s)(" + alternatives(ActionText.WORDS.list("labelsAfterASpace")) + "))[ \\t]*:");
        NEXT_FIELD = Pattern.compile("(?i)(?<=[\\s,;|(]|\\s:)(" + alternatives(LABELS.keySet()) + ")[ \\t]*:");
    }

    /** Labels as a pattern's alternatives, longest first ("due date" before "due"), any spaces between words. */
    private static String alternatives(Collection<String> labels) {
        return String.join("|", labels.stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(k -> Pattern.quote(k).replace(" ", "\\E\\s+\\Q")).toList());
    }

    private ItemFields() {
    }

    /** Whether a line is only a field: "Owner: @ann", "Status: done". */
    static boolean isLine(String line) {
        return FIELD.matcher(line.strip()).lookingAt();
    }

    /**
     * "Key: value" fields: the text before the first is the title; each value runs to the next key. A key inside
     * a sentence ("tell the team: ...") is wording: the first must start the text or follow a separator.
     */
    static String take(String t, ActionDraft d, ImportLog log) {
        if (t.indexOf(':') < 0) {
            return t;
        }
        Matcher m = FIELD.matcher(t);
        if (!m.find()) {
            return t;
        }
        String before = t.substring(0, m.start());
        String written = m.group(1) != null ? m.group(1) : m.group(2);
        String field = LABELS.get(ReadingWords.normal(written));
        int valueFrom = m.end();
        m = NEXT_FIELD.matcher(t).useTransparentBounds(true).region(valueFrom, t.length());
        while (true) {
            boolean more = m.find();
            String value = t.substring(valueFrom, more ? m.start() : t.length()).strip();
            if (more && value.endsWith(":")) {
                value = value.substring(0, value.length() - 1).strip(); // the next field's ":Due:" opening colon
            }
            if (value.endsWith(")") && value.indexOf('(') < 0) {
                value = value.substring(0, value.length() - 1);
            }
            String rest = "";
            int stop = "due".equals(field) ? -1 : sentenceEnd(value);
            if (stop > 0) {
                rest = value.substring(stop + 1).strip();
                value = value.substring(0, stop);
            }
            ActionFields.apply(field, written,
                    ReadingWords.trimmed(ActionText.trimEnd(value, "."), ActionText.SEPARATORS), d, log);
            if (!rest.isEmpty()) {
                // "Owner: Ann Lee. Due 2025-05-30.": a second sentence after a field's value says more
                rest = ActionText.trimEnd(DueDates.take(rest, d, log), ".");
                if (!rest.isEmpty()) {
                    d.describe(rest);
                }
            }
            if (!more) {
                return before;
            }
            written = m.group(1);
            field = LABELS.get(ReadingWords.normal(written));
            valueFrom = m.end();
        }
    }

    /** Where a field's value ends a sentence with more after it ("Ann Lee. Due ..."), not at an initial ("A. Lee"). */
    private static int sentenceEnd(String value) {
        int stop = value.indexOf(". ");
        while (stop > 0) {
            int word = stop;
            while (word > 0 && Character.isLetterOrDigit(value.charAt(word - 1))) {
                word--;
            }
            if (stop - word > 1) {
                return stop;
            }
            stop = value.indexOf(". ", stop + 2);
        }
        return -1;
    }
}
