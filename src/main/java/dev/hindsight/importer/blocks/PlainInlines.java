package dev.hindsight.importer.blocks;

import java.util.BitSet;
import java.util.List;
import org.commonmark.internal.InlineParserImpl;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParser;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.InlineParserFactory;
import org.commonmark.parser.SourceLine;
import org.commonmark.parser.SourceLines;
import org.commonmark.parser.beta.InlineContentParserFactory;
import org.commonmark.parser.delimiter.DelimiterProcessor;

/**
 * The parser's inline stage with a short way for the shapes most text of a post-mortem has, each giving the tree the
 * library's own inline parser gives, without that parser's set-up for each piece of text (it builds its table of
 * inline parsers anew every time, which for a document of short table cells was most of the inline stage):
 * <ul>
 * <li>plain text, on one line or several (a paragraph wrapped by its writer): text nodes between line breaks;</li>
 * <li>a bold phrase before plain text or alone, "**Impact:** 21 minutes", "**10:19 AM**: Ravi acknowledges",
 * "**Manual rotation**", as a seed layout writes its facts, its timeline's times and its items' titles;</li>
 * <li>a checkbox before plain text, "[x] Shared in the weekly ops review", which the task-list step reads later;</li>
 * <li>underscores inside words ("in_progress", "lock_timeout"), which can neither open nor close emphasis; "<" and
 * "&" before a space ("< 5 minutes"), "!" before no bracket, a lone "]": each stands for itself;</li>
 * <li>a heading's text (the library gives its text nodes source spans, which nothing here reads).</li>
 * </ul>
 * Anything else goes to the library's parser. Installed only on the parser that keeps blocks' source spans, not
 * inline nodes' (a node made here carries none; the library gives a heading's text one, which nothing reads).
 */
final class PlainInlines implements InlineParserFactory {

    /**
     * What the library's inline parser stops at besides its extensions' own: line ends, backslash escapes, code
     * spans, entities, autolinks and HTML, links and images, emphasis; and the character it reads as the text's end.
     */
    private static final String ALWAYS_SPECIAL = "\n`\\&<[]!*_\0";

    @Override
    public InlineParser create(InlineParserContext context) {
        BitSet special = special(context);
        // Brackets are read here only as the library's own link step reads them, with no extension's in the way.
        boolean ownBrackets = context.getCustomLinkProcessors().isEmpty() && context.getCustomLinkMarkers().isEmpty();
        // The library's parser is made when a text first needs it: making it (its tables of parsers and delimiters)
        // for every document cost more than reading the few texts that need it in most.
        InlineParser[] full = new InlineParser[1];
        return (lines, block) -> {
            if (!plain(lines, block, special, context)
                    && !(ownBrackets && LinkedLine.read(lines, block, special, context))) {
                if (full[0] == null) {
                    full[0] = new InlineParserImpl(context);
                }
                full[0].parse(lines, block);
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
     * Reads text of one of the short way's shapes as the library would.
     *
     * @return false when the text is of none of them, so the library's parser reads it
     */
    private static boolean plain(SourceLines lines, Node block, BitSet special, InlineParserContext context) {
        List<SourceLine> all = lines.getLines();
        if (all.isEmpty()) {
            return false;
        }
        if (all.size() > 1) {
            return plainLines(all, block, special);
        }
        String content = all.get(0).getContent().toString();
        int end = content.length();
        if (end == 0) {
            return true;
        }
        int from = 0;
        int label = boldLabelEnd(content, special);
        if (label > 0) {
            if (label < end && content.substring(label).isBlank()) {
                return false; // spaces alone after the label: left to the library
            }
            from = label;
        } else if (checkbox(content, context)) {
            from = 3;
        }
        if (!plainFrom(content, from, special)) {
            return false;
        }
        while (end > 0 && (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
            end--;
        }
        if (label > 0) {
            // The library makes the label strong emphasis and the rest one text, spaces at its end dropped.
            StrongEmphasis strong = new StrongEmphasis("**");
            strong.appendChild(new Text(content.substring(2, label - 2)));
            block.appendChild(strong);
            if (label < content.length()) {
                block.appendChild(new Text(content.substring(label, end)));
            }
            return true;
        }
        block.appendChild(new Text(content.substring(0, end)));
        return true;
    }

    /**
     * Several lines of plain text: each line's text (a line ending in two spaces or more ends in a hard break, else
     * a soft one, the spaces dropped either way; the last line drops its spaces and tabs). Only lines that start with
     * a letter or digit after the first, so no question of the spaces a line starts with arises.
     */
    private static boolean plainLines(List<SourceLine> all, Node block, BitSet special) {
        for (int i = 0; i < all.size(); i++) {
            CharSequence line = all.get(i).getContent();
            if (line.length() == 0 || i > 0 && !Character.isLetterOrDigit(line.charAt(0))
                    || !plainFrom(line, 0, special)) {
                return false;
            }
        }
        for (int i = 0; i < all.size(); i++) {
            String line = all.get(i).getContent().toString();
            int end = line.length();
            boolean last = i == all.size() - 1;
            while (end > 0 && (line.charAt(end - 1) == ' ' || last && line.charAt(end - 1) == '\t')) {
                end--;
            }
            block.appendChild(new Text(line.substring(0, end)));
            if (!last) {
                block.appendChild(line.length() - end >= 2 ? new HardLineBreak() : new SoftLineBreak());
            }
        }
        return true;
    }

    /**
     * Whether the text from {@code from} on holds no character that starts inline markup, underscores inside words
     * aside: one with a letter or digit on either side can neither open nor close emphasis, so the library keeps it
     * as text.
     */
    private static boolean plainFrom(CharSequence text, int from, BitSet special) {
        for (int i = from; i < text.length(); i++) {
            char c = text.charAt(i);
            if (special.get(c) && !literal(text, i, c)) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether a character that may start inline markup stands for itself here: an underscore inside a word; "<" or
     * "&" before a space or at the end ("< 5 minutes": no tag, autolink or entity has a space there); "!" not before
     * "[" (no image); "]" (a closing bracket with no "[" before it, as the plain text has none, closes no link).
     */
    static boolean literal(CharSequence text, int i, char c) {
        boolean last = i + 1 >= text.length();
        char next = last ? ' ' : text.charAt(i + 1);
        return switch (c) {
            case '_' -> i > 0 && !last && asciiLetterOrDigit(text.charAt(i - 1)) && asciiLetterOrDigit(next);
            case '<', '&' -> next == ' ';
            case '!' -> next != '[';
            case ']' -> true;
            default -> false;
        };
    }

    private static boolean asciiLetterOrDigit(char c) {
        return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
    }

    /**
     * Where a bold phrase that opens the text ends ("**Impact:**", "**10:19 AM**", "**Manual rotation**"), or 0 when
     * it opens with none. The opening "**" is followed by a character that is neither a space nor a star, so it can
     * open; the closing one follows one that is no space and, after punctuation, is followed by a space, punctuation
     * or nothing, so it can close: the library makes the two strong emphasis. Past ASCII around the marks, and any
     * markup inside, the library decides.
     */
    private static int boldLabelEnd(String text, BitSet special) {
        return boldLabelEnd(text, special, null);
    }

    /**
     * As {@link #boldLabelEnd(String, BitSet)}; with the document's link definitions, a bracket inside that names
     * no link is taken too ("**[03:06 CEST]** - Note: …", a timeline's time), as the library keeps it as text.
     */
    static int boldLabelEnd(String text, BitSet special, InlineParserContext brackets) {
        if (text.length() < 5 || text.charAt(0) != '*' || text.charAt(1) != '*' || !opensPlainly(text.charAt(2))) {
            return 0;
        }
        int close = text.indexOf("**", 3);
        if (close < 0 || close + 2 < text.length() && text.charAt(close + 2) == '*') {
            return 0;
        }
        char before = text.charAt(close - 1);
        char after = close + 2 < text.length() ? text.charAt(close + 2) : ' ';
        if (before == ' ' || before == '\t' || before >= 128 || after >= 128
                || asciiPunctuation(before) && after != ' ' && after != '\t' && !asciiPunctuation(after)) {
            return 0;
        }
        for (int i = 2; i < close; i++) {
            if (text.charAt(i) == '[' && brackets != null) {
                int shut = LinkedLine.bracketEnd(text, i, close, special);
                if (shut < 0 || text.charAt(shut + 1) == '(' || text.charAt(shut + 1) == '['
                        || brackets.getDefinition(LinkReferenceDefinition.class, text.substring(i + 1, shut)) != null) {
                    return 0;
                }
                i = shut;
            } else if (special.get(text.charAt(i))) {
                return 0;
            }
        }
        return close + 2;
    }

    private static boolean opensPlainly(char c) {
        return c < 128 && c != ' ' && c != '\t' && c != '*';
    }

    static boolean asciiPunctuation(char c) {
        return c < 128 && c > ' ' && !asciiLetterOrDigit(c);
    }

    /**
     * Whether the text opens with a checkbox, "[ ] " or "[x] ", that no link reference definition of the document
     * turns into a link: the library keeps it as text (the task-list step reads it afterwards).
     */
    private static boolean checkbox(String text, InlineParserContext context) {
        if (text.length() < 4 || text.charAt(0) != '[' || text.charAt(2) != ']' || text.charAt(3) != ' ') {
            return false;
        }
        char box = text.charAt(1);
        return (box == ' ' || box == 'x' || box == 'X')
                && context.getDefinition(LinkReferenceDefinition.class, String.valueOf(box)) == null;
    }
}
