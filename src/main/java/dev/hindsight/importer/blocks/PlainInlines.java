package dev.hindsight.importer.blocks;

import java.util.BitSet;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.delimiter.DelimiterProcessor;

/**
 * The parser's inline stage with a short way for plain text: a one-line paragraph, heading or table cell holding
 * none of the characters that can start inline markup becomes one text node, as the library's own inline parser
 * would make it, without that parser's set-up for each piece of text (it builds its table of inline parsers anew
 * every time, which for a document of short table cells was most of the inline stage). Anything else goes to the
 * library's parser. Only for blocks without inline source spans: a node made here carries none.
 */
final class PlainInlines implements InlineParserFactory {

    /**
     * What the library's inline parser stops at besides its extensions' own: line ends, backslash escapes, code
     * spans, entities, autolinks and HTML, links and images, emphasis; and the character it reads as the text's end.
     */
    private static final String ALWAYS_SPECIAL = "\n`\\&<[]!*_\0";

    @Override
    public InlineParser create(InlineParserContext context) {
        InlineParser full = new InlineParserImpl(context);
        BitSet special = special(context);
        return (lines, block) -> {
            if (!plain(lines, block, special)) {
                full.parse(lines, block);
            }
        };
    }

    private static BitSet special(InlineParserContext context) {
        BitSet special = new BitSet();
        ALWAYS_SPECIAL.chars().forEach(special::set);
        for (DelimiterProcessor delimiters : context.getCustomDelimiterProcessors()) {
            special.set(delimiters.getOpeningCharacter());
            special.set(delimiters.getClosingCharacter());
        }
        context.getCustomLinkMarkers().forEach(c -> special.set(c));
        for (InlineContentParserFactory parsers : context.getCustomInlineContentParserFactories()) {
            parsers.getTriggerCharacters().forEach(c -> special.set(c));
        }
        return special;
    }

    /**
     * Reads one line of plain text as the library would: one text node, spaces and tabs at its end dropped.
     *
     * @return false when the text is not one plain line, so the library's parser reads it
     */
    private static boolean plain(SourceLines lines, Node block, BitSet special) {
        if (lines.getLines().size() != 1 || lines.getLines().get(0).getSourceSpan() != null) {
            return false;
        }
        String content = lines.getLines().get(0).getContent().toString();
        int end = content.length();
        for (int i = 0; i < end; i++) {
            if (special.get(content.charAt(i))) {
                return false;
            }
        }
        if (end == 0) {
            return true;
        }
        while (end > 0 && (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
            end--;
        }
        block.appendChild(new Text(content.substring(0, end)));
        return true;
    }
}
