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

    /** A section's title, one level of braces inside it ("\\section{The \\texttt{mds1} failure}"), then a label. */
    private static final Pattern SECTION = Pattern.compile(
            "\\\\((?:sub){0,2})section\\*?\\{([^{}]*(?:\\{[^{}]*}[^{}]*)*)}.*");
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
            } else if ((m = SECTION.matcher(bare)).matches()) {
                line = "#".repeat(2 + m.group(1).length() / 3) + " " + inline(m.group(2));
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

    /** A document class or body, or two sections at the start of their lines. */
    private static boolean isLatex(String body) {
        if (body.contains("\\documentclass") || body.contains("\\begin{document}")) {
            return true;
        }
        int sections = 0;
        for (int at = body.indexOf("\\section"); at >= 0 && sections < 2; at = body.indexOf("\\section", at + 1)) {
            sections += at == 0 || body.charAt(at - 1) == '\n' ? 1 : 0;
        }
        return sections >= 2;
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
