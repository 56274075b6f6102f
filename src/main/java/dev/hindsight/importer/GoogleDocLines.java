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
    private static final Pattern EMPHASIS_EDGES = Pattern.compile("^[*_]+|[*_]+$");
    private static final Pattern TRAILING_SPACES = Pattern.compile("[ \u00a0]+$");
    private static final Pattern RULE = Pattern.compile("^-{3,}$|^_{3,}$");
    private static final Pattern HH_MM = Pattern.compile("hh:mm( xm)?");
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
            // The regexes only where they can match: a heading starts with '#', a bold line with "**".
            Matcher md = t.startsWith("#") ? HEADING.matcher(t) : null;
            boolean isHeading = md != null && md.matches();
            Matcher bold = !isHeading && t.startsWith("**") ? BOLD_LINE.matcher(t) : null;
            Line line = line(raw);
            String title = isHeading ? EMPHASIS_EDGES.matcher(md.group(1)).replaceAll("").strip()
                    : bold != null && bold.matches() ? bold.group(1).strip()
                    : line.kind() == Kind.TEXT || line.kind() == Kind.ROW && line.cells().size() == 1 ? line.text()
                    : null;
            Part named = title == null ? null : part(title, isHeading);
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
        String t = raw.strip();
        if (t.isEmpty()) {
            return new Line(Kind.BLANK, List.of(), "");
        }
        String row = withoutTrailingSpaces(raw.stripLeading());
        Matcher colon = t.startsWith("|") || row.indexOf('\t') >= 0 || !mayBeColonLabel(t) ? null
                : COLON_LABEL.matcher(t);
        if (colon != null && colon.matches()) {
            row = colon.group(1) + "\t" + colon.group(2); // "Title: ..." typed without the tab
        }
        if (t.startsWith("|") || row.contains("\t")) {
            List<String> cells = t.startsWith("|") ? Tables.cells(t)
                    : new ArrayList<>(Arrays.stream(row.split("\t", -1)).map(String::strip).toList());
            cells.replaceAll(GoogleDocLines::unescape);
            while (cells.size() > 1 && cells.get(cells.size() - 1).isEmpty()) {
                cells.remove(cells.size() - 1);
            }
            boolean separator = true;
            for (String c : cells) {
                separator &= c.isEmpty() || c.indexOf('-') >= 0 && SEPARATOR.matcher(c).matches();
            }
            return new Line(separator ? Kind.SEPARATOR : Kind.ROW, List.copyOf(cells), unescape(t));
        }
        if ((t.charAt(0) == '-' || t.charAt(0) == '_') && RULE.matcher(t).matches()) {
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
        String row = raw.stripLeading();
        int tab = row.indexOf('\t');
        if (tab >= 0) {
            return unescape(row.substring(0, tab).strip());
        }
        Matcher colon = mayBeColonLabel(t) ? COLON_LABEL.matcher(t) : null;
        return colon != null && colon.matches() ? colon.group(1) : null;
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
        return Placeholders.isUnfilled(text) || text.indexOf('<') >= 0 && BRACKETS.matcher(text).matches()
                || text.indexOf(':') >= 0 && HH_MM.matcher(text.strip().toLowerCase(Locale.ROOT)).matches();
    }
}
