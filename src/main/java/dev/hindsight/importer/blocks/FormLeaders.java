package dev.hindsight.importer.blocks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A form exported as text writes each field with dot leaders: "Priority ............. 2 - High", "Assigned to
 * .......... Arjun Mehta" (a ticketing tool's problem record). Such lines are made "Priority: 2 - High", the label
 * form every reader knows. Only in a document with three such lines, so a table of contents' "Summary ..... 3" in
 * a long review stays as written unless it is a form. Every line keeps its number. Thread-safe.
 */
final class FormLeaders {

    private static final Pattern LEADER = Pattern.compile("^(\\s*+\\p{L}[^.\\n]{0,50}?)\\s*+\\.{3,}+[ \\t]++(\\S.*)$",
            Pattern.MULTILINE);
    private static final int FEWEST = 3;

    private FormLeaders() {
    }

    /** The body with its dot-leader fields as "Label: value", or the same string when it has fewer than three. */
    static String asLabels(String body) {
        if (body.indexOf("...") < 0) {
            return body;
        }
        Matcher m = LEADER.matcher(body);
        int count = 0;
        while (count < FEWEST && m.find()) {
            count++;
        }
        if (count < FEWEST) {
            return body;
        }
        m.reset();
        StringBuilder out = new StringBuilder(body.length());
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(m.group(1).stripTrailing() + ": " + m.group(2)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
