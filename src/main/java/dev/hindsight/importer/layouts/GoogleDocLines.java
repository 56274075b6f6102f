package dev.hindsight.importer.layouts;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a Google-Docs post-mortem into its parts, in either of its forms: the tab-separated text Google Docs
 * exports (section titles on lines of their own, "label&lt;TAB&gt;value" rows) or Markdown (headings, pipe
 * tables). Section titles are known by their words, so a text export needs no markup; a Markdown heading the
 * layout does not have is a part of its own ({@link Part#OTHER}), kept by the reader as an extra section.
 */
final class GoogleDocLines {

    /** The layout's sections; TOP is what comes before the first title. */
    enum Part { TOP, REVIEWERS, IMPACT, TIMELINE, METRICS, BLAST, TIMING, PARTICIPANTS, WELL, WRONG, LUCKY, WHY,
        ACTIONS, P0, P1, P2, OTHER }

    enum Kind { ROW, SEPARATOR, BULLET, NUMBERED, TEXT, BLANK }

    /**
     * One line reduced to what it is.
     *
     * @param cells a row's cells (label first); a list item's or text line's text as the only cell
     * @param raw   the line as written, unescaped, for text kept as it is
     */
    record Line(Kind kind, List<String> cells, String raw) {
        String text() {
            return cells.isEmpty() ? "" : cells.get(0);
        }

        /** A row's cells after the label, joined again as the form separates them (a tab, or a pipe). */
        String value() {
            if (cells.size() < 3) {
                return cells.size() < 2 ? "" : cells.get(1).strip();
            }
            String separator = raw.contains("\t") ? "\t" : " | ";
            return String.join(separator, cells.subList(1, cells.size())).strip();
        }
    }

    /** A section: which part, its title as written ("" for the top), and its lines. */
    record Block(Part part, String heading, List<Line> lines) {
    }

    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \u00a0]+$");
    private static final Pattern COLON_LABEL = Pattern.compile(
            "(?i)^(Investigation doc|Title|Author|Severity)\\s*:\\s*(.*)$");
    private static final Line BLANK = new Line(Kind.BLANK, List.of(), "");
    /** Longer than every title {@link #part} knows, and than its prefixes and the letter after them. */
    private static final int TITLE_KEY = 26;

    private GoogleDocLines() {
    }

    /**
     * The parts of the lines, in order. {@code plain} when the caller knows no line holds a line terminator
     * (where the shapes' regexes read differently), so the lines need not be searched for one each.
     */
    static List<Block> blocks(List<String> lines, boolean plain) {
        List<Block> blocks = new ArrayList<>();
        Part part = Part.TOP;
        String heading = "";
        List<Line> body = new ArrayList<>();
        for (String raw : lines) {
            String t = raw.strip();
            boolean odd = !plain && GoogleDocShapes.hasTerminator(raw);
            String headingTitle = t.startsWith("#") ? GoogleDocShapes.heading(t, odd) : null;
            // A heading always starts a part, so it is never read as a line.
            Line line = null;
            String title = headingTitle;
            if (title == null) {
                line = line(raw, t, odd);
                String bold = t.startsWith("**") ? GoogleDocShapes.bold(t, odd) : null;
                title = bold != null ? bold.strip()
                        : line.kind() == Kind.TEXT || line.kind() == Kind.ROW && line.cells().size() == 1 ? line.text()
                        : null;
            }
            Part named = title == null ? null : part(title, headingTitle != null);
            if (named != null) {
                blocks.add(new Block(part, heading, List.copyOf(body)));
                part = named;
                heading = title;
                body = new ArrayList<>();
            } else {
                body.add(line);
            }
        }
        blocks.add(new Block(part, heading, List.copyOf(body)));
        return blocks;
    }

    /**
     * The part a title names. A Markdown heading always starts a part (OTHER when unknown); a plain line only
     * when it is one of the layout's titles, so a paragraph that merely begins with "Participants" stays text.
     */
    static Part part(String title, boolean isHeading) {
        String k = Section.normal(title, TITLE_KEY);
        Part part = switch (k) {
            case "impact summary", "impact" -> Part.IMPACT;
            case "timeline", "timeline summary" -> Part.TIMELINE;
            case "incident response metrics", "response metrics" -> Part.METRICS;
            case "blast radius" -> Part.BLAST;
            case "timing of the response", "timing of response", "response times" -> Part.TIMING;
            case "participants" -> Part.PARTICIPANTS;
            case "what went well" -> Part.WELL;
            case "what didn t go well", "what didnt go well", "what did not go well", "what went wrong" -> Part.WRONG;
            case "where did we get lucky", "where we got lucky" -> Part.LUCKY;
            case "why did it happen" -> Part.WHY;
            case "action items" -> Part.ACTIONS;
            case "reviewers", "stakeholders", "list of stakeholders" -> Part.REVIEWERS;
            default -> null;
        };
        if (part == null) {
            part = k.startsWith("timeline summary ") ? Part.TIMELINE
                    : k.startsWith("reviewers ") ? Part.REVIEWERS
                    : k.startsWith("why did it happen ") ? Part.WHY
                    : isPriority(k) && k.startsWith(" action items", 2)
                    && (k.length() == 15 || k.charAt(15) == ' ') ? Part.valueOf("P" + k.charAt(1)) : null;
        }
        if (part == null && isHeading) {
            part = k.startsWith("timeline") ? Part.TIMELINE
                    : isPriority(k) && (k.length() == 2 || k.charAt(2) == ' ') ? Part.valueOf("P" + k.charAt(1))
                    : Part.OTHER;
        }
        return part;
    }

    /** Starts "p0", "p1" or "p2" (what the regex "p[0-2]..." checked, by hand: it runs for every text line). */
    private static boolean isPriority(String k) {
        return k.length() >= 2 && k.charAt(0) == 'p' && k.charAt(1) >= '0' && k.charAt(1) <= '2';
    }

    static Line line(String raw) {
        return line(raw, raw.strip(), GoogleDocShapes.hasTerminator(raw));
    }

    /** The line {@code raw}, stripped as {@code t}; {@code odd} when it holds a line terminator. */
    private static Line line(String raw, String t, boolean odd) {
        if (t.isEmpty()) {
            return BLANK;
        }
        boolean piped = t.charAt(0) == '|';
        List<String> cells = null;
        if (piped) {
            cells = Tables.cells(t);
        } else if (raw.indexOf('\t', leadingSpaces(raw)) >= 0) {
            cells = tabCells(withoutTrailingSpaces(raw.stripLeading()));
        } else if (mayBeColonLabel(t)) {
            Matcher colon = COLON_LABEL.matcher(t);
            if (colon.matches()) {
                // "Title: ..." typed without the tab; the value holds no tab, or the line would be a row.
                cells = new ArrayList<>(2);
                cells.add(colon.group(1).strip());
                cells.add(colon.group(2).strip());
            }
        }
        if (cells != null) {
            // A cell holds nothing the stripped line does not, so only a line with a backslash has escapes.
            boolean escaped = t.indexOf('\\') >= 0;
            if (escaped) {
                cells.replaceAll(GoogleDocLines::unescape);
            }
            while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            boolean separator = true;
            for (int i = 0; i < cells.size() && separator; i++) {
                String c = cells.get(i);
                separator = c.isEmpty() || c.indexOf('-') >= 0 && GoogleDocShapes.isSeparatorCell(c, odd);
            }
            return new Line(separator ? Kind.SEPARATOR : Kind.ROW, cells, escaped ? unescape(t) : t);
        }
        if ((t.charAt(0) == '-' || t.charAt(0) == '_') && GoogleDocShapes.isRule(t, odd)) {
            return new Line(Kind.SEPARATOR, List.of(), t);
        }
        String bullet = GoogleDocShapes.bulletText(t, odd);
        if (bullet != null) {
            return new Line(Kind.BULLET, List.of(unescape(bullet.strip())), unescape(raw.stripTrailing()));
        }
        String numbered = GoogleDocShapes.numberedText(t, odd);
        if (numbered != null) {
            return new Line(Kind.NUMBERED, List.of(unescape(numbered.strip())), unescape(raw.stripTrailing()));
        }
        return new Line(Kind.TEXT, List.of(unescape(t)), unescape(raw.stripTrailing()));
    }

    /** Where the text starts after the white space String.stripLeading drops. */
    private static int leadingSpaces(String raw) {
        int i = 0;
        while (i < raw.length() && Character.isWhitespace(raw.charAt(i))) {
            i++;
        }
        return i;
    }

    /** The tab-separated cells of a row, each stripped (what split("\t", -1) and strip gave). */
    private static List<String> tabCells(String row) {
        List<String> cells = new ArrayList<>();
        int from = 0;
        for (int tab = row.indexOf('\t'); tab >= 0; tab = row.indexOf('\t', from)) {
            cells.add(row.substring(from, tab).strip());
            from = tab + 1;
        }
        cells.add(row.substring(from).strip());
        return cells;
    }

    /** Markdown escapes the renderer writes: "\|" in cells, "\&lt;" before a placeholder. */
    static String unescape(String text) {
        return text.indexOf('\\') < 0 ? text : text.replace("\\|", "|").replace("\\<", "<").replace("\\>", ">");
    }

    /** The text without the spaces (plain or non-breaking) it ends with; tabs are kept, they part cells. */
    private static String withoutTrailingSpaces(String text) {
        if (text.endsWith("\u0085") || text.endsWith("\u2028") || text.endsWith("\u2029")) {
            return TRAILING_SPACES.matcher(text).replaceAll(""); // '$' also matches before these: as the regex did
        }
        int end = text.length();
        while (end > 0 && (text.charAt(end - 1) == ' ' || text.charAt(end - 1) == '\u00a0')) {
            end--;
        }
        return text.substring(0, end);
    }

    /** Whether the line can be "Title: ..." and the like: starts with the first letter of one of those labels. */
    private static boolean mayBeColonLabel(String t) {
        char c = Character.toLowerCase(t.charAt(0));
        return c == 'i' || c == 't' || c == 'a' || c == 's';
    }

    /**
     * The label cell of the line when {@link #line} reads it as a row (or as a separator row), else null: what
     * layout detection needs without reading the whole line.
     */
    static String rowLabel(String raw) {
        String t = raw.strip();
        if (t.isEmpty()) {
            return null;
        }
        if (t.startsWith("|")) {
            if (t.indexOf('\\') < 0) {
                // Nothing escaped: the label is what stands before the second pipe.
                int bar = t.indexOf('|', 1);
                return t.substring(1, bar < 0 ? t.length() : bar).strip();
            }
            StringBuilder cell = new StringBuilder();
            for (int i = 1; i < t.length(); i++) {
                char c = t.charAt(i);
                if (c == '\\' && i + 1 < t.length() && t.charAt(i + 1) == '|') {
                    cell.append('|');
                    i++;
                } else if (c == '|') {
                    break;
                } else {
                    cell.append(c);
                }
            }
            return unescape(cell.toString().strip());
        }
        int start = leadingSpaces(raw);
        int tab = raw.indexOf('\t', start);
        if (tab >= 0) {
            return unescape(raw.substring(start, tab).strip());
        }
        Matcher colon = mayBeColonLabel(t) ? COLON_LABEL.matcher(t) : null;
        return colon != null && colon.matches() ? colon.group(1) : null;
    }
}
