package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Marp slide deck ("marp: true" in its front matter) read as one document: the lines that part its slides ("---",
 * or another ruler) are blanked and skipped as slide breaks. Markdown would read a break straight under a slide's
 * last line as that line's setext underline, making the line a heading that ends the section it belongs to.
 * Speaker notes and Marp's directives are HTML comments, which the reading skips already. Every line keeps its
 * number. Thread-safe.
 */
final class SlideDeck {

    private static final Pattern BREAK = Pattern.compile("-{3,}|\\*{3,}|_{3,}");

    private SlideDeck() {
    }

    /** Whether the front matter says the document is a Marp deck. */
    static boolean isDeck(FrontMatter.Read front) {
        for (Block b : front.blocks()) {
            if (b.cells().size() == 2 && b.cells().get(0).equalsIgnoreCase("marp")
                    && b.cells().get(1).strip().equalsIgnoreCase("true")) {
                return true;
            }
        }
        return false;
    }

    /** The body with its slide breaks blanked; the body as it is when it is not a deck's. */
    static WikiHeadings.Rewritten asMarkdown(String body, boolean deck) {
        if (!deck) {
            return new WikiHeadings.Rewritten(body, List.of());
        }
        String[] lines = body.split("\n", -1);
        List<SourceText.Skip> skipped = new ArrayList<>();
        String fence = null; // a ruler inside a code fence is code
        for (int i = 0; i < lines.length; i++) {
            String bare = lines[i].strip();
            if (CodeFence.touches(fence, bare)) {
                fence = CodeFence.after(fence, bare);
            } else if (!lines[i].startsWith(" ") && BREAK.matcher(bare).matches()) {
                lines[i] = "";
                skipped.add(new SourceText.Skip(Lines.of(i + 1), "slide break"));
            }
        }
        return new WikiHeadings.Rewritten(skipped.isEmpty() ? body : String.join("\n", lines), skipped);
    }
}
