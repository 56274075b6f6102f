package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An Emacs org-mode outline made Markdown, so a review kept in org is read like one kept in Markdown: "#+TITLE:" is
 * the title, "* Summary" a section, "** TODO Alert on …" with its "DEADLINE:" and ":OWNER:" property an action item
 * ("- [ ] …", "Due: …", "Owner: …"), "[2026-10-01 Thu 17:40]" a time the readers know ("2026-10-01 17:40"),
 * "#+BEGIN_SRC" a code fence. Settings ("#+STARTUP:") and drawers' marks are skipped with their reason. Every line
 * keeps its number. Only in a document that plainly is org: its first line a "#+" keyword, or two headings of stars
 * and a drawer or keyword. Thread-safe.
 */
final class OrgOutline {

    private static final Pattern KEYWORD = Pattern.compile("#\\+([A-Za-z_]+):\\s*(.*)");
    /** A heading, stripped of its tags first ({@link #TAGS}): stars, a keyword, a priority, the title. */
    private static final Pattern HEADING = Pattern.compile("(\\*+)\\s+(?:(TODO|NEXT|WAITING|DONE|CANCELLED|CANCELED)\\s+)?"
            + "(?:\\[#([A-C])]\\s+)?(\\S.*)");
    private static final Pattern TAGS = Pattern.compile("\\s:[\\w@#%:]{1,200}:$");
    private static final Pattern PROPERTY = Pattern.compile(":([A-Za-z][\\w-]*):\\s*(.*)");
    private static final Pattern PLANNING = Pattern.compile("(DEADLINE|SCHEDULED|CLOSED):\\s*[<\\[]([^>\\]]{6,40})[>\\]]");
    /** "[2026-10-01 Thu 17:40]", "<2026-10-16 Fri>": a date, an optional weekday and time, in either bracket. */
    private static final Pattern TIMESTAMP = Pattern.compile("[<\\[](\\d{4}-\\d{2}-\\d{2})(?:\\s+\\p{L}{2,9}\\.?)?"
            + "((?:\\s+\\d{1,2}:\\d{2}(?:-\\d{1,2}:\\d{2})?)?)[>\\]]");
    private static final Pattern VERBATIM = Pattern.compile("(?<![\\w=~])[=~]([^=~\\s](?:[^=~\\n]{0,200}?[^=~\\s])?)[=~]"
            + "(?![\\w=~])");
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\]\\s]{1,2000})](?:\\[([^\\]]{1,500})])?]");

    private OrgOutline() {
    }

    /** The body as Markdown, or the same string when it is not org. */
    static WikiHeadings.Rewritten asMarkdown(String body) {
        if (body.indexOf("#+") < 0 && body.indexOf(":PROPERTIES:") < 0) {
            return new WikiHeadings.Rewritten(body, List.of()); // nearly every document: not split for nothing
        }
        String[] lines = body.split("\n", -1);
        if (!isOrg(lines)) {
            return new WikiHeadings.Rewritten(body, List.of());
        }
        boolean titled = false;
        for (String line : lines) {
            Matcher k = KEYWORD.matcher(line.strip());
            titled |= k.matches() && k.group(1).equalsIgnoreCase("title");
        }
        List<SourceText.Skip> skipped = new ArrayList<>();
        StringBuilder out = new StringBuilder(body.length() + 64);
        int level = 0;           // the stars of the heading the line is under
        boolean item = false;    // under a TODO heading, read as a list item: its lines are the item's
        boolean code = false;    // inside "#+BEGIN_SRC" … "#+END_SRC"
        String drawer = null;    // inside ":PROPERTIES:" or another drawer
        boolean comment = false; // inside "#+BEGIN_COMMENT" … "#+END_COMMENT"
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String bare = line.strip();
            String upper = bare.toUpperCase(Locale.ROOT);
            Matcher keyword = KEYWORD.matcher(bare);
            Matcher property = PROPERTY.matcher(bare);
            Matcher heading = HEADING.matcher(line.startsWith("*") ? withoutTags(bare) : "");
            if (comment) {
                comment = !upper.startsWith("#+END_COMMENT");
                skipped.add(new SourceText.Skip(Lines.of(i + 1), "org-mode comment"));
            } else if (upper.startsWith("#+BEGIN_COMMENT")) {
                comment = true;
                skipped.add(new SourceText.Skip(Lines.of(i + 1), "org-mode comment"));
            } else if (upper.startsWith("#+BEGIN_") || upper.startsWith("#+END_")) {
                code = upper.startsWith("#+BEGIN_") && !upper.startsWith("#+BEGIN_QUOTE");
                out.append(upper.contains("QUOTE") ? "" : "```");
                if (upper.contains("QUOTE")) {
                    skipped.add(new SourceText.Skip(Lines.of(i + 1), "org-mode quotation mark"));
                }
            } else if (code) {
                out.append(line);
            } else if (drawer != null && !(line.startsWith("*") && heading.matches())) {
                if (upper.equals(":END:")) {
                    drawer = null;
                    skipped.add(new SourceText.Skip(Lines.of(i + 1), "org-mode drawer mark"));
                } else if (drawer.equals(":PROPERTIES:") && property.matches()) {
                    out.append(item ? "  " : "").append(label(property.group(1))).append(": ")
                            .append(inline(property.group(2)));
                } else {
                    skipped.add(new SourceText.Skip(Lines.of(i + 1), "org-mode " + drawer.toLowerCase(Locale.ROOT)
                            .replace(":", "") + " drawer"));
                }
            } else if (bare.matches(":[A-Za-z]+:") && !upper.equals(":END:") && closedBeforeHeading(lines, i)) {
                drawer = upper;
                skipped.add(new SourceText.Skip(Lines.of(i + 1), "org-mode drawer mark"));
            } else if (bare.equals("#") || bare.startsWith("# ")) {
                skipped.add(new SourceText.Skip(Lines.of(i + 1), "org-mode comment"));
            } else if (keyword.matches()) {
                String key = keyword.group(1).toLowerCase(Locale.ROOT);
                switch (key) {
                    case "title" -> out.append("# ").append(inline(keyword.group(2)));
                    case "author", "date", "email", "subtitle" -> out.append(label(key)).append(": ")
                            .append(inline(keyword.group(2)));
                    default -> skipped.add(new SourceText.Skip(Lines.of(i + 1), "org-mode setting"));
                }
            } else if (heading.matches()) {
                drawer = null;
                level = heading.group(1).length();
                item = heading.group(2) != null;
                if (item) {
                    boolean done = heading.group(2).startsWith("DONE") || heading.group(2).startsWith("CANCEL");
                    out.append(done ? "- [x] " : "- [ ] ").append(inline(heading.group(4)));
                    if (heading.group(3) != null) {
                        out.append(" [P").append(heading.group(3).charAt(0) - 'A' + 1).append(']');
                    }
                } else {
                    out.append("#".repeat(Math.min(6, level + (titled ? 1 : 0)))).append(' ')
                            .append(inline(heading.group(4)));
                }
            } else if (PLANNING.matcher(bare).lookingAt()) {
                planning(bare, item, out, skipped, i);
            } else {
                int indent = 0;
                while (indent < line.length() && indent <= level && line.charAt(indent) == ' ') {
                    indent++;
                }
                String rest = line.substring(indent);
                out.append(item && !rest.isBlank() ? "  " : "").append(inline(rest));
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return new WikiHeadings.Rewritten(out.toString(), skipped);
    }

    /** "DEADLINE: <2026-10-16 Fri>": an item's due date; when it was scheduled or closed is org's own record. */
    private static void planning(String bare, boolean item, StringBuilder out, List<SourceText.Skip> skipped, int i) {
        Matcher m = PLANNING.matcher(bare);
        while (m.find()) {
            if (m.group(1).equals("DEADLINE")) {
                out.append(item ? "  " : "").append("Due: ").append(inline("<" + m.group(2) + ">"));
                return;
            }
        }
        skipped.add(new SourceText.Skip(Lines.of(i + 1), "org-mode planning line (scheduled or closed)"));
    }

    /** "INCIDENT_ID" as "Incident id", "OWNER" as "Owner": a property's key as a label. */
    private static String label(String key) {
        String words = key.replace('_', ' ').replace('-', ' ').toLowerCase(Locale.ROOT);
        return Character.toUpperCase(words.charAt(0)) + words.substring(1);
    }

    /** Timestamps without brackets or weekday, "=code=" and "~code~" as Markdown code, links as Markdown links. */
    static String inline(String text) {
        String t = text;
        if (t.indexOf('<') >= 0 || t.indexOf('[') >= 0) {
            t = TIMESTAMP.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1) + m.group(2)));
            t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(2) == null ? "<" + m.group(1) + ">"
                    : "[" + m.group(2) + "](" + m.group(1) + ")"));
        }
        if (t.indexOf('=') >= 0 || t.indexOf('~') >= 0) {
            t = VERBATIM.matcher(t).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
        }
        return t;
    }

    /** The heading's line without the tags it ends with ("* Analysis   :root:cause:"). */
    private static String withoutTags(String bare) {
        Matcher t = TAGS.matcher(bare);
        return t.find() ? bare.substring(0, t.start()).strip() : bare;
    }

    /** Whether a drawer opened at {@code at} (":LOGBOOK:") has its ":END:" before the next heading. */
    private static boolean closedBeforeHeading(String[] lines, int at) {
        for (int k = at + 1; k < lines.length; k++) {
            if (lines[k].strip().equalsIgnoreCase(":END:")) {
                return true;
            }
            if (lines[k].startsWith("*") && HEADING.matcher(withoutTags(lines[k].strip())).matches()) {
                return false;
            }
        }
        return false;
    }

    /**
     * Org plainly: the first line a "#+" keyword, or two headings of stars beside a drawer or keyword; never a
     * document with Markdown's "## " headings, and nothing inside a Markdown fence counts.
     */
    private static boolean isOrg(String[] lines) {
        int headings = 0;
        boolean marks = false;
        boolean first = true;
        String fence = null;
        boolean org = false;
        for (String line : lines) {
            String bare = line.strip();
            if (CodeFence.touches(fence, bare)) {
                fence = CodeFence.after(fence, bare);
                continue;
            }
            if (bare.isEmpty()) {
                continue;
            }
            if (line.startsWith("## ") || line.startsWith("### ")) {
                return false; // Markdown's headings: its "* " lines are bullets
            }
            org |= first && KEYWORD.matcher(bare).matches();
            first = false;
            headings += line.startsWith("* ") || line.startsWith("** ") ? 1 : 0;
            marks |= bare.equals(":PROPERTIES:") || KEYWORD.matcher(bare).matches();
        }
        return org || headings >= 2 && marks;
    }
}
