package dev.hindsight.web;

import java.util.List;

/**
 * A chart as the page draws it: an SVG of marks already placed in its coordinates, its axes, and the table of the
 * same numbers for those who cannot see it (and for anyone who wants the exact figures). Immutable.
 *
 * @param id      the element id the SVG's title and description hang off
 * @param title   what it shows
 * @param summary one sentence that says how to read it
 * @param xLabel  the horizontal axis's label
 * @param yLabel  the vertical axis's label
 * @param xTicks  labels along the bottom
 * @param yTicks  labels up the side, with their grid lines
 * @param marks   bars, boxes, lines and points
 * @param legend  what each colour means (empty when one colour says it all)
 * @param columns the table's column headings
 * @param rows    the table's rows
 * @param csv     where to download the same figures as CSV
 */
public record InsightsChart(String id, String title, String summary, String xLabel, String yLabel, List<Tick> xTicks,
                            List<Tick> yTicks, List<Mark> marks, List<Key> legend, List<String> columns,
                            List<List<String>> rows, String csv) {

    public static final int WIDTH = 720;
    public static final int HEIGHT = 280;
    public static final int LEFT = 70;
    public static final int RIGHT = 20;
    public static final int TOP = 20;
    public static final int BOTTOM = 50;

    /** The plot's bottom edge and right edge, for the axes. */
    public int plotBottom() {
        return HEIGHT - BOTTOM;
    }

    public int plotRight() {
        return WIDTH - RIGHT;
    }

    public record Tick(double at, String label) {
    }

    /**
     * One shape. {@code kind} "rect" uses x, y, w, h; "line" x, y to x2, y2; "dot" a circle at x, y; "text" a label
     * at x, y. {@code label} is the tooltip (or the text drawn).
     */
    public record Mark(String kind, double x, double y, double w, double h, double x2, double y2, String colour,
                       String label) {

        static Mark rect(double x, double y, double w, double h, String colour, String label) {
            return new Mark("rect", x, y, w, Math.max(h, 0), 0, 0, colour, label);
        }

        static Mark line(double x, double y, double x2, double y2, String colour, String label) {
            return new Mark("line", x, y, 0, 0, x2, y2, colour, label);
        }

        static Mark dot(double x, double y, String colour, String label) {
            return new Mark("dot", x, y, 0, 0, 0, 0, colour, label);
        }

        static Mark text(double x, double y, String label) {
            return new Mark("text", x, y, 0, 0, 0, 0, "#4d5766", label);
        }
    }

    public record Key(String colour, String label) {
    }
}
