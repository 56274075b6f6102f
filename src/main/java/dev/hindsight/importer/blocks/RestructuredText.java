package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A reStructuredText document (Sphinx's or plain docutils') made Markdown, so a review kept in reST is read like one
 * kept in Markdown: over- and underlined titles are headings, levelled by the order their adornments first appear;
 * a field ":Severity: Moderate" is a label line "Severity: Moderate"; ".. note::" and its kin are quotations;
 * ".. todo::" is an open action item "- [ ] …"; ".. code-block::" and "::" literal blocks are fences; a
 * ".. list-table::" becomes an AsciiDoc table ({@link ListTables}), which {@link WikiTables} reads into rows on
 * their own lines (a row's cells run over several lines there, as here). Contents, targets, comments and other
 * directives are skipped with their reason. Every line keeps its number. Only in a document that plainly is reST: a
 * directive or a link target beside a titled section or a field list, or an overlined title over a field list.
 * Thread-safe.
 */
final class RestructuredText {

    /** The characters a title may be adorned with ('.' left out: ".." opens explicit markup). */
    private static final String ADORNMENTS = "=-~^\"'`#*+:_";
    private static final Pattern DIRECTIVE = Pattern.compile("\\.\\.\\s+([A-Za-z][\\w:.-]*)::(?:\\s+(.*))?");
    private static final Pattern TARGET = Pattern.compile("\\.\\.\\s+_.*");
    private static final Pattern FOOTNOTE = Pattern.compile("\\.\\.\\s+(\\[[^\\]\\s]+])\\s*(.*)");
    private static final Pattern SUBSTITUTION = Pattern.compile("\\.\\.\\s+\\|[^|]+\\|.*");
    private static final Pattern FIELD = Pattern.compile(":([A-Za-z][^:`]{0,60}):(?:\\s+(.*))?");
    private static final Pattern OPTION = Pattern.compile(":[\\w-]+:(?:\\s.*)?");
    private static final Pattern LITERAL = Pattern.compile("``(.+?)``");
    /** ":ref:`incident-12`", ":doc:`Runbook <runbooks/registry>`": the role's text. */
    private static final Pattern ROLE = Pattern.compile("(?<![\\w:.-]):(?:[\\w.-]++:)++`([^`<]+?)(?:\\s*<[^>]*>)?`");
    private static final Pattern LINK = Pattern.compile("`([^`<]+?)\\s*<([^>\\s]+)>`__?");
    private static final Pattern REFERENCE = Pattern.compile("(?<![`:\\w])`([^`]+)`__?");
    /** Directives whose content is prose set apart: read as a quotation. */
    private static final Set<String> QUOTED = Set.of("note", "warning", "tip", "important", "caution", "attention",
            "hint", "danger", "error", "seealso", "admonition", "topic", "sidebar", "epigraph", "highlights",
            "pull-quote", "versionadded", "versionchanged", "deprecated");
    private static final Set<String> CODE = Set.of("code-block", "code", "sourcecode", "literalinclude");
    /**
     * The bibliographic fields reST itself knows, written in lower case as often as not (":date: 2026-05-01"): they
     * count as fields where other lower-case names may be shortcodes (":date:" and ":copyright:" are emoji too, but
     * a chat line opening with one is rare beside a reST document's docinfo).
     */
    private static final Set<String> BIBLIOGRAPHIC = Set.of("author", "authors", "organization", "address",
            "contact", "version", "revision", "status", "date", "copyright", "dedication", "abstract");

    private final String[] lines;
    private final String[] out;
    private final List<SourceText.Skip> skipped = new ArrayList<>();
    /** The adornment styles in the order they first appear ("=" overlined, "=", "-"): a title's level is its place. */
    private final List<String> styles = new ArrayList<>();

    private RestructuredText(String[] lines) {
        this.lines = lines;
        this.out = lines.clone();
    }

    /** The body as Markdown, or the same string when it is not reST. */
    static WikiHeadings.Rewritten asMarkdown(String body) {
        if (body.indexOf(".. ") < 0 && body.indexOf("\n:") < 0) {
            return new WikiHeadings.Rewritten(body, List.of()); // nearly every document: not split for nothing
        }
        String[] lines = body.split("\n", -1);
        if (!isRest(lines)) {
            return new WikiHeadings.Rewritten(body, List.of());
        }
        RestructuredText rest = new RestructuredText(lines);
        for (int i = 0; i < lines.length; ) {
            i = rest.read(i);
        }
        return new WikiHeadings.Rewritten(String.join("\n", rest.out), rest.skipped);
    }

    /** Reads the construct starting on line i; the line after it. */
    private int read(int i) {
        String line = lines[i];
        String bare = line.strip();
        if (bare.isEmpty()) {
            return i + 1;
        }
        if (bare.startsWith(".. ") || bare.equals("..")) {
            return explicit(i);
        }
        if (overlined(i)) {
            title(i + 1, lines[i].strip().charAt(0) + "/", i, i + 2);
            return i + 3;
        }
        if (underlined(i)) {
            title(i, String.valueOf(lines[i + 1].strip().charAt(0)), -1, i + 1);
            return i + 2;
        }
        if (adornment(bare) && bare.length() >= 4 && (i == 0 || lines[i - 1].isBlank())) {
            skip(i, "reStructuredText transition");
            return i + 1;
        }
        Matcher field = FIELD.matcher(line);
        if (field.matches()) {
            out[i] = field.group(1).strip() + ": " + inline(field.group(2) == null ? "" : field.group(2));
            return i + 1;
        }
        if (bare.endsWith("::") && i + 1 < lines.length && lines[i + 1].isBlank()) {
            return literalBlock(i);
        }
        out[i] = line.startsWith("#. ") ? "1. " + inline(line.substring(3)) : inline(line);
        return i + 1;
    }

    /** A title on line {@code at} with its adornments: "#" as many as its style's place, the adornments skipped. */
    private void title(int at, String style, int over, int under) {
        int level = styles.indexOf(style);
        if (level < 0) {
            styles.add(style);
            level = styles.size() - 1;
        }
        out[at] = "#".repeat(Math.min(6, level + 1)) + " " + inline(lines[at].strip());
        if (over >= 0) {
            skip(over, "reStructuredText title adornment");
        }
        skip(under, "reStructuredText title adornment");
    }

    /** The line after the block indented under line {@code i}, blank lines at its end left out. */
    private int blockEnd(int i) {
        int indent = indent(lines[i]);
        int end = i + 1;
        while (end < lines.length && (lines[end].isBlank() || indent(lines[end]) > indent)) {
            end++;
        }
        while (end > i + 1 && lines[end - 1].isBlank()) {
            end--;
        }
        return end;
    }

    /** ".. name:: argument" with its options and content, a target, a footnote or a comment. The line after it. */
    private int explicit(int i) {
        int indent = indent(lines[i]);
        int end = blockEnd(i);
        String bare = lines[i].strip();
        Matcher directive = DIRECTIVE.matcher(bare);
        if (directive.matches()) {
            String name = directive.group(1).toLowerCase(Locale.ROOT);
            name = name.substring(name.lastIndexOf(':') + 1); // ".. rst:directive::", ".. py:function::"
            directive(name, directive.group(2), i, end);
        } else if (TARGET.matcher(bare).matches()) {
            skipAll(i, end, "reStructuredText link target");
        } else if (SUBSTITUTION.matcher(bare).matches()) {
            skipAll(i, end, "reStructuredText substitution definition");
        } else if (FOOTNOTE.matcher(bare).matches()) {
            Matcher note = FOOTNOTE.matcher(bare);
            note.matches();
            out[i] = " ".repeat(indent) + note.group(1) + " " + inline(note.group(2));
            for (int j = i + 1; j < end; j++) {
                out[j] = inline(lines[j].strip());
            }
        } else {
            skipAll(i, end, "reStructuredText comment");
        }
        return end;
    }

    private void directive(String name, String argument, int at, int end) {
        int content = at + 1; // the first content line: after the options and the blank line that ends them
        while (content < end && OPTION.matcher(lines[content].strip()).matches()) {
            content++;
        }
        int options = content;
        while (content < end && lines[content].isBlank()) {
            content++;
        }
        String arg = argument == null ? "" : argument.strip();
        if (QUOTED.contains(name)) {
            if (arg.isEmpty()) {
                skip(at, "reStructuredText " + name + " mark");
            } else {
                out[at] = "> " + (name.equals("admonition") || name.equals("topic") || name.equals("sidebar")
                        ? "**" + inline(arg) + "**" : inline(arg));
            }
            skipAll(at + 1, options, "reStructuredText directive option");
            for (int j = content; j < end; j++) {
                out[j] = lines[j].isBlank() ? "" : "> " + inline(lines[j].strip());
            }
        } else if (name.equals("todo")) {
            skipAll(at + 1, options, "reStructuredText directive option");
            boolean first = arg.isEmpty();
            if (first) {
                skip(at, "reStructuredText todo mark");
            } else {
                out[at] = "- [ ] " + inline(arg);
            }
            for (int j = content; j < end; j++) {
                out[j] = lines[j].isBlank() ? "" : (first ? "- [ ] " : "  ") + inline(lines[j].strip());
                first &= lines[j].isBlank();
            }
        } else if (CODE.contains(name) && content < end) {
            fence(at, content, end, name.equals("literalinclude") ? "" : arg, true);
        } else if (name.equals("list-table") && content < end) {
            ListTables.write(lines, out, skipped, at, options, content, end);
        } else if (name.equals("rubric") && !arg.isEmpty()) {
            out[at] = inline(arg);
            skipAll(at + 1, end, "reStructuredText directive option");
        } else {
            skipAll(at, end, "reStructuredText " + name + " directive");
        }
    }

    /**
     * A code block's content fenced: the fence opens on the blank line before it (the directive and its options
     * skipped) or else on the directive's own line, and closes on the blank line after it. Without a blank line to
     * close on, before more text, the content is left as it is written.
     */
    private void fence(int at, int content, int end, String language, boolean directive) {
        boolean closes = end >= lines.length || lines[end].isBlank();
        if (!closes) {
            skipAll(at, content, "reStructuredText code block mark");
            return;
        }
        int open = content - 1 > at && lines[content - 1].isBlank() ? content - 1 : at;
        if (directive) {
            skipAll(at, open, "reStructuredText code block mark");
        }
        out[open] = "```" + language;
        int dedent = Integer.MAX_VALUE;
        for (int j = content; j < end; j++) {
            dedent = lines[j].isBlank() ? dedent : Math.min(dedent, indent(lines[j]));
        }
        for (int j = content; j < end; j++) {
            out[j] = lines[j].isBlank() ? "" : lines[j].substring(dedent);
        }
        if (end < lines.length) {
            out[end] = "```";
        }
    }

    /** "Text::" over an indented block: "Text:" and the block fenced. The line after the block. */
    private int literalBlock(int i) {
        int indent = indent(lines[i]);
        int end = blockEnd(i);
        if (end == i + 1 || end < lines.length && !lines[end].isBlank()) {
            out[i] = inline(lines[i]);
            return i + 1;
        }
        String bare = lines[i].strip();
        if (bare.equals("::")) {
            skip(i, "reStructuredText literal block mark");
            out[i] = "";
        } else {
            String text = bare.substring(0, bare.length() - 2);
            out[i] = " ".repeat(indent) + inline(text.endsWith(" ") ? text.stripTrailing() : text + ":");
        }
        int content = i + 1;
        while (lines[content].isBlank()) {
            content++;
        }
        fence(i, content, end, "", false);
        return end;
    }

    /** Literals as Markdown code, roles as their text, links as Markdown links, references as their words. */
    static String inline(String text) {
        if (text.indexOf('`') < 0) {
            return text;
        }
        String t = LITERAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement("`" + m.group(1) + "`"));
        t = ROLE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1).strip()));
        t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(1) + "](" + m.group(2) + ")"));
        // A reference "`Runbook`_" is its words; a single-backquoted span is reST's default role, also words.
        return t.contains("`_") ? REFERENCE.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1))) : t;
    }

    private boolean overlined(int i) {
        if (i + 2 >= lines.length || !adornment(lines[i].strip()) || lines[i + 1].isBlank()
                || i > 0 && !lines[i - 1].isBlank()) {
            return false;
        }
        String over = lines[i].strip();
        String under = lines[i + 2].strip();
        return adornment(under) && under.charAt(0) == over.charAt(0) && !adornment(lines[i + 1].strip());
    }

    private boolean underlined(int i) {
        if (i + 1 >= lines.length || indent(lines[i]) > 0 || adornment(lines[i].strip())
                || i > 0 && !lines[i - 1].isBlank()) {
            return false;
        }
        String under = lines[i + 1].strip();
        return adornment(under) && under.length() * 2 >= lines[i].strip().length() && indent(lines[i + 1]) == 0;
    }

    /** A line of one punctuation character, three or more: a title's adornment or a transition. */
    private static boolean adornment(String bare) {
        if (bare.length() < 3 || ADORNMENTS.indexOf(bare.charAt(0)) < 0) {
            return false;
        }
        for (int c = 1; c < bare.length(); c++) {
            if (bare.charAt(c) != bare.charAt(0)) {
                return false;
            }
        }
        return true;
    }

    private static int indent(String line) {
        int n = 0;
        while (n < line.length() && line.charAt(n) == ' ') {
            n++;
        }
        return n;
    }

    /** ":warning: …", ":bulb: …": a chat shortcode, lower case, opening the line; not ":date: …", a reST field. */
    private static boolean shortcode(String bare) {
        int close = bare.indexOf(':', 1);
        if (close < 2 || BIBLIOGRAPHIC.contains(bare.substring(1, close))) {
            return false;
        }
        for (int k = 1; k < close; k++) {
            char c = bare.charAt(k);
            if (!(c >= 'a' && c <= 'z' || c == '_' || c == '+' || c == '-' || c >= '0' && c <= '9')) {
                return false;
            }
        }
        return true;
    }

    private void skipAll(int from, int to, String reason) {
        for (int j = from; j < to; j++) {
            skip(j, reason);
        }
    }

    private void skip(int i, String reason) {
        if (!lines[i].isBlank()) {
            skipped.add(new SourceText.Skip(Lines.of(i + 1), reason));
        }
        out[i] = "";
    }

    /**
     * reST plainly: a directive or a link target beside a titled section or a field list; or an overlined title
     * over a field list. A Markdown document may hold a setext heading or a line ":word: …", not both with these.
     */
    private static boolean isRest(String[] lines) {
        boolean directive = false;
        boolean titled = false;
        boolean overlined = false;
        int fields = 0;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            String bare = line.strip();
            if (CodeFence.touches(fence, bare)) {
                fence = CodeFence.after(fence, bare);
                continue; // a reST snippet quoted in a Markdown fence says nothing of the document
            }
            if (line.startsWith("## ") || line.startsWith("### ")) {
                return false; // Markdown's headings
            }
            // Most lines start with neither mark: the patterns are only asked about those that do.
            directive |= bare.startsWith("..") && (DIRECTIVE.matcher(bare).matches()
                    || line.startsWith(".. _") && bare.endsWith(":"));
            // ":warning: Payments failed" is an emoji's shortcode; a reST field's name is not all lower case
            // with underscores ("Severity", "Date"), or is, with its value after one space ("date: …" is rare)
            fields += line.startsWith(":") && FIELD.matcher(line).matches() && !shortcode(bare) ? 1 : 0;
            boolean adorned = i + 1 < lines.length && !bare.isEmpty() && !adornment(bare)
                    && adornment(lines[i + 1].strip());
            titled |= adorned;
            overlined |= adorned && i > 0 && adornment(lines[i - 1].strip())
                    && lines[i - 1].strip().charAt(0) == lines[i + 1].strip().charAt(0);
        }
        return directive && (titled || fields >= 2) || overlined && fields >= 2;
    }
}
