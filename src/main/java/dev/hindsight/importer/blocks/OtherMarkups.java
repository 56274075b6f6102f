package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;

/**
 * The other markups a post-mortem is kept in, each made Markdown's in turn before the Markdown parser reads the
 * document: a form's dot leaders, a slide deck's rulers, LaTeX, a chat export, org-mode, reStructuredText,
 * definition lists, a Word document's numbered headings and table captions, MediaWiki's inline marks, then Jira's
 * and AsciiDoc's (and the other wikis') headings. Each pass keeps every line's number and looks cheaply first, so a
 * plain Markdown document goes through them almost untouched. Thread-safe.
 */
final class OtherMarkups {

    private OtherMarkups() {
    }

    /**
     * The body as Markdown, and the lines whose marks were all there was to them, each with its reason.
     *
     * @param deck whether the front matter says the document is a slide deck
     */
    static WikiHeadings.Rewritten asMarkdown(String body, boolean deck) {
        List<Function<String, WikiHeadings.Rewritten>> passes = List.of(
                b -> SlideDeck.asMarkdown(b, deck),
                LatexMarkup::asMarkdown,
                ChatExport::asMarkdown,
                OrgOutline::asMarkdown,
                RestructuredText::asMarkdown,
                DefinitionLists::asMarkdown,
                WordText::asMarkdown,
                MediaWikiMarks::asMarkdown,
                WikiHeadings::asMarkdown);
        String text = FormLeaders.asLabels(body);
        List<SourceText.Skip> skipped = new ArrayList<>();
        for (Function<String, WikiHeadings.Rewritten> pass : passes) {
            WikiHeadings.Rewritten rewritten = pass.apply(text);
            text = rewritten.body();
            skipped.addAll(rewritten.skipped());
        }
        return new WikiHeadings.Rewritten(text, skipped);
    }
}
