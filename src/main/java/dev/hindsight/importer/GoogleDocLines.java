package dev.hindsight.importer;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
            String separator = raw.contains("\t") ? "\t" : " | ";
            return cells.size() < 2 ? "" : String.join(separator, cells.subList(1, cells.size())).strip();
        }
    }

    /** A section: which part, its title as written ("" for the top), and its lines. */
    record Block(Part part, String heading, List<Line> lines) {
    }

    private static final Pattern HEADING = Pattern.compile("^#{1,6}\\s+(.*?)\\s*#*\\s*$");
    private static final Pattern BOLD_LINE = Pattern.compile("^\\*\\*(.+?)\\*\\*:?$");
    private static final Pattern BULLET = Pattern.compile("^[-*+\u2022\u25cf\u25cb\u25a0\u25aa\u25e6]\\s+(.*)$");
    private static final Pattern NUMBERED = Pattern.compile("^(\\d{1,2})[.)]\\s+(.*)$");
    private static final Pattern SEPARATOR = Pattern.compile("^:?-{2,}:?$");
    private static final Pattern COLON_LABEL = Pattern.compile(
            "(?i)^(Investigation doc|Title|Author|Severity)\\s*:\\s*(.*)$");

    private GoogleDocLines() {
    }

    static List<Block> blocks(List<String> lines) {
        List<Block> blocks = new ArrayList<>();
        Part part = Part.TOP;
        String heading = "";
        List<Line> body = new ArrayList<>();
        for (String raw : lines) {
            String t = raw.strip();
            Matcher md = HEADING.matcher(t);
            Matcher bold = BOLD_LINE.matcher(t);
            Line line = line(raw);
            String title = md.matches() ? md.group(1).replaceAll("^[*_]+|[*_]+$", "").strip()
                    : bold.matches() ? bold.group(1).strip()
                    : line.kind() == Kind.TEXT || line.kind() == Kind.ROW && line.cells().size() == 1 ? line.text()
                    : null;
            Part named = title == null ? null : part(title, md.matches());
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
        String k = Section.normal(title);
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
                    : k.matches("p[0-2] action items( .*)?") ? Part.valueOf("P" + k.charAt(1)) : null;
        }
        if (part == null && isHeading) {
            part = k.startsWith("timeline") ? Part.TIMELINE
                    : k.matches("p[0-2]( .*)?") ? Part.valueOf("P" + k.charAt(1)) : Part.OTHER;
        }
        return part;
    }

    static Line line(String raw) {
        String t = raw.strip();
        if (t.isEmpty()) {
            return new Line(Kind.BLANK, List.of(), "");
        }
        String row = raw.stripLeading().replaceAll("[ \u00a0]+$", "");
        Matcher colon = COLON_LABEL.matcher(t);
        if (!t.startsWith("|") && !row.contains("\t") && colon.matches()) {
            row = colon.group(1) + "\t" + colon.group(2); // "Title: ..." typed without the tab
        }
        if (t.startsWith("|") || row.contains("\t")) {
            List<String> cells = t.startsWith("|") ? Tables.cells(t)
                    : new ArrayList<>(Arrays.stream(row.split("\t", -1)).map(String::strip).toList());
            cells = new ArrayList<>(cells.stream().map(GoogleDocLines::unescape).toList());
            while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            boolean separator = cells.stream().allMatch(c -> c.isEmpty() || SEPARATOR.matcher(c).matches());
            return new Line(separator ? Kind.SEPARATOR : Kind.ROW, List.copyOf(cells), unescape(t));
        }
        if (t.matches("^-{3,}$|^_{3,}$")) {
            return new Line(Kind.SEPARATOR, List.of(), t);
        }
        Matcher bullet = BULLET.matcher(t);
        if (bullet.matches()) {
            return new Line(Kind.BULLET, List.of(unescape(bullet.group(1).strip())), unescape(raw.stripTrailing()));
        }
        Matcher numbered = NUMBERED.matcher(t);
        if (numbered.matches()) {
            return new Line(Kind.NUMBERED, List.of(unescape(numbered.group(2).strip())), unescape(raw.stripTrailing()));
        }
        return new Line(Kind.TEXT, List.of(unescape(t)), unescape(raw.stripTrailing()));
    }

    /** Markdown escapes the renderer writes: "\|" in cells, "\&lt;" before a placeholder. */
    static String unescape(String text) {
        return text.replace("\\|", "|").replace("\\<", "<").replace("\\>", ">");
    }

    private static final List<String> GUIDANCE = List.of("high level of the impact",
            "this should be a compressed version of the investigation doc timeline",
            "short version of what has happened well", "short version of what did not go well",
            "short version of what didn t go well", "if things could have been much worse",
            "summarize all the things that led to this problem");

    /**
     * The seed's instructions and examples, left in or rendered with guidance on: its guidance sentences,
     * italic-only Markdown lines, unfilled placeholders, "E.g." examples.
     */
    static boolean isGuidance(String text) {
        String t = text.strip();
        if (t.isEmpty() || Section.isGuidance(t) || unfilled(t)) {
            return true;
        }
        String k = Section.normal(t);
        return GUIDANCE.stream().anyMatch(k::startsWith) || k.startsWith("e g ");
    }

    private static final Pattern BRACKETS = Pattern.compile("^(\\s*<[^<>]*>\\s*)+$");

    /** Empty, a placeholder, or only bracketed placeholders ("&lt;Patient/Provider&gt; &lt;Web/iOS&gt;"). */
    static boolean unfilled(String text) {
        return Placeholders.isUnfilled(text) || BRACKETS.matcher(text).matches()
                || text.strip().toLowerCase(Locale.ROOT).matches("hh:mm( xm)?");
    }
}
