package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import org.commonmark.node.Emphasis;
import org.commonmark.node.Link;
import org.commonmark.node.LinkReferenceDefinition;
import org.commonmark.node.Node;
import org.commonmark.node.StrongEmphasis;
import org.commonmark.node.Text;
import org.commonmark.parser.InlineParserContext;
import org.commonmark.parser.SourceLines;

/**
 * The inline parser's second short way ({@link PlainInlines} the first): one line that, after a bold phrase opening
 * it or none, is plain but for what post-mortems and their templates write most besides:
 * <ul>
 * <li>a placeholder or a time in brackets that names no link, "[Name] - [Role]", "**[03:06 CEST]** - Note: …";</li>
 * <li>a simple link, "[Sam Okafor](https://chat.example.com/u/sam)": no title, nothing in its destination the
 * library would unescape, plain text;</li>
 * <li>a backslash before punctuation, "\\<put time here>";</li>
 * <li>emphasis opened after a space and closed before a space, punctuation or the end, "*(Impact mitigated)*".</li>
 * </ul>
 * Each makes the library's tree: its text nodes merged as it merges them, a link a {@link Link} of its destination,
 * no title, over its text. A bracket before "(" or "[" that is no such link, one holding markup or a backslash, an
 * image, and anything else go to the library. In the bench's 30 files these shapes were 351 of the 419 pieces of text
 * (of 3,974) that still went to the library's parser and its set-up for each piece.
 */
final class LinkedLine {

    private LinkedLine() {
    }

    /** @return false when the text is not of this shape, so the library's parser reads it */
    static boolean read(SourceLines lines, Node block, BitSet special, InlineParserContext context) {
        if (lines.getLines().size() != 1) {
            return false;
        }
        String content = lines.getLines().get(0).getContent().toString();
        int end = content.length();
        while (end > 0 && (content.charAt(end - 1) == ' ' || content.charAt(end - 1) == '\t')) {
            end--;
        }
        int label = PlainInlines.boldLabelEnd(content, special, context);
        if (label > 0 && label < content.length() && content.substring(label).isBlank()) {
            return false; // spaces alone after the label: left to the library, as plain() leaves them
        }
        List<Node> nodes = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        for (int i = label; i < end; i++) {
            char c = content.charAt(i);
            if (c == '\\') {
                if (i + 1 >= end || !PlainInlines.asciiPunctuation(content.charAt(i + 1))) {
                    return false; // a literal backslash or a hard break: the library's
                }
                text.append(content.charAt(++i)); // an escaped character stands for itself
            } else if (c == '[') {
                int close = bracketEnd(content, i, end, special);
                if (close < 0) {
                    return false;
                }
                char after = close + 1 < end ? content.charAt(close + 1) : ' ';
                if (after == '(') {
                    int destinationEnd = destinationEnd(content, close + 2, end);
                    if (destinationEnd < 0 || close == i + 1) {
                        return false;
                    }
                    flush(text, nodes);
                    Link link = new Link(content.substring(close + 2, destinationEnd), null);
                    link.appendChild(new Text(content.substring(i + 1, close)));
                    nodes.add(link);
                    i = destinationEnd; // at the ")"
                } else if (after == '[' || context.getDefinition(LinkReferenceDefinition.class,
                        content.substring(i + 1, close)) != null) {
                    return false; // a reference link, or one that may be
                } else {
                    text.append(content, i, close + 1); // "[Name]": no link of that name, so text as written
                    i = close;
                }
            } else if ((c == '*' || c == '_') && !PlainInlines.literal(content, i, c)) {
                int close = emphasisEnd(content, i, end, label, special);
                if (close < 0) {
                    return false;
                }
                flush(text, nodes);
                Emphasis emphasis = new Emphasis(String.valueOf(c));
                emphasis.appendChild(new Text(content.substring(i + 1, close)));
                nodes.add(emphasis);
                i = close;
            } else if (special.get(c) && !PlainInlines.literal(content, i, c)) {
                return false;
            } else {
                text.append(c);
            }
        }
        if (text.length() == 0 && end < content.length()) {
            nodes.add(new Text("")); // spaces after a closing link or emphasis: the library keeps an empty text
        }
        flush(text, nodes);
        if (label > 0) {
            StrongEmphasis strong = new StrongEmphasis("**");
            strong.appendChild(new Text(content.substring(2, label - 2)));
            block.appendChild(strong);
        }
        nodes.forEach(block::appendChild);
        return true;
    }

    /**
     * Where the bracket opened at {@code open} closes, when what it holds is plain text on its own (no bracket,
     * backslash or markup, which the library would read as the link's text or the reference's name); else -1.
     */
    static int bracketEnd(String text, int open, int end, BitSet special) {
        for (int i = open + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == ']') {
                return i;
            }
            if (c == '[' || c == '\\' || special.get(c) && !PlainInlines.literal(text, i, c)) {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where a link's destination that starts at {@code from} ends, at its ")": printable ASCII with no space, no
     * parenthesis, no "<" (the angle-bracket form), no backslash and no "&" (which the library unescapes); else -1.
     */
    private static int destinationEnd(String text, int from, int end) {
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ')') {
                return i > from ? i : -1;
            }
            if (c <= ' ' || c >= 127 || c == '(' || c == '<' || c == '\\' || c == '&') {
                return -1;
            }
        }
        return -1;
    }

    /**
     * Where the emphasis a "*" or "_" at {@code open} opens closes: it follows a space (or opens the text) and comes
     * before printable ASCII, and the next such mark follows printable ASCII and comes before a space, punctuation
     * or the end, with plain text between ("… back to normal. *(Impact mitigated)*", "_All times in Pacific Time
     * (PT)_"). By the flanking rules the first can only open and the second close, so the library pairs them; -1
     * for any other shape.
     */
    private static int emphasisEnd(String text, int open, int end, int label, BitSet special) {
        char mark = text.charAt(open);
        boolean spaceBefore = open == 0 || open > label && text.charAt(open - 1) == ' ';
        if (!spaceBefore || open + 1 >= end || !printableAscii(text.charAt(open + 1))
                || text.charAt(open + 1) == mark) {
            return -1;
        }
        for (int i = open + 1; i < end; i++) {
            char c = text.charAt(i);
            if (c == mark && !PlainInlines.literal(text, i, c)) {
                char after = i + 1 < end ? text.charAt(i + 1) : ' ';
                return printableAscii(text.charAt(i - 1)) && (after == ' ' || PlainInlines.asciiPunctuation(after)
                        && after != '*' && after != '_') ? i : -1;
            }
            if (c == '[' || c == '\\' || special.get(c) && !PlainInlines.literal(text, i, c)) {
                return -1;
            }
        }
        return -1;
    }

    private static boolean printableAscii(char c) {
        return c > ' ' && c < 127;
    }

    private static void flush(StringBuilder text, List<Node> nodes) {
        if (text.length() > 0) {
            nodes.add(new Text(text.toString()));
            text.setLength(0);
        }
    }
}
