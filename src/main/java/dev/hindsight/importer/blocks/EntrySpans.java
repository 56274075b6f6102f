package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;

/**
 * Where each entry of a front-matter list is written, found by reading the list's lines (a parser gives values,
 * not places): in TOML each {@code [[key]]} header opens a table; in YAML each "- " at the list's own indent opens
 * an entry. An entry runs to the last line with content before the next one. Stateless; thread-safe.
 */
final class EntrySpans {

    private EntrySpans() {
    }

    /**
     * The entries' spans, {first, last} and 0-based in the front matter's own lines, within the list's lines
     * {@code first..last}; the caller checks that there is one per entry the parser read.
     */
    static List<int[]> of(List<String> inner, int first, int last, String key, boolean yaml) {
        List<Integer> starts = yaml ? dashes(inner, first, last) : headers(inner, first, last, key);
        List<int[]> out = new ArrayList<>(starts.size());
        for (int i = 0; i < starts.size(); i++) {
            int end = i + 1 < starts.size() ? starts.get(i + 1) - 1 : last;
            while (end > starts.get(i) && isEmpty(inner.get(end))) {
                end--;
            }
            out.add(new int[] {starts.get(i), end});
        }
        return out;
    }

    /** The lines "[[key]]" (quoted or spaced parts as TOML allows) between first and last. */
    private static List<Integer> headers(List<String> inner, int first, int last, String key) {
        List<Integer> out = new ArrayList<>();
        for (int i = first; i <= last && i < inner.size(); i++) {
            String content = withoutComment(inner.get(i).strip());
            if (content.startsWith("[[") && content.endsWith("]]")
                    && FrontMatterKeys.dotted(content.substring(2, content.length() - 2)).equals(key)) {
                out.add(i);
            }
        }
        return out;
    }

    /** The lines opening a sequence entry ("- ", "-") at the smallest indent among them, after the key's line. */
    private static List<Integer> dashes(List<String> inner, int first, int last) {
        List<Integer> out = new ArrayList<>();
        int indent = Integer.MAX_VALUE;
        for (int i = first + 1; i <= last && i < inner.size(); i++) {
            String line = inner.get(i);
            String content = line.strip();
            if (!content.equals("-") && !content.startsWith("- ")) {
                continue;
            }
            int at = line.indexOf('-');
            if (at < indent) {
                indent = at;
                out.clear();
            }
            if (at == indent) {
                out.add(i);
            }
        }
        return out;
    }

    private static String withoutComment(String content) {
        int hash = content.indexOf(" #");
        return hash > 0 && content.lastIndexOf("]]", hash) > 0 ? content.substring(0, hash).strip() : content;
    }

    private static boolean isEmpty(String line) {
        String content = line.strip();
        return content.isEmpty() || content.startsWith("#");
    }
}
