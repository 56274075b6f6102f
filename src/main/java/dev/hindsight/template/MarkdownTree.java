package dev.hindsight.template;

import dev.hindsight.incident.Link;
import org.commonmark.node.Document;
import org.commonmark.node.Emphasis;
import org.commonmark.node.FencedCodeBlock;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Paragraph;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;

/**
 * Markdown read into a tree the way every page and document reads it, within bounds. The parser's time grows
 * faster than the text in a few shapes (a line opening thousands of nested lists or quotes, thousands of
 * {@code <} or brackets in one paragraph), and the renderers walk the tree by recursion, so a deep tree overflows
 * the stack. Text in such a shape is not parsed (or not rendered): it is shown as written, in a code block under
 * a note saying why, so the page that holds it still opens. Links in the tree that are not web or mail links
 * ({@link Link#isSafe}) are taken out, their text kept. Thread-safe.
 */
final class MarkdownTree {

    /** Nodes from the document down: a list nested twenty deep is about forty. */
    static final int MAX_DEPTH = 100;
    /** Container markers ({@code >}, {@code -}, {@code 1.}) opening one line. */
    static final int MAX_MARKERS = 32;
    /** Unescaped {@code <} in one run of lines: each one makes the parser look for an end tag to the run's end. */
    static final int MAX_ANGLES = 400;
    /** Brackets, parentheses, emphasis marks, escapes and references in one run of lines. */
    static final int MAX_MARKS = 8_000;
    /** Lines in one run: a list or paragraph of thousands of lines costs the parser more per line as it grows. */
    static final int MAX_LINES = 4_000;

    private MarkdownTree() {
    }

    /** The tree of {@code markdown}, or the text as written under a note when it is too costly to read. */
    static Node read(Parser parser, String text) {
        // CommonMark also ends a line at a lone carriage return; one kind of line end keeps the checks below true.
        String markdown = text.indexOf('\r') < 0 ? text : text.replace("\r\n", "\n").replace('\r', '\n');
        String costly = costly(markdown);
        if (costly == null) {
            Node document = parser.parse(markdown);
            if (depth(document) <= MAX_DEPTH) {
                unlinkUnsafe(document);
                return document;
            }
            costly = "nested more than " + MAX_DEPTH + " levels deep";
        }
        return asWritten(markdown, costly);
    }

    /**
     * Why the text is too costly to parse, or null. One pass over the text, counting per run of lines (lines
     * between blank lines: the parser reads a paragraph's inline marks as one).
     */
    static String costly(String markdown) {
        int angles = 0;
        int marks = 0;
        int lines = 0;
        boolean lineStart = true;
        boolean blank = true;
        int length = markdown.length();
        for (int i = 0; i < length; i++) {
            char c = markdown.charAt(i);
            if (lineStart) {
                int markers = markersAt(markdown, i);
                if (markers > MAX_MARKERS) {
                    return "nested more than " + MAX_MARKERS + " levels deep on one line";
                }
                lineStart = false;
                blank = true;
            }
            switch (c) {
                case '\n' -> {
                    if (blank) {
                        angles = 0;
                        marks = 0;
                        lines = 0;
                    } else if (++lines > MAX_LINES) {
                        return "more than " + MAX_LINES + " lines without a blank line";
                    }
                    lineStart = true;
                }
                case '<' -> {
                    if (i == 0 || markdown.charAt(i - 1) != '\\') {
                        angles++;
                    }
                }
                case '[', ']', '(', ')', '*', '_', '!', '`', '~', '\\', '&' -> marks++;
                default -> {
                }
            }
            if (c != '\n' && c != ' ' && c != '\t' && c != '\r') {
                blank = false;
            }
            if (angles > MAX_ANGLES || marks > MAX_MARKS) {
                return "too dense with markup in one paragraph";
            }
        }
        return null;
    }

    /** How many container markers open the line at {@code start}. */
    private static int markersAt(String text, int start) {
        int count = 0;
        int i = start;
        int length = text.length();
        while (i < length && count <= MAX_MARKERS) {
            while (i < length && (text.charAt(i) == ' ' || text.charAt(i) == '\t')) {
                i++;
            }
            if (i >= length) {
                break;
            }
            char c = text.charAt(i);
            if (c == '>') {
                i++;
            } else if ((c == '-' || c == '*' || c == '+') && i + 1 < length && (text.charAt(i + 1) == ' '
                    || text.charAt(i + 1) == '\t')) {
                i += 2;
            } else if (c >= '0' && c <= '9') {
                int j = i;
                while (j < length && j - i < 9 && text.charAt(j) >= '0' && text.charAt(j) <= '9') {
                    j++;
                }
                if (j + 1 < length && (text.charAt(j) == '.' || text.charAt(j) == ')') && text.charAt(j + 1) == ' ') {
                    i = j + 2;
                } else {
                    break;
                }
            } else {
                break;
            }
            count++;
        }
        return count;
    }

    /** The depth of the tree, walked without recursion. */
    static int depth(Node root) {
        int depth = 0;
        int deepest = 0;
        Node node = root;
        while (node != null) {
            if (node.getFirstChild() != null) {
                node = node.getFirstChild();
                depth++;
                if (depth > deepest) {
                    deepest = depth;
                    if (deepest > MAX_DEPTH) {
                        return deepest;
                    }
                }
                continue;
            }
            while (node != null && node != root && node.getNext() == null) {
                node = node.getParent();
                depth--;
            }
            node = node == null || node == root ? null : node.getNext();
        }
        return deepest;
    }

    /** Links and images whose destination is not a web or mail link become their text. */
    private static void unlinkUnsafe(Node root) {
        java.util.List<Node> unsafe = new java.util.ArrayList<>();
        Node node = root;
        while (node != null) {
            String destination = node instanceof org.commonmark.node.Link link ? link.getDestination()
                    : node instanceof Image image ? image.getDestination() : null;
            if (destination != null && !Link.isSafe(destination)) {
                unsafe.add(node);
            }
            node = following(node, root);
        }
        for (Node link : unsafe) {
            Node child = link.getFirstChild();
            while (child != null) {
                Node after = child.getNext();
                link.insertBefore(child);
                child = after;
            }
            link.unlink();
        }
    }

    /** The node after {@code node} in document order within {@code root}; null at the end. No recursion. */
    static Node following(Node node, Node root) {
        if (node.getFirstChild() != null) {
            return node.getFirstChild();
        }
        Node at = node;
        while (at != null && at != root && at.getNext() == null) {
            at = at.getParent();
        }
        return at == null || at == root ? null : at.getNext();
    }

    /** The text in a code block, escaped by every renderer, under a note saying why it is not formatted. */
    private static Node asWritten(String markdown, String why) {
        Document document = new Document();
        Paragraph note = new Paragraph();
        Emphasis emphasis = new Emphasis("_");
        emphasis.appendChild(new Text("This text is shown as written, not formatted: it is " + why + "."));
        note.appendChild(emphasis);
        document.appendChild(note);
        FencedCodeBlock block = new FencedCodeBlock();
        block.setFenceCharacter("`");
        block.setOpeningFenceLength(3);
        block.setClosingFenceLength(3);
        block.setFenceIndent(0);
        block.setLiteral(markdown.endsWith("\n") ? markdown : markdown + "\n");
        document.appendChild(block);
        return document;
    }
}
