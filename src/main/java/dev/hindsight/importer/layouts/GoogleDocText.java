package dev.hindsight.importer.layouts;

import java.util.List;

/** Free text kept from a Google-Docs post-mortem: lines made paragraphs, paragraphs joined. */
final class GoogleDocText {

    private GoogleDocText() {
    }

    /**
     * The lines joined by newlines, runs of three or more newlines made two, stripped: what joining and the
     * regex "\\n{3,}" gave. Most blocks keep nothing but blank lines, which come to nothing.
     */
    static String paragraphs(List<String> lines) {
        StringBuilder out = new StringBuilder();
        int newlines = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i > 0) {
                newlines++;
            }
            int from = 0;
            for (int at = line.indexOf('\n'); at >= 0; at = line.indexOf('\n', from)) {
                newlines = text(out, newlines, line, from, at) + 1;
                from = at + 1;
            }
            newlines = text(out, newlines, line, from, line.length());
        }
        return out.length() == 0 ? "" : out.toString().strip();
    }

    /** Appends the newlines pending (two at most) and then the text, if any; the newlines still pending. */
    private static int text(StringBuilder out, int newlines, String line, int from, int to) {
        if (from == to) {
            return newlines;
        }
        out.append("\n\n", 0, Math.min(newlines, 2)).append(line, from, to);
        return 0;
    }

    static String join(String before, String more) {
        return before.isEmpty() ? more : more.isEmpty() ? before : before + "\n\n" + more;
    }
}
