package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A report written in LaTeX (a university's or a lab's incident report, as the .tex it was typeset from) made
 * Markdown's: "\section{Timeline}" a heading, "\title{…}" the title, "\author" and "\date" labelled lines, a
 * tabular's rows ("03:14 & Journal device fails \\") a table (its "\midrule" the delimiter row under the header),
 * "\item" a list item, and the inline commands the text shows ("\texttt{mds1}" as code, "\emph{owner:}" as
 * emphasis, "20~January" with a space). The preamble and the commands that only lay out the page are skipped. Only
 * in a document that plainly is LaTeX (a document class or body, or two sections). Every line keeps its number.
 * Thread-safe.
 */
final class LatexMarkup {

    /** A section's command: "\\section{", "\\subsection*{"; its title is read to its closing brace. */
    private static final Pattern SECTION = Pattern.compile("\\\\((?:sub){0,2})section\\*?\\{");
    /** The longest section title read: a line past it is not a heading. */
    private static final int TITLE_LIMIT = 300;
    private static final Pattern FIELD = Pattern.compile("\\\\(title|author|date)\\{(.*)}\\s*");
    /** Lines that only lay out the page: the preamble, environments' bounds, rules, labels. */
    private static final Pattern LAYOUT = Pattern.compile("\\\\(documentclass|usepackage|begin|end|maketitle|"
            + "toprule|bottomrule|hline|cline|centering|label|caption|tableofcontents|newpage|clearpage|vspace|"
            + "hypersetup|setlength|renewcommand|newcommand|noindent)\\b.*");
    private static final Pattern STYLED = Pattern.compile("\\\\(texttt|emph|textit|textbf|textsc|underline|url|"
            + "mbox|text)\\{([^{}]*)}");
    private static final Pattern LINK = Pattern.compile("\\\\href\\{([^{}]*)}\\{([^{}]*)}");
    private static final Pattern REF = Pattern.compile("\\\\(ref|cite|pageref|footnote)\\{([^{}]*)}");

    private LatexMarkup() {
    }

    static WikiHeadings.Rewritten asMarkdown(String body) {
        if (body.indexOf("\\section") < 0 && body.indexOf("\\begin{") < 0 || !isLatex(body)) {
            return new WikiHeadings.Rewritten(body, List.of());
        }
        String[] lines = body.split("\n", -1);
        List<SourceText.Skip> skipped = new ArrayList<>();
        StringBuilder out = new StringBuilder(body.length());
        boolean numbered = false;
        boolean tabular = false;
        int cells = 0;
        for (int i = 0; i < lines.length; i++) {
            String bare = lines[i].strip();
            String line;
            Matcher m;
            String title;
            if (bare.startsWith("\\begin{enumerate}") || bare.startsWith("\\begin{itemize}")) {
                numbered = bare.startsWith("\\begin{enumerate}");
            }
            if (bare.startsWith("\\begin{tabular") || bare.startsWith("\\begin{longtable")) {
                tabular = true;
            } else if (bare.startsWith("\\end{tabular") || bare.startsWith("\\end{longtable")) {
                tabular = false;
            }
            if (bare.startsWith("%")) {
                line = "";
                skipped.add(new SourceText.Skip(Lines.of(i + 1), "LaTeX comment"));
            } else if ((title = sectionTitle(bare, m = SECTION.matcher(bare))) != null) {
                line = "#".repeat(2 + m.group(1).length() / 3) + " " + inline(title);
            } else if ((m = FIELD.matcher(bare)).matches()) {
                String value = inline(m.group(2));
                line = m.group(1).equals("title") ? "# " + value
                        : (m.group(1).equals("author") ? "Author: " : "Date: ") + value;
            } else if (tabular && bare.startsWith("\\midrule")) {
                line = "|" + "---|".repeat(Math.max(1, cells)); // under the header: Markdown's delimiter row
            } else if (LAYOUT.matcher(bare).matches()) {
                line = "";
                skipped.add(new SourceText.Skip(Lines.of(i + 1), "LaTeX layout"));
            } else if (tabular && bare.contains("&")) {
                String row = bare.endsWith("\\\\") ? bare.substring(0, bare.length() - 2) : bare;
                List<String> parts = List.of(row.split("(?<!\\\\)&", -1));
                cells = parts.size();
                StringBuilder r = new StringBuilder("|");
                parts.forEach(p -> r.append(' ').append(inline(p.strip()).replace("|", "\\|")).append(" |"));
                line = r.toString();
            } else if (bare.startsWith("\\item")) {
                String text = bare.substring(5).replaceFirst("^\\[[^]]*]", "").strip();
                line = (numbered ? "1. " : "- ") + inline(text);
            } else {
                line = inline(lines[i]);
            }
            out.append(line);
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return new WikiHeadings.Rewritten(out.toString(), skipped);
    }

    /**
     * A document class or body, or two sections, each at the start of a line outside code: not a Markdown document
     * that mentions "`\\begin{document}`" in passing or shows a .tex file in a fence.
     */
    private static boolean isLatex(String body) {
        int sections = 0;
        String fence = null;
        for (String line : body.split("\n", -1)) {
            String bare = line.strip();
            if (CodeFence.touches(fence, bare)) {
                fence = CodeFence.after(fence, bare);
            } else if (fence == null && line.startsWith("\\")) {
                if (bare.startsWith("\\documentclass") || bare.startsWith("\\begin{document}")) {
                    return true;
                }
                sections += SECTION.matcher(bare).lookingAt() ? 1 : 0;
            }
        }
        return sections >= 2;
    }

    /** A section command's title, read to its closing brace, or null when the line opens with none. */
    private static String sectionTitle(String line, Matcher section) {
        return section.lookingAt() ? braced(line, section.end()) : null;
    }

    /** The text from {@code from} to its closing brace (braces inside counted), or null past the title's limit. */
    private static String braced(String line, int from) {
        int depth = 1;
        for (int i = from; i < line.length() && i - from <= TITLE_LIMIT; i++) {
            char c = line.charAt(i);
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            if (depth == 0) {
                return line.substring(from, i);
            }
        }
        return null;
    }

    /** The inline commands as the typeset text shows them, in Markdown's marks where it has them. */
    private static String inline(String text) {
        String t = text;
        for (int pass = 0; pass < 3 && t.indexOf('\\') >= 0; pass++) {
            t = LINK.matcher(t).replaceAll(m -> Matcher.quoteReplacement("[" + m.group(2) + "](" + m.group(1) + ")"));
            t = STYLED.matcher(t).replaceAll(m -> Matcher.quoteReplacement(styled(m.group(1), m.group(2))));
            t = REF.matcher(t).replaceAll(m -> Matcher.quoteReplacement(m.group(1).equals("footnote")
                    ? " (" + m.group(2) + ")" : m.group(2)));
        }
        return t.replace("\\\\", "").replace("~", " ").replace("\\,", "").replace("\\ ", " ")
                .replace("``", "\"").replace("''", "\"").replace("---", "\u2014").replace("--", "\u2013")
                .replace("\\ldots", "\u2026").replace("\\dots", "\u2026").replace("\\%", "%").replace("\\&", "&")
                .replace("\\_", "_").replace("\\#", "#").replace("\\$", "$");
    }

    private static String styled(String command, String text) {
        return switch (command) {
            case "texttt" -> "`" + text + "`";
            case "emph", "textit" -> "*" + text + "*";
            case "textbf" -> "**" + text + "**";
            default -> text;
        };
    }
}
