package dev.hindsight.template;

import java.util.List;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.text.TextContentRenderer;

/** A rendered document without Markdown's markup, for mail and terminals. */
final class PlainText {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();
    private static final TextContentRenderer RENDERER = TextContentRenderer.builder()
            .extensions(List.of(TablesExtension.create())).build();

    private PlainText() {
    }

    static String of(String markdown) {
        return RENDERER.render(MarkdownTree.read(PARSER, markdown)).strip() + "\n";
    }
}
