package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.BlockQuote;
import org.commonmark.node.BulletList;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Heading;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.IndentedCodeBlock;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.ListBlock;
import org.commonmark.node.ListItem;
import org.commonmark.node.Node;
import org.commonmark.node.OrderedList;
import org.commonmark.node.Paragraph;
import org.commonmark.node.SourceSpan;
import org.commonmark.node.Text;
import org.commonmark.node.ThematicBreak;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Markdown, or plain text (a word processor's export reads as Markdown paragraphs), read into blocks whose lines
 * are the file's own. Thread-safe; each call reads with its own state.
 */
public final class MarkdownBlocks {
    /**
     * Reads blocks with their lines, not inline nodes: only a paragraph of images needs an inline node's lines
     * (each image's), and keeping them for every piece of text was a sixth of the parser's time.
     */
    private static final Parser PARSER = parser(IncludeSourceSpans.BLOCKS);
    /** Reads inline nodes' lines too: for a document with a paragraph of two or more images. */
    private static final Parser INLINE_LINES_PARSER = parser(IncludeSourceSpans.BLOCKS_AND_INLINES);

    private final List<Block> blocks = new ArrayList<>();
    private final List<SourceText.Skip> skipped = new ArrayList<>();
    private final List<String> lines;
    /** Set when a paragraph of images was met without its images' lines: the document is read again with them. */
    private boolean needsInlineLines;

    private static Parser parser(IncludeSourceSpans spans) {
        // Two tildes only: "~2,300 customers ... ~140" in a metrics list must not strike the words between.
        Parser.Builder builder = Parser.builder()
                .extensions(List.of(TablesExtension.create(),
                        StrikethroughExtension.builder().requireTwoTildes(true).build()))
                .includeSourceSpans(spans);
        if (spans == IncludeSourceSpans.BLOCKS) {
            builder.inlineParserFactory(new PlainInlines());
        }
        return builder.build();
    }

    /**
     * A list item's checkbox, as the task-list extension reads it ("[x] Done", "[ ] Open"): read here, on the
     * items this walk meets anyway, rather than by the extension's own walk over every node of the document.
     */

    private MarkdownBlocks(List<String> lines) {
        this.lines = lines;
    }

    /** The document's blocks; every non-blank line is in a block or skipped with a reason. */
    public static SourceText read(String text) {
        return LineCoverage.complete(TabRows.split(parse(text)));
    }

    /** The reading without the net for lines no rule accounted for: what the line-coverage tests check. */
    static SourceText parse(String text) {
        String normal = normalise(text);
        List<String> lines = lines(normal);
        FrontMatter.Read front = FrontMatter.read(lines);
        // The front matter's lines become blank, so the parser counts the body's lines as the file does.
        WikiHeadings.Rewritten wiki = OtherMarkups.asMarkdown(bulletsAsMarkers(front.lineCount() == 0 ? normal
                : "\n".repeat(front.lineCount()) + normal.substring(lineStart(normal, front.lineCount()))),
                SlideDeck.isDeck(front));
        WikiTables.Taken tables = AlignedTables.take(BarTables.take(WikiTables.take(wiki.body())));
        MarkdownBlocks reading = readBody(lines, front, tables, PARSER);
        if (reading.needsInlineLines) {
            reading = readBody(lines, front, tables, INLINE_LINES_PARSER);
        }
        reading.skipped.addAll(wiki.skipped());
        reading.skipped.sort(Comparator.comparingInt(skip -> skip.lines().first()));
        return new SourceText("markdown", lines, reading.blocks, reading.skipped);
    }

    private static MarkdownBlocks readBody(List<String> lines, FrontMatter.Read front, WikiTables.Taken tables,
                                           Parser parser) {
        MarkdownBlocks reading = new MarkdownBlocks(lines);
        reading.blocks.addAll(front.blocks());
        reading.skipped.addAll(front.skipped());
        reading.children(parser.parse(tables.body()), 0, 0);
        if (!tables.blocks().isEmpty()) {
            // The wiki tables' rows go where they stand among the parser's blocks (a stable sort keeps both orders).
            reading.blocks.addAll(tables.blocks());
            reading.blocks.sort(Comparator.comparingInt(b -> b.lines().first()));
            reading.skipped.addAll(tables.skipped());
        }
        return reading;
    }

    /**
     * Text copied from a web page keeps its bullets as characters ("  • 12:46 MwEmbedSupport is removed"): a line
     * that starts with one, after its indent, is read as a Markdown list item. The bullet becomes "-" in place, so
     * every line keeps its length and number.
     */
    static String bulletsAsMarkers(String body) {
        if (body.indexOf('\u2022') < 0 && body.indexOf('\u25e6') < 0 && body.indexOf('\u25aa') < 0) {
            return body;
        }
        StringBuilder out = new StringBuilder(body);
        int lineStart = 0;
        while (lineStart < out.length()) {
            int i = lineStart;
            while (i < out.length() && out.charAt(i) == ' ') {
                i++;
            }
            char c = i < out.length() ? out.charAt(i) : '\n';
            // Word's text export puts a tab after the bullet rather than a space.
            if ((c == '\u2022' || c == '\u25e6' || c == '\u25aa') && i + 1 < out.length()
                    && (out.charAt(i + 1) == ' ' || out.charAt(i + 1) == '\t')) {
                out.setCharAt(i, '-');
            }
            int end = out.indexOf("\n", lineStart);
            lineStart = end < 0 ? out.length() : end + 1;
        }
        return out.toString();
    }

    /** Line ends as "\n", no byte-order mark, and no-break spaces as spaces (the parser would not see a "-\u00a0" list). */
    static String normalise(String text) {
        if (text.indexOf('\r') < 0 && text.indexOf('\u00a0') < 0 && (text.isEmpty() || text.charAt(0) != '\uFEFF')) {
            return text; // most documents: nothing to change, so not copied character by character
        }
        StringBuilder out = new StringBuilder(text.length());
        int start = !text.isEmpty() && text.charAt(0) == '\uFEFF' ? 1 : 0;
        for (int i = start; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\r') {
                out.append('\n');
                if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                    i++;
                }
            } else {
                out.append(c == '\u00a0' ? ' ' : c);
            }
        }
        return out.toString();
    }

    /** The text's lines as {@link #read} numbers them. */
    static List<String> sourceLines(String text) {
        return lines(normalise(text));
    }

    private static List<String> lines(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        while (start < text.length()) {
            int end = text.indexOf('\n', start);
            if (end < 0) {
                end = text.length();
            }
            lines.add(text.substring(start, end));
            start = end + 1;
        }
        return lines;
    }

    private static int lineStart(String text, int line) {
        int at = 0;
        for (int i = 0; i < line && at >= 0; i++) {
            at = text.indexOf('\n', at) + 1;
            if (at == 0) {
                return text.length();
            }
        }
        return at;
    }

    static Lines linesOf(Node node) {
        List<SourceSpan> spans = node.getSourceSpans();
        if (spans.isEmpty()) {
            return null;
        }
        return new Lines(spans.get(0).getLineIndex() + 1, spans.get(spans.size() - 1).getLineIndex() + 1);
    }

    private void children(Node parent, int listDepth, int quoteDepth) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            block(n, listDepth, quoteDepth);
        }
    }

    private void block(Node node, int listDepth, int quoteDepth) {
        Lines at = linesOf(node);
        if (node instanceof Heading heading) {
            InlineText text = MarkdownInline.of(heading);
            if (text.isEmpty()) {
                skip(at, "empty heading");
            } else if (quoteDepth > 0) {
                add(Block.Kind.QUOTE, quoteDepth, text, at);
            } else {
                add(Block.Kind.HEADING, heading.getLevel(), text, at);
            }
        } else if (node instanceof Paragraph paragraph) {
            paragraph(paragraph, quoteDepth, at);
        } else if (node instanceof ListBlock list) {
            list(list, listDepth, quoteDepth);
        } else if (node instanceof BlockQuote) {
            if (quoteDepth == 0 && at != null) {
                skipEmptyQuoteLines(at);
            }
            children(node, listDepth, quoteDepth + 1);
        } else if (node instanceof FencedCodeBlock code) {
            code(code.getLiteral(), code.getInfo(), at);
        } else if (node instanceof IndentedCodeBlock code) {
            code(code.getLiteral(), "", at);
        } else if (node instanceof ThematicBreak) {
            skip(at, "horizontal rule");
        } else if (node instanceof HtmlBlock html) {
            if (at != null) {
                MarkdownHtml.read(html.getLiteral(), at, lines, blocks, skipped);
            }
        } else if (node instanceof LinkReferenceDefinition) {
            skip(at, "link reference definition");
        } else if (node instanceof TableBlock table) {
            MarkdownTables.read(table, at, lines, blocks, skipped);
        } else {
            children(node, listDepth, quoteDepth);
        }
    }

    private void paragraph(Paragraph paragraph, int quoteDepth, Lines at) {
        List<Node> images = MarkdownInline.onlyImages(paragraph);
        if (images.size() > 1 && images.get(0).getSourceSpans().isEmpty()) {
            needsInlineLines = true; // each image has lines of its own, which only the other parser gives
            return;
        }
        if (!images.isEmpty()) {
            for (int i = 0; i < images.size(); i++) {
                InlineText alt = MarkdownInline.image(images.get(i));
                Lines own = linesOf(images.get(i));
                // Each image has its own line; the first and last also take the paragraph's lines before and after.
                int first = own == null || i == 0 ? at.first() : own.first();
                int last = own == null || i == images.size() - 1 ? at.last() : own.last();
                blocks.add(new Block(Block.Kind.IMAGE, 0, alt.text(), null, null, false, alt.links(),
                        new Lines(first, Math.max(first, last))));
            }
            return;
        }
        InlineText text = MarkdownInline.of(paragraph);
        if (text.isEmpty() && text.links().isEmpty()) {
            skip(at, "HTML markup only");
        } else {
            add(quoteDepth > 0 ? Block.Kind.QUOTE : Block.Kind.PARAGRAPH, quoteDepth, text, at);
        }
    }

    private void list(ListBlock list, int depth, int quoteDepth) {
        int number = 1;
        String delimiter = ".";
        String bullet = "-";
        if (list instanceof OrderedList ordered) {
            number = ordered.getMarkerStartNumber() == null ? 1 : ordered.getMarkerStartNumber();
            delimiter = ordered.getMarkerDelimiter() == null ? "." : ordered.getMarkerDelimiter();
        } else if (list instanceof BulletList bullets && bullets.getMarker() != null) {
            bullet = bullets.getMarker();
        }
        for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof ListItem item) {
                item(item, list instanceof OrderedList ? (number++) + delimiter : bullet, depth, quoteDepth);
            } else {
                block(n, depth, quoteDepth);
            }
        }
    }

    /** An item's own paragraphs are its text; what follows them (a nested list, code, a table) are blocks of their own. */
    private void item(ListItem item, String marker, int depth, int quoteDepth) {
        Lines own = linesOf(item);
        if (own == null) {
            return;
        }
        Node n = item.getFirstChild();
        Boolean checked = checkbox(n);
        InlineText text = null;
        Lines last = null;
        while (n instanceof Paragraph paragraph) {
            if (text == null) {
                text = MarkdownInline.of(paragraph);
            } else {
                text.lineBreak();
                MarkdownInline.append(paragraph, text);
            }
            last = linesOf(paragraph);
            n = n.getNext();
        }
        if (text != null && !(text.isEmpty() && text.links().isEmpty())) {
            Lines lines = last == null ? own : new Lines(own.first(), Math.max(own.first(), last.last()));
            blocks.add(new Block(Block.Kind.LIST_ITEM, depth, text.text(), List.of(marker), checked, text.struck(),
                    text.links(), lines));
        } else {
            Lines next = n == null ? null : linesOf(n);
            if (next == null || next.first() > own.first() || text != null) {
                skip(Lines.of(own.first()), "empty list item");
            }
        }
        for (; n != null; n = n.getNext()) {
            block(n, depth + 1, quoteDepth);
        }
    }

    /**
     * Whether an item's first paragraph opens with a checkbox, and whether it is ticked; the box is taken off the
     * paragraph's text, as the task-list extension does. Null for an item without one.
     */
    private static Boolean checkbox(Node first) {
        if (first instanceof Paragraph && first.getFirstChild() instanceof Text text) {
            String literal = text.getLiteral();
            int rest = afterBox(literal);
            if (rest >= 0) {
                text.setLiteral(literal.substring(rest));
                return literal.charAt(1) == 'x' || literal.charAt(1) == 'X';
            }
        }
        return null;
    }

    /**
     * Where the text after a checkbox starts ("[x] ", "[ ]  "), or -1 when the literal is no box, its spaces and a
     * line's worth of text: read by hand, as a pattern's matcher for every list item was a share of the parse.
     */
    static int afterBox(String t) {
        if (t.length() < 4 || t.charAt(0) != '[' || t.charAt(2) != ']'
                || !(t.charAt(1) == 'x' || t.charAt(1) == 'X' || space(t.charAt(1))) || !space(t.charAt(3))) {
            return -1;
        }
        int i = 4;
        while (i < t.length() && space(t.charAt(i))) {
            i++;
        }
        for (int j = i; j < t.length(); j++) {
            char c = t.charAt(j);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                return -1; // the box's text is one line
            }
        }
        return i;
    }

    /** A space as a pattern's {@code \\s} reads one: space, tab, line end, vertical tab, form feed. */
    private static boolean space(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    private void code(String literal, String info, Lines at) {
        String text = literal.endsWith("\n") ? literal.substring(0, literal.length() - 1) : literal;
        blocks.add(new Block(Block.Kind.CODE, 0, text, List.of(info == null ? "" : info.strip()), null, false, null,
                at));
    }

    private void skipEmptyQuoteLines(Lines quote) {
        for (int i = quote.first(); i <= quote.last() && i <= lines.size(); i++) {
            String line = lines.get(i - 1);
            boolean onlyMarkers = true;
            for (int c = 0; c < line.length() && onlyMarkers; c++) {
                char ch = line.charAt(c);
                onlyMarkers = ch == '>' || ch == ' ' || ch == '\t';
            }
            if (onlyMarkers && !line.isBlank()) {
                skip(Lines.of(i), "empty quote line");
            }
        }
    }

    private void add(Block.Kind kind, int level, InlineText text, Lines at) {
        if (at != null) {
            blocks.add(new Block(kind, level, text.text(), null, null, text.struck(), text.links(), at));
        }
    }

    private void skip(Lines at, String reason) {
        if (at != null) {
            skipped.add(new SourceText.Skip(at, reason));
        }
    }
}
