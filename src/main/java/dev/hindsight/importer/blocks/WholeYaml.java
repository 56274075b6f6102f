package dev.hindsight.importer.blocks;

import java.util.ArrayList;
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

    /**
     * A YAML record's prose and lists as the sections a written review gives them: a key holding a block of text
     * ("notes: |") or a list of sentences ("contributing_factors:", not a list of names) a heading in its words over
     * that text or those items, a list of entries each opening with a time ("timeline:" over "- time: 16:55 /
     * event: …") a heading
     * over one item an entry. Other keys stay front matter, read as labels wherever they stand (the outline takes
     * front matter into the document's preamble).
     */
    static List<Block> sections(List<Block> fields, List<String> lines) {
        List<Block> out = new ArrayList<>();
        for (Block b : fields) {
            List<Block> written = b.cells().get(0).indexOf('.') < 0 ? section(b, lines) : List.of();
            out.addAll(written.isEmpty() ? List.of(b) : written);
        }
        return out;
    }

    private static List<Block> section(Block field, List<String> lines) {
        Lines at = field.lines();
        if (at.last() <= at.first() || at.last() > lines.size()) {
            return List.of();
        }
        String keyLine = lines.get(at.first() - 1);
        int colon = FrontMatterKeys.yamlColon(keyLine);
        if (colon <= 0 || Character.isWhitespace(keyLine.charAt(0))) {
            return List.of();
        }
        String rest = keyLine.substring(colon + 1).strip();
        List<Block> out = new ArrayList<>();
        out.add(Block.heading(2, words(keyLine.substring(0, colon)), Lines.of(at.first())));
        if (rest.startsWith("|") || rest.startsWith(">")) {
            out.add(Block.paragraph(field.cells().get(1), new Lines(at.first() + 1, at.last())));
            return out;
        }
        if (!rest.isEmpty() && !rest.startsWith("#")) {
            return List.of();
        }
        List<Block> items = items(lines, at.first(), at.last());
        if (items.isEmpty()) {
            return List.of();
        }
        out.addAll(items);
        return out;
    }

    /**
     * The list under a key as items: each "- " entry's text, its lines run on; an entry of fields ("- time: …")
     * only when every entry opens with a time, its values then one text. None when the list is of another shape.
     */
    private static List<Block> items(List<String> lines, int keyLine, int last) {
        List<Block> items = new ArrayList<>();
        StringBuilder text = null;
        int from = 0;
        boolean fields = false;
        for (int n = keyLine + 1; n <= last; n++) {
            String bare = lines.get(n - 1).strip();
            if (bare.isEmpty() || bare.startsWith("#")) {
                continue;
            }
            boolean opens = bare.startsWith("- ");
            String content = opens ? bare.substring(2).strip() : bare;
            int colon = FrontMatterKeys.yamlColon(content);
            boolean field = colon > 0 && content.substring(0, colon).indexOf(' ') < 0;
            if (opens) {
                if (text != null) {
                    items.add(Block.item(0, "-", text.toString(), null, false, null, new Lines(from, n - 1)));
                }
                if (items.isEmpty() && text == null) {
                    fields = field;
                }
                if (field != fields || fields && !opensWithTime(unquoted(content.substring(colon + 1)))) {
                    return List.of();
                }
                text = new StringBuilder();
                from = n;
            } else if (text == null) {
                return List.of();
            }
            String value = fields && field ? unquoted(content.substring(colon + 1)) : content;
            text.append(text.length() == 0 ? "" : " ").append(value);
        }
        if (text != null) {
            items.add(Block.item(0, "-", text.toString(), null, false, null, new Lines(from, last)));
        }
        // A list of names or tags ("authors:", "services:") is a label's value; a list of sentences is prose.
        return fields || items.stream().allMatch(i -> i.text().split(" ").length >= 4) ? items : List.of();
    }

    private static boolean opensWithTime(String value) {
        return value.length() >= 4 && Character.isDigit(value.charAt(0))
                && (value.charAt(1) == ':' || value.charAt(2) == ':' || value.length() >= 10 && value.charAt(4) == '-');
    }

    private static String unquoted(String value) {
        String v = value.strip();
        return v.length() >= 2 && (v.charAt(0) == '"' || v.charAt(0) == '\'') && v.charAt(v.length() - 1) == v.charAt(0)
                ? v.substring(1, v.length() - 1) : v;
    }

    /** A key in words, as a heading: "contributing_factors" is "Contributing factors". */
    private static String words(String key) {
        String w = key.strip().replace('_', ' ').replace('-', ' ');
        return w.isEmpty() ? w : Character.toUpperCase(w.charAt(0)) + w.substring(1);
    }
}
