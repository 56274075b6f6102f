package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.strikethrough.Strikethrough;
import org.commonmark.ext.task.list.items.TaskListItemMarker;
import org.commonmark.node.Code;
import org.commonmark.node.HardLineBreak;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.SoftLineBreak;
import org.commonmark.node.Text;

/** The plain text of a Markdown block's inline content: markup removed, link targets and struck text noted. */
final class MarkdownInline {
    private MarkdownInline() {
    }

    /** A paragraph's or heading's text: line breaks kept. */
    static InlineText of(Node block) {
        InlineText out = new InlineText(false);
        children(block, out, false, false);
        return out;
    }

    /** Appends a block's text to text already gathered (a list item's second paragraph). */
    static void append(Node block, InlineText out) {
        children(block, out, false, false);
    }

    /** A table cell's text: on one line. */
    static void cell(Node cell, InlineText out) {
        children(cell, out, false, true);
    }

    /**
     * The images of a paragraph that holds nothing else (spaces and line breaks aside), or an empty list. A badge, an
     * image wrapped in a link, counts as its image.
     */
    static List<Node> onlyImages(Node paragraph) {
        List<Node> images = new ArrayList<>();
        for (Node n = paragraph.getFirstChild(); n != null; n = n.getNext()) {
            if (n instanceof Image) {
                images.add(n);
            } else if (n instanceof Link link && link.getFirstChild() instanceof Image
                    && link.getFirstChild() == link.getLastChild()) {
                images.add(link);
            } else if (!(n instanceof SoftLineBreak || n instanceof HardLineBreak
                    || n instanceof Text t && t.getLiteral().isBlank())) {
                return List.of();
            }
        }
        return images;
    }

    /** An image's alt text, and as links its source then (for a linked image) the link's target. */
    static InlineText image(Node imageOrLink) {
        InlineText out = new InlineText(false);
        if (imageOrLink instanceof Link link) {
            Image image = (Image) link.getFirstChild();
            out.link(image.getDestination());
            out.link(link.getDestination());
            children(image, out, false, true);
        } else {
            out.link(((Image) imageOrLink).getDestination());
            children(imageOrLink, out, false, true);
        }
        return out;
    }

    private static void children(Node parent, InlineText out, boolean struck, boolean oneLine) {
        for (Node n = parent.getFirstChild(); n != null; n = n.getNext()) {
            node(n, out, struck, oneLine);
        }
    }

    private static void node(Node n, InlineText out, boolean struck, boolean oneLine) {
        if (n instanceof Text t) {
            out.append(t.getLiteral(), struck);
        } else if (n instanceof Code c) {
            out.append(c.getLiteral(), struck);
        } else if (n instanceof SoftLineBreak || n instanceof HardLineBreak) {
            lineBreak(out, oneLine);
        } else if (n instanceof Link link) {
            out.link(link.getDestination());
            children(n, out, struck, oneLine);
        } else if (n instanceof Image image) {
            out.link(image.getDestination());
            children(n, out, struck, oneLine);
        } else if (n instanceof HtmlInline html) {
            // Tags are markup; their content is separate Text nodes. Only a <br> carries meaning: a line break.
            if (isBreak(html.getLiteral())) {
                lineBreak(out, oneLine);
            }
        } else if (n instanceof Strikethrough) {
            children(n, out, true, oneLine);
        } else if (!(n instanceof TaskListItemMarker)) {
            children(n, out, struck, oneLine);
        }
    }

    private static void lineBreak(InlineText out, boolean oneLine) {
        if (oneLine) {
            out.append(" ", false);
        } else {
            out.lineBreak();
        }
    }

    private static boolean isBreak(String tag) {
        return tag.length() >= 3 && tag.regionMatches(true, 0, "<br", 0, 3)
                && (tag.length() == 3 || !Character.isLetterOrDigit(tag.charAt(3)));
    }
}
