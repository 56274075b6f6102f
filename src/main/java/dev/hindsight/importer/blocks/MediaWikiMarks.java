package dev.hindsight.importer.blocks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MediaWiki's inline marks made Markdown's, in a page of wikitext (an incident report kept on a wiki, as Wikimedia's
 * are): "[[User:Kbright|Kit Bright]]" a link showing "Kit Bright", "'''OUTAGE BEGINS'''" bold, "''All times in
 * UTC.''" italic, "<code>" code, "# item" a numbered item, "{{Done}}" opening an item a ticked box. Its headings
 * ("== Summary ==") are {@link WikiHeadings}'.
 *
 * <p>Only in a page that plainly is wikitext: a heading closed as it opens, outside code, none of Markdown's, and one
 * of those marks. Every line keeps its number (not its length: the text's words are what is read, and padding would
 * stand in them). Thread-safe.
 */
final class MediaWikiMarks {

    /** "[[target|label]]" or "[[target]]": a page, a user, a category. */
    private static final Pattern LINK = Pattern.compile("\\[\\[([^\\[\\]|\\n]{1,200})(?:\\|([^\\[\\]\\n]{0,200}))?]]");
    private static final Pattern BOLD = Pattern.compile("'''([^'\\n]{1,300}?)'''");
    private static final Pattern ITALIC = Pattern.compile("''([^'\\n]{1,300}?)''");
    /** A list item opened by a template that ticks it: "* {{Done}} Restore the wait step". */
    private static final Pattern DONE_ITEM = Pattern.compile("^([*#]+\\s*)\\{\\{(?:done|tick|yes|resolved|fixed)}}",
            Pattern.CASE_INSENSITIVE | Pattern.MULTILINE);
    private static final Pattern CODE = Pattern.compile("<code>([^<`\\n]{1,300})</code>");
    /**
     * A list item: "* item", "# numbered item", "** nested item" (Markdown would read "# …" as a heading); not a line
     * with Markdown's bold in it ("**Note:** …", as DokuWiki writes bold).
     */
    private static final Pattern ITEM = Pattern.compile("^([*#]{1,4}) ?(?=\\S)(?![^\\n]*\\*\\*)",
            Pattern.MULTILINE);
    /** A heading closed as it opens, its title starting with a letter: not "==> a.log <==" from tail. */
    private static final Pattern HEADING = Pattern.compile("(={1,6}) ?\\p{L}[^=\\n]*? ?\\1\\s*");

    private MediaWikiMarks() {
    }

    /** The body with MediaWiki's inline marks made Markdown's, or the same string when it is not wikitext. */
    static WikiHeadings.Rewritten asMarkdown(String body) {
        if (body.indexOf("[[") < 0 && body.indexOf("'''") < 0 && body.indexOf("{{") < 0 || !wikitext(body)) {
            return new WikiHeadings.Rewritten(body, List.of());
        }
        String text = DONE_ITEM.matcher(body).replaceAll(m -> Matcher.quoteReplacement(
                m.group(1) + "[x]"));
        text = ITEM.matcher(text).replaceAll(m -> Matcher.quoteReplacement(item(m.group(1))));
        text = CODE.matcher(text).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
        text = LINK.matcher(text).replaceAll(m -> Matcher.quoteReplacement(link(m)));
        text = BOLD.matcher(text).replaceAll(m -> Matcher.quoteReplacement("**" + m.group(1) + "**"));
        text = ITALIC.matcher(text).replaceAll(m -> Matcher.quoteReplacement("*" + m.group(1) + "*"));
        return new WikiHeadings.Rewritten(text, List.of());
    }

    /**
     * Whether the page heads a section as wikitext does, outside code ("== Summary =="), and none as Markdown does
     * ("## Summary"): a Markdown report that shows a shell's "[[ -f x ]]" and "==> a.log <==" in a fence is not.
     */
    private static boolean wikitext(String body) {
        boolean heading = false;
        String fence = null;
        for (String line : body.split("\n", -1)) {
            String bare = line.strip();
            if (CodeFence.touches(fence, bare)) {
                fence = CodeFence.after(fence, bare);
            } else if (fence == null && line.startsWith("==") && HEADING.matcher(line).matches()) {
                heading = true;
            } else if (fence == null && line.startsWith("##")) {
                return false; // Markdown's heading; MediaWiki's "##" items stand under a "#" item, never first
            }
        }
        return heading;
    }

    /**
     * A wiki link as Markdown's, its label shown ("[Kit Bright](User:Kbright)"); a link without a label shows its
     * target ("[[Category:Discovery]]" the text "Category:Discovery").
     */
    private static String link(java.util.regex.MatchResult m) {
        String target = m.group(1).strip();
        String label = m.group(2) == null ? "" : m.group(2).strip();
        if (label.isEmpty() || target.indexOf(' ') >= 0 || target.indexOf('(') >= 0 || target.indexOf(')') >= 0) {
            return label.isEmpty() ? target : label;
        }
        return "[" + label + "](" + target + ")";
    }

    /** A list item's marks as Markdown's: "#" a numbered item, "*" a bullet, each mark past the first a level. */
    private static String item(String marks) {
        return "  ".repeat(marks.length() - 1) + (marks.charAt(marks.length() - 1) == '#' ? "1. " : "- ");
    }
}
