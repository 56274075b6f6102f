package dev.hindsight.web;

import java.util.ArrayList;
import java.util.List;

/**
 * A line-by-line difference between two texts, by longest common subsequence: what a reader needs to see which
 * lines of a section someone rewrote. Texts beyond a few thousand lines are compared as one block.
 */
public final class TextDiff {
    private static final int MAX_CELLS = 4_000_000;

    private TextDiff() {
    }

    /** A line kept, removed or added. */
    public record Line(String kind, String text) {
    }

    static List<Line> lines(String before, String after) {
        String[] a = before.isEmpty() ? new String[0] : before.split("\n", -1);
        String[] b = after.isEmpty() ? new String[0] : after.split("\n", -1);
        List<Line> out = new ArrayList<>();
        if ((long) a.length * b.length > MAX_CELLS) {
            out.add(new Line("removed", before));
            out.add(new Line("added", after));
            return out;
        }
        int[][] common = new int[a.length + 1][b.length + 1];
        for (int i = a.length - 1; i >= 0; i--) {
            for (int j = b.length - 1; j >= 0; j--) {
                common[i][j] = a[i].equals(b[j]) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        int i = 0;
        int j = 0;
        while (i < a.length || j < b.length) {
            if (i < a.length && j < b.length && a[i].equals(b[j])) {
                out.add(new Line("same", a[i++]));
                j++;
            } else if (i < a.length && (j == b.length || common[i + 1][j] >= common[i][j + 1])) {
                out.add(new Line("removed", a[i++])); // a rewritten line reads old first, then new, as in any diff
            } else {
                out.add(new Line("added", b[j++]));
            }
        }
        return out;
    }
}
