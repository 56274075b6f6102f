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

    /** A label, a space, three dots or more, a space, the value: all on one line ("We waited... and" is prose). */
    private static final Pattern LEADER = Pattern.compile("^([ \\t]{0,3}\\p{L}[^.\\n]{0,50}?)[ \\t]++\\.{3,}+[ \\t]++(\\S.*)$");
    private static final int FEWEST = 3;

    private FormLeaders() {
    }

    /** The body with its dot-leader fields as "Label: value", or the same string when it has fewer than three. */
    static String asLabels(String body) {
        if (body.indexOf("...") < 0) {
            return body;
        }
        String[] lines = body.split("\n", -1);
        String[] labelled = new String[lines.length];
        int count = 0;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String bare = lines[i].strip();
            if (CodeFence.touches(fence, bare)) {
                fence = CodeFence.after(fence, bare);
                continue; // code is left as written
            }
            Matcher m = lines[i].indexOf("...") > 0 ? LEADER.matcher(lines[i]) : null;
            if (m != null && m.matches()) {
                labelled[i] = m.group(1).stripTrailing() + ": " + m.group(2);
                count++;
            }
        }
        if (count < FEWEST) {
            return body;
        }
        for (int i = 0; i < lines.length; i++) {
            lines[i] = labelled[i] != null ? labelled[i] : lines[i];
        }
        return String.join("\n", lines);
    }
}
