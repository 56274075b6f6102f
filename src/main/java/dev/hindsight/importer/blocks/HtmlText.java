package dev.hindsight.importer.blocks;

import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * The plain text of HTML inline content: tags dropped, links and struck text noted. Strikethrough is a tag (s, del,
 * strike), an inline style, or, in a Google Docs export, a class whose style-sheet rule says line-through.
 * Thread-safe once built.
 */
final class HtmlText {
    static final int MAX_DEPTH = 100;
    private static final Set<String> BLOCK = Set.of("address", "article", "aside", "blockquote", "body", "caption",
            "center", "dd", "details", "dialog", "dir", "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer",
            "form", "h1", "h2", "h3", "h4", "h5", "h6", "header", "hgroup", "hr", "html", "li", "main", "menu", "nav",
            "ol", "p", "pre", "section", "summary", "table", "tbody", "td", "tfoot", "th", "thead", "tr", "ul");
    private static final Set<String> NO_TEXT = Set.of("script", "style", "template", "noscript", "head", "title",
            "meta", "link", "object", "iframe", "svg", "math", "select", "button");
    private static final String GOOGLE_REDIRECT = "https://www.google.com/url?q=";

    private final Set<String> struckClasses;

    HtmlText(Set<String> struckClasses) {
        this.struckClasses = Set.copyOf(struckClasses);
    }

    static boolean isBlock(Element e) {
        return BLOCK.contains(e.normalName());
    }

    static boolean hasNoText(Element e) {
        return NO_TEXT.contains(e.normalName());
    }

    /** The text of a run of nodes: a paragraph's, or a list item's own (its paragraphs on lines of their own). */
    InlineText of(List<Node> nodes) {
        InlineText out = new InlineText(true);
        for (Node node : nodes) {
            append(node, out, false, false, 0);
        }
        return out;
    }

    /** A table cell's text, on one line; also appended to the text of its whole row. */
    String cell(Element cell, InlineText row) {
        InlineText out = new InlineText(true);
        append(cell, out, false, true, 0);
        append(cell, row, false, true, 0);
        row.separate();
        return out.text().replace('\n', ' ');
    }

    private void append(Node node, InlineText out, boolean struck, boolean oneLine, int depth) {
        if (node instanceof TextNode text) {
            out.append(text.text(), struck);
            return;
        }
        if (!(node instanceof Element e) || hasNoText(e)) {
            return;
        }
        String tag = e.normalName();
        boolean strike = struck || isStruck(e);
        if (tag.equals("br")) {
            lineBreak(out, oneLine);
        } else if (tag.equals("img")) {
            out.append(e.attr("alt"), strike);
            out.link(e.attr("src"));
        } else if (tag.equals("input")) {
            if (e.attr("type").equalsIgnoreCase("checkbox")) {
                out.checkbox(e.hasAttr("checked"));
            }
        } else if (tag.equals("a") && isCommentMark(e.id(), "cmnt_ref")) {
            return;
        } else if (depth > MAX_DEPTH) {
            out.append(e.text(), strike);
        } else {
            if (tag.equals("a")) {
                out.link(target(e.attr("href")));
            }
            boolean block = isBlock(e);
            if (block) {
                lineBreak(out, oneLine);
            }
            for (Node child : e.childNodes()) {
                append(child, out, strike, oneLine, depth + 1);
            }
            if (block) {
                lineBreak(out, oneLine);
            }
        }
    }

    private static void lineBreak(InlineText out, boolean oneLine) {
        if (oneLine) {
            out.separate();
        } else {
            out.lineBreak();
        }
    }

    private boolean isStruck(Element e) {
        String tag = e.normalName();
        if (tag.equals("s") || tag.equals("del") || tag.equals("strike")
                || e.attr("style").contains("line-through")) {
            return true;
        }
        if (!struckClasses.isEmpty()) {
            for (String name : e.classNames()) {
                if (struckClasses.contains(name)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether an id is a Google Docs comment anchor: the prefix, then digits ("cmnt_ref3", "cmnt3"). */
    static boolean isCommentMark(String id, String prefix) {
        if (!id.startsWith(prefix) || id.length() == prefix.length()) {
            return false;
        }
        for (int i = prefix.length(); i < id.length(); i++) {
            if (!Character.isDigit(id.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /**
     * A link's real target: Google Docs sends every link through its redirector ("google.com/url?q=REAL&amp;sa=..."),
     * and a link within the page ("#h.x5") points at no source worth keeping.
     */
    static String target(String href) {
        if (href == null || href.isBlank() || href.startsWith("#")) {
            return null;
        }
        if (href.startsWith(GOOGLE_REDIRECT)) {
            int end = href.indexOf('&', GOOGLE_REDIRECT.length());
            String encoded = href.substring(GOOGLE_REDIRECT.length(), end < 0 ? href.length() : end);
            try {
                return URLDecoder.decode(encoded, StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                return encoded;
            }
        }
        return href;
    }

    /**
     * The images of a run of inline nodes that holds nothing else (spaces aside): an image standing alone, maybe
     * wrapped in a link or a span (Google Docs wraps each in a span). Empty when the run has text.
     */
    static List<Element> onlyImages(List<Node> run) {
        List<Element> images = new ArrayList<>();
        for (Node node : run) {
            if (node instanceof TextNode text) {
                if (!text.isBlank()) {
                    return List.of();
                }
            } else if (node instanceof Element e && !hasNoText(e)) {
                if (e.normalName().equals("img")) {
                    images.add(e);
                } else if (!e.text().isBlank()) {
                    return List.of();
                } else {
                    images.addAll(e.select("img"));
                }
            }
        }
        return images;
    }

    /** The classes a Google Docs export's style sheet strikes through (".c7{text-decoration:line-through}"). */
    private static final String LINE_THROUGH = "line-through";

    static Set<String> struckClasses(Document document) {
        Set<String> struck = new HashSet<>();
        for (Element style : document.select("style")) {
            String css = style.data();
            int at = 0;
            // The next "line-through" at or after the rule being read: one search through the sheet, not a copy
            // of every rule's body to search in (a styled page has hundreds of rules).
            int lineThrough = css.indexOf(LINE_THROUGH);
            while (at < css.length()) {
                int open = css.indexOf('{', at);
                int close = open < 0 ? -1 : css.indexOf('}', open);
                if (close < 0) {
                    break;
                }
                if (lineThrough >= 0 && lineThrough < open) {
                    lineThrough = css.indexOf(LINE_THROUGH, open);
                }
                if (lineThrough >= 0 && lineThrough + LINE_THROUGH.length() <= close) {
                    for (String selector : css.substring(at, open).split(",")) {
                        String s = selector.strip();
                        if (s.length() > 1 && s.charAt(0) == '.' && simpleName(s.substring(1))) {
                            struck.add(s.substring(1));
                        }
                    }
                }
                at = close + 1;
            }
        }
        return struck;
    }

    private static boolean simpleName(String name) {
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (!(Character.isLetterOrDigit(c) || c == '-' || c == '_')) {
                return false;
            }
        }
        return true;
    }
}
