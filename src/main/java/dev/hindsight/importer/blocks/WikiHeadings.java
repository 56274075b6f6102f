package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The block marks of the two wiki markups post-mortems are most often pasted from besides Markdown, made Markdown's
 * so the document's sections, quotations and code are found: Jira's and Confluence's wiki markup ("h2. Timeline",
 * "bq. …", "{quote}", "{code}", "{noformat}") and AsciiDoc ("== Timeline", "= Title", "Label:: value", ". item",
 * "----" listings). Every line keeps its number; most keep their length (a quotation's lines grow by its "> ", Jira's
 * "h4." to "h6." become level three, as "#### " is longer than "h4. "). Only in a document that plainly uses the
 * markup: a line "h2. " is Jira's nowhere else, but AsciiDoc's marks must head two lines (or the first), as a
 * Markdown document may hold one line starting "= " by chance. Code is left as it is: inside a Markdown fence, a
 * Jira code block or an AsciiDoc listing nothing is read as markup. Thread-safe.
 */
final class WikiHeadings {

    private static final Pattern JIRA_CODE = Pattern.compile("\\{(?:code|noformat)(?::[^}]{0,80})?}");
    private static final Pattern LISTING = Pattern.compile("-{4,}|\\.{4,}");
    private static final String QUOTE = "{quote}";
    /** A Jira list item Markdown would misread: "# item" (numbered; a heading to Markdown), "** item" (nested). */
    private static final Pattern JIRA_ITEM = Pattern.compile("(?:#{1,4}|\\*{2,4}) \\S");

    private enum Markup { JIRA, ASCIIDOC }

    /** The body as Markdown, and the lines whose marks were all there was to them ("{quote}" alone). */
    record Rewritten(String body, List<SourceText.Skip> skipped) {
    }

    private WikiHeadings() {
    }

    /** The body with such marks made Markdown's, or the same string when it uses neither markup. */
    static Rewritten asMarkdown(String body) {
        if (!mayHoldMarks(body)) {
            return new Rewritten(body, List.of()); // nearly every document: not split into lines for nothing
        }
        String[] lines = body.split("\n", -1);
        Markup markup = markup(lines);
        if (markup == null) {
            return new Rewritten(body, List.of());
        }
        boolean inverted = markup == Markup.ASCIIDOC && inverted(lines);
        List<SourceText.Skip> skipped = new ArrayList<>();
        StringBuilder out = new StringBuilder(body.length() + 64);
        String fence = null;      // the Markdown fence or wiki code block the line is in, if any
        boolean quoting = false;  // inside a Jira "{quote}" … "{quote}" over several lines
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String bare = line.strip();
            if (fence != null) {
                boolean markdown = fence.startsWith("`") || fence.startsWith("~");
                boolean closes = fence.equals("{code}") ? JIRA_CODE.matcher(bare).matches()
                        : bare.equals(fence) || markdown && bare.startsWith(fence);
                out.append(closes && !fence.startsWith("`") && !fence.startsWith("~") ? asFence(line) : line);
                fence = closes ? null : fence;
            } else if (bare.startsWith("```") || bare.startsWith("~~~")) {
                fence = bare.substring(0, 3);
                out.append(line);
            } else if (markup == Markup.JIRA && JIRA_CODE.matcher(bare).matches()) {
                fence = "{code}";
                out.append(asFence(line));
            } else if (markup == Markup.ASCIIDOC && LISTING.matcher(bare).matches()) {
                fence = bare;
                out.append(asFence(line));
            } else if (markup == Markup.JIRA) {
                if (bare.equals(QUOTE)) {
                    skipped.add(new SourceText.Skip(Lines.of(i + 1), "quotation mark"));
                }
                quoting = jira(line, bare, quoting, out);
            } else {
                asciiDoc(line, out, inverted);
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return new Rewritten(out.toString(), skipped);
    }

    /** Whether a line starts with "h" and a digit or with "=": without both, neither markup's headings are there. */
    private static boolean mayHoldMarks(String body) {
        for (int at = 0; at < body.length(); at = body.indexOf('\n', at) + 1) {
            char c = body.charAt(at);
            if (c == '=' || c == 'h' && at + 1 < body.length() && body.charAt(at + 1) >= '1'
                    && body.charAt(at + 1) <= '6') {
                return true;
            }
            if (body.indexOf('\n', at) < 0) {
                break;
            }
        }
        return false;
    }

    private static Markup markup(String[] lines) {
        int ascii = 0;
        boolean inFence = false;
        for (String line : lines) {
            String bare = line.strip();
            if (bare.startsWith("```") || bare.startsWith("~~~")) {
                inFence = !inFence;
            } else if (!inFence && jiraLevel(line) > 0) {
                return Markup.JIRA;
            } else if (!inFence) {
                ascii += asciiLevel(line) > 0 ? 1 : 0;
            }
        }
        return ascii >= 2 || lines.length > 0 && asciiLevel(lines[0]) == 1 ? Markup.ASCIIDOC : null;
    }

    /** A wiki code block's opening or closing line as a Markdown fence of the same length. */
    private static String asFence(String line) {
        return "```" + " ".repeat(Math.max(0, line.length() - 3));
    }

    /** One line of Jira markup written as Markdown; whether a quotation over several lines is still open after it. */
    private static boolean jira(String line, String bare, boolean quoting, StringBuilder out) {
        int level = jiraLevel(line);
        if (bare.equals(QUOTE)) {
            out.append(" ".repeat(line.length())); // the mark alone on its line opens or closes the quotation
            return !quoting;
        }
        if (quoting) {
            out.append("> ").append(line);
        } else if (level > 0) {
            // "h2. " is four characters: "##  " keeps the line's length (the parser drops the second space).
            String marks = "#".repeat(Math.min(3, level));
            out.append(marks).append(" ".repeat(4 - marks.length())).append(line, 4, line.length());
        } else if (JIRA_ITEM.matcher(line).lookingAt()) {
            // "# Add a canary" is Jira's numbered item, "** detail" a nested bullet: Markdown's "1. " and "- "
            int marks = line.indexOf(' ');
            out.append("  ".repeat(marks - 1)).append(line.charAt(0) == '#' ? "1." : "-").append(line, marks,
                    line.length());
        } else if (line.startsWith("bq. ")) {
            out.append("> ").append(line, 4, line.length()).append("  ");
        } else if (line.startsWith(QUOTE)) {
            // "{quote}honestly this one's on me{quote}": the quotation on one line, its length kept at its end
            String inner = line.substring(QUOTE.length());
            inner = inner.endsWith(QUOTE) ? inner.substring(0, inner.length() - QUOTE.length()) : inner;
            out.append("> ").append(inner).append(" ".repeat(line.length() - 2 - inner.length()));
        } else {
            out.append(line);
        }
        return quoting;
    }

    /**
     * Whether the document's headings count down, as DokuWiki's do ("====== Title ======" over "===== Summary
     * =====", six marks the top level): every heading closed by as many marks as open it, the first with four or
     * more and none with more. MediaWiki's and AsciiDoc's count up ("== Summary ==" over "=== What went well ===").
     */
    private static boolean inverted(String[] lines) {
        int first = 0;
        for (String line : lines) {
            int level = asciiLevel(line);
            if (level == 0) {
                continue;
            }
            if (closing(line) != level || first > 0 && level > first) {
                return false;
            }
            first = first == 0 ? level : first;
        }
        return first >= 4;
    }

    /** The number of marks closing a heading ("== Summary ==" two), or 0. */
    private static int closing(String line) {
        String end = line.stripTrailing();
        int i = end.length();
        while (i > 0 && end.charAt(i - 1) == '=') {
            i--;
        }
        return i > 0 && end.charAt(i - 1) == ' ' ? end.length() - i : 0;
    }

    /** One line of AsciiDoc (or MediaWiki's, DokuWiki's headings) written as Markdown. */
    private static void asciiDoc(String line, StringBuilder out, boolean inverted) {
        int level = asciiLevel(line);
        if (level > 0) {
            // A closing run of marks ("== Summary ==") is not the title's: blanked, so the line keeps its length.
            int closed = closing(line);
            String title = line.substring(level, line.stripTrailing().length() - closed);
            out.append("#".repeat(inverted ? Math.max(1, 7 - level) : level)).append(title)
                    .append(" ".repeat(line.length() - level - title.length()));
        } else if (line.startsWith(". ") && line.length() > 2) {
            out.append("- ").append(line, 2, line.length()); // ". Add a canary": an item of a numbered list
        } else {
            int pair = line.indexOf(":: ");
            if (pair > 0 && !Character.isWhitespace(line.charAt(0))) {
                // "Severity:: Minor", a labelled list's item, is "Severity:  Minor"
                out.append(line, 0, pair + 1).append(' ').append(line, pair + 2, line.length());
            } else {
                out.append(line);
            }
        }
    }

    /** The level of a Jira heading "h2. Summary", else 0. */
    private static int jiraLevel(String line) {
        if (line.length() > 4 && line.charAt(0) == 'h' && line.charAt(2) == '.' && line.charAt(3) == ' '
                && !Character.isWhitespace(line.charAt(4))) {
            char level = line.charAt(1);
            return level >= '1' && level <= '6' ? level - '0' : 0;
        }
        return 0;
    }

    /** The level of an AsciiDoc heading "== Summary", else 0. */
    private static int asciiLevel(String line) {
        int i = 0;
        while (i < line.length() && line.charAt(i) == '=' && i < 7) {
            i++;
        }
        return i >= 1 && i <= 6 && i + 1 < line.length() && line.charAt(i) == ' '
                && !Character.isWhitespace(line.charAt(i + 1)) ? i : 0;
    }
}
