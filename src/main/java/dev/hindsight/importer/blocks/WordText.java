package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A Word document saved as plain text: Word writes a numbered heading as its number, a tab and its title
 * ("1.&lt;TAB&gt;Incident Overview", "3.1&lt;TAB&gt;Was this human error?"), a table as tab-separated lines under its
 * caption ("Table 1: Timeline"), and leaves the page footers in ("Page 1 of 3"). The headings become Markdown's
 * (a level for each part of the number), a caption straight over a table the table's heading one level below the
 * section it stands in, and a footer is skipped. Only a line standing alone between blank lines is a heading, so
 * "1.&lt;TAB&gt;item" inside a list stays an item. Every line keeps its number. The words of captions and footers
 * are in {@code importer/export-words.json}. Thread-safe.
 */
final class WordText {
    private static final Pattern NUMBERED = Pattern.compile("(\\d{1,2}(?:\\.\\d{1,2}){0,3})\\.?\\t+(\\S[^\\t]{0,70})");
    private static final Pattern CAPTION = Pattern.compile("(?i)" + oneOf("captionWords")
            + "\\s+\\d{1,3}\\s*[:.\\u2013-]\\s*(\\S[^()]{0,70})");
    private static final Pattern FOOTER = Pattern.compile("(?i)" + oneOf("footerPage") + "\\s+\\d{1,4}(?:\\s+"
            + oneOf("footerOf") + "\\s+\\d{1,4})?");

    private WordText() {
    }

    /** Any one of a list's words, as a group that captures nothing: "(?:\Qtable\E|\Qfigure\E)". */
    private static String oneOf(String list) {
        Set<String> words = ExportWords.WORDS.names(list);
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|", "(?:", ")"));
    }

    static WikiHeadings.Rewritten asMarkdown(String body) {
        if (body.indexOf('\t') < 0) {
            return new WikiHeadings.Rewritten(body, List.of());
        }
        String[] lines = body.split("\n", -1);
        List<SourceText.Skip> skipped = new ArrayList<>();
        boolean changed = false;
        int level = 1;
        String fence = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (CodeFence.touches(fence, line)) {
                fence = CodeFence.after(fence, line); // a tab in code is code's: "1<TAB>failed …" stays as written
                continue;
            }
            boolean alone = (i == 0 || lines[i - 1].isBlank()) && (i + 1 == lines.length || lines[i + 1].isBlank());
            Matcher numbered = NUMBERED.matcher(line);
            Matcher caption = CAPTION.matcher(line);
            if (alone && numbered.matches() && !numbered.group(2).strip().endsWith(".")) {
                level = numbered.group(1).split("\\.").length + 1;
                lines[i] = "#".repeat(level) + " " + numbered.group(1) + ". " + numbered.group(2).strip();
                changed = true;
            } else if (caption.matches() && i + 1 < lines.length && lines[i + 1].indexOf('\t') >= 0
                    && !lines[i].contains("\t")) {
                // Standing on the line over the table's first row, a heading of its own ends the caption's paragraph.
                // "Timeline (Table 1)": the title first, so the section is named by it; the number kept as an aside.
                lines[i] = "#".repeat(Math.min(6, level + 1)) + " " + caption.group(1).strip() + " ("
                        + line.substring(0, line.length() - caption.group(1).length()).replaceAll("[\\s:.\u2013-]+$", "")
                        + ")";
                changed = true;
            } else if (alone && FOOTER.matcher(line).matches()) {
                lines[i] = "";
                skipped.add(new SourceText.Skip(Lines.of(i + 1), "page footer"));
                changed = true;
            }
        }
        return changed ? new WikiHeadings.Rewritten(String.join("\n", lines), skipped)
                : new WikiHeadings.Rewritten(body, List.of());
    }
}
