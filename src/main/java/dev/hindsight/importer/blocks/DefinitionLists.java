package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Definition lists as Pandoc and Markdown Extra write them, a term on one line and ": its definition" on the next:
 * a wiki's "Key dates" ("Optimiser v4.2 released" over ": Tuesday 10 March 2026, 21:30") or its fields ("Severity"
 * over ": Level 2"). A definition that holds a time of day becomes a list item with the time first, as a timeline
 * writes it ("- Tuesday 10 March 2026, 21:30 — Optimiser v4.2 released"); any other, a label ("Severity: Level 2").
 * Either is written on the term's line; the definition's line is skipped with its reason, so every line keeps its
 * number. Only in a document with two such pairs. Thread-safe.
 */
final class DefinitionLists {

    private static final Pattern DEFINITION = Pattern.compile("^:[ \\t]+(\\S.*)$");
    private static final Pattern CLOCK = Pattern.compile("\\b\\d{1,2}[:.]\\d{2}\\b");
    private static final int FEWEST = 2;

    private DefinitionLists() {
    }

    /** The body with its definition lists rewritten, or the same string when it has fewer than two pairs. */
    static WikiHeadings.Rewritten asMarkdown(String body) {
        if (body.indexOf("\n: ") < 0 && body.indexOf("\n:\t") < 0) {
            return new WikiHeadings.Rewritten(body, List.of());
        }
        String[] lines = body.split("\n", -1);
        List<Integer> terms = new ArrayList<>();
        String fence = null;
        for (int i = 0; i + 1 < lines.length; i++) {
            String bare = lines[i].strip();
            if (CodeFence.touches(fence, bare)) {
                fence = CodeFence.after(fence, bare);
            } else if (isTerm(lines[i]) && DEFINITION.matcher(lines[i + 1]).matches()) {
                terms.add(i++);
            }
        }
        if (terms.size() < FEWEST) {
            return new WikiHeadings.Rewritten(body, List.of());
        }
        List<SourceText.Skip> skipped = new ArrayList<>();
        for (int i : terms) {
            Matcher d = DEFINITION.matcher(lines[i + 1]);
            d.matches();
            String term = lines[i].strip();
            String definition = d.group(1).strip();
            lines[i] = CLOCK.matcher(definition).find() ? "- " + definition + " — " + term : term + ": " + definition;
            lines[i + 1] = "";
            skipped.add(new SourceText.Skip(Lines.of(i + 2), "a definition, read with its term on the line above"));
        }
        return new WikiHeadings.Rewritten(String.join("\n", lines), skipped);
    }

    /** A line a definition may follow: text, not a heading, list item, table row, quotation or another definition. */
    private static boolean isTerm(String line) {
        String bare = line.strip();
        if (bare.isEmpty() || bare.length() > 200 || line.startsWith("    ") || line.startsWith("\t")) {
            return false;
        }
        char c = bare.charAt(0);
        return c != '#' && c != '-' && (c != '*' || bare.startsWith("**")) && c != '+' && c != '|' && c != '>'
                && c != ':' && !Character.isDigit(c);
    }
}
