package dev.hindsight.importer.blocks;

import java.util.List;

/**
 * Whether a document is YAML from its first line, as an incident kept as a YAML file is: every line at the margin a
 * key ("severity: high"), a comment, a list item or a document marker, the first with content a key, and at least
 * one key holding a list or map written under it ("timeline:" over "  - time: …"), and most keys written as a
 * program's ("started_at"). A form of "Label: value" lines names its labels in words ("Severity:", "Actions:"),
 * and a Markdown document has prose at the margin. Looked at line by line once, so a
 * long document that is not YAML costs one pass to its first line of prose. Thread-safe.
 */
final class WholeYaml {

    private WholeYaml() {
    }

    static boolean is(List<String> lines) {
        boolean keyed = false;
        boolean nested = false;
        int keys = 0;
        int lowerKeys = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            char first = line.charAt(0);
            if (first == '#') {
                continue; // a comment (or a Markdown heading: the prose under it ends the look)
            }
            if (Character.isWhitespace(first)) {
                if (!keyed) {
                    return false;
                }
                continue;
            }
            if (line.startsWith("- ") || line.equals("-") || line.equals("---") || line.equals("...")) {
                if (!keyed && !line.equals("---")) {
                    return false;
                }
                continue;
            }
            int colon = FrontMatterKeys.yamlColon(line);
            if (colon <= 0 || line.indexOf(' ') >= 0 && line.indexOf(' ') < colon) {
                return false; // prose, or "Root cause: …", a label of words rather than a key
            }
            keyed = true;
            keys++;
            lowerKeys += isIdentifier(line, colon) ? 1 : 0;
            nested |= line.substring(colon + 1).isBlank() && i + 1 < lines.size()
                    && (lines.get(i + 1).startsWith(" ") || lines.get(i + 1).startsWith("- "));
        }
        return keyed && nested && keys >= 3 && lowerKeys * 3 >= keys * 2;
    }

    /** A key written as a program's ("started_at", "action-items"), not a label of words ("Severity"). */
    private static boolean isIdentifier(String line, int colon) {
        for (int i = 0; i < colon; i++) {
            char c = line.charAt(i);
            if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_' || c == '-' || c == '.')) {
                return false;
            }
        }
        return true;
    }
}
