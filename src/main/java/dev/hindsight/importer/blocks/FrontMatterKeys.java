package dev.hindsight.importer.blocks;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each key of YAML or TOML front matter is written, found by reading its lines (a parser gives values, not
 * places): the lines a front-matter field names as its source. A key's lines run from its own line through the
 * lines that continue its value; a group's line ("incident:" or "[incident]") goes with its first key.
 */
final class FrontMatterKeys {
    /** key path, as the parser flattens it ("a.b") → {first, last}, 0-based in the front matter's own lines */
    private final Map<String, int[]> spans = new HashMap<>();

    private FrontMatterKeys() {
    }

    /** The lines of a key, or of all the keys under it, or null when it cannot be found. */
    int[] span(String path) {
        int[] span = spans.get(path);
        if (span != null) {
            return span;
        }
        String prefix = path + ".";
        int[] union = null;
        for (Map.Entry<String, int[]> e : spans.entrySet()) {
            if (e.getKey().startsWith(prefix)) {
                union = union(union, e.getValue());
            }
        }
        return union;
    }

    private void record(String path, int first, int last) {
        spans.merge(path, new int[] {first, Math.max(first, last)}, FrontMatterKeys::union);
    }

    private static int[] union(int[] a, int[] b) {
        return a == null ? b : new int[] {Math.min(a[0], b[0]), Math.max(a[1], b[1])};
    }

    private static final class Open {
        final int indent;
        final String path;
        final int first;
        boolean hasChild;

        Open(int indent, String path, int first) {
            this.indent = indent;
            this.path = path;
            this.first = first;
        }
    }

    static FrontMatterKeys yaml(List<String> lines) {
        FrontMatterKeys keys = new FrontMatterKeys();
        Deque<Open> open = new ArrayDeque<>();
        int lastContent = -1;
        int listIndent = -1;
        int blockScalarIndent = -1;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            String content = line.strip();
            if (content.isEmpty()) {
                continue;
            }
            int indent = indent(line);
            if (blockScalarIndent >= 0 && indent > blockScalarIndent) {
                lastContent = i;
                continue;
            }
            blockScalarIndent = -1;
            if (content.startsWith("#")) {
                continue;
            }
            boolean listLine = content.equals("-") || content.startsWith("- ");
            // Keys inside a list's items belong to the list's value (the list is one field), so they are not keys here.
            if (listIndent >= 0 && (indent > listIndent || indent == listIndent && listLine)) {
                lastContent = i;
                continue;
            }
            listIndent = -1;
            if (listLine) {
                listIndent = indent;
                lastContent = i;
                continue;
            }
            int colon = yamlColon(content);
            if (colon < 0) {
                lastContent = i;
                continue;
            }
            while (!open.isEmpty() && open.peek().indent >= indent) {
                Open done = open.pop();
                keys.record(done.path, done.first, lastContent);
            }
            Open parent = open.peek();
            String key = unquote(content.substring(0, colon).strip());
            int first = i;
            if (parent != null && !parent.hasChild) {
                first = parent.first;
            }
            if (parent != null) {
                parent.hasChild = true;
            }
            open.push(new Open(indent, parent == null ? key : parent.path + "." + key, first));
            String value = content.substring(colon + 1).strip();
            if (value.startsWith("|") || value.startsWith(">")) {
                blockScalarIndent = indent;
            }
            lastContent = i;
        }
        while (!open.isEmpty()) {
            Open done = open.pop();
            keys.record(done.path, done.first, lastContent);
        }
        return keys;
    }

    static FrontMatterKeys toml(List<String> lines) {
        FrontMatterKeys keys = new FrontMatterKeys();
        String table = "";
        int tableLine = -1;
        String openPath = null;
        int openFirst = -1;
        int lastContent = -1;
        String multiline = null;
        for (int i = 0; i < lines.size(); i++) {
            String content = lines.get(i).strip();
            if (content.isEmpty()) {
                continue;
            }
            if (multiline != null) {
                lastContent = i;
                if (content.contains(multiline)) {
                    multiline = null;
                }
                continue;
            }
            if (content.startsWith("#")) {
                continue;
            }
            int equals = content.startsWith("[") ? -1 : tomlEquals(content);
            if (content.startsWith("[") || equals > 0) {
                if (openPath != null) {
                    keys.record(openPath, openFirst, lastContent);
                    openPath = null;
                }
            }
            if (content.startsWith("[")) {
                table = dotted(content.replace("[", "").replace("]", ""));
                tableLine = i;
                continue;
            }
            if (equals <= 0) {
                lastContent = i;
                continue;
            }
            String key = dotted(content.substring(0, equals));
            openPath = table.isEmpty() ? key : table + "." + key;
            openFirst = tableLine >= 0 ? tableLine : i;
            tableLine = -1;
            lastContent = i;
            String value = content.substring(equals + 1).strip();
            for (String quotes : new String[] {"\"\"\"", "'''"}) {
                if (value.startsWith(quotes) && value.indexOf(quotes, 3) < 0) {
                    multiline = quotes;
                }
            }
        }
        if (openPath != null) {
            keys.record(openPath, openFirst, lastContent);
        }
        return keys;
    }

    /** The colon that ends a YAML key ("key: value", "key:"), or -1 when the line holds no key. */
    static int yamlColon(String content) {
        char first = content.charAt(0);
        if (first == '{' || first == '[' || first == '?' || first == '&' || first == '*' || first == '!') {
            return -1;
        }
        int from = 0;
        if (first == '"' || first == '\'') {
            from = content.indexOf(first, 1);
            if (from < 0) {
                return -1;
            }
        }
        for (int i = Math.max(from, 1); i < content.length(); i++) {
            if (content.charAt(i) == ':' && (i + 1 == content.length() || content.charAt(i + 1) == ' '
                    || content.charAt(i + 1) == '\t')) {
                return i;
            }
            if (content.charAt(i) == '#' && content.charAt(i - 1) == ' ') {
                return -1;
            }
        }
        return -1;
    }

    /** The '=' that ends a TOML key, or -1: a key is a bare or quoted name, dotted or not. */
    static int tomlEquals(String content) {
        boolean quoted = false;
        char quote = 0;
        for (int i = 0; i < content.length(); i++) {
            char c = content.charAt(i);
            if (quoted) {
                quoted = c != quote;
            } else if (c == '"' || c == '\'') {
                quoted = true;
                quote = c;
            } else if (c == '=') {
                return i;
            } else if (!(Character.isLetterOrDigit(c) || c == '_' || c == '-' || c == '.' || c == ' ' || c == '\t')) {
                return -1;
            }
        }
        return -1;
    }

    static String dotted(String key) {
        StringBuilder out = new StringBuilder();
        for (String part : key.split("\\.", -1)) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(unquote(part.strip()));
        }
        return out.toString();
    }

    private static String unquote(String key) {
        if (key.length() >= 2 && (key.charAt(0) == '"' || key.charAt(0) == '\'')
                && key.charAt(key.length() - 1) == key.charAt(0)) {
            return key.substring(1, key.length() - 1);
        }
        return key;
    }

    private static int indent(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == ' ') {
            i++;
        }
        return i;
    }
}
