package dev.hindsight.importer.blocks;

import dev.hindsight.kernel.InvalidInput;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;

/**
 * An HTML document read into blocks, with a plain-text reading for their lines. Knows two exports teams keep
 * post-mortems in: Google Docs "Web page" (title in p.title, lists as flat ul.lst-kix_…-N whose suffix is the level,
 * styles as classes) and Confluence (h1#title-heading, information macros, inline task lists, confluenceTable).
 * Not thread-safe: one instance per document.
 */
public final class HtmlBlocks {
    static final int MAX_BYTES = 10 * 1024 * 1024;
    private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");
    private static final Set<String> STRUCTURE = Set.of("ul", "ol", "table", "pre", "blockquote", "h1", "h2", "h3",
            "h4", "h5", "h6");

    private final TextReading reading = new TextReading();
    private final HtmlText text;
    private final HtmlLists lists;
    /** Whether the "Notes" heading over the document's footnotes has been written. */
    private boolean notesHeading;

    private HtmlBlocks(Set<String> struckClasses) {
        this.text = new HtmlText(struckClasses);
        this.lists = new HtmlLists(this, text, reading);
    }

    /** An HTML document; its charset from its byte-order mark or meta tag, else UTF-8. */
    public static SourceText read(byte[] html) {
        if (html.length > MAX_BYTES) {
            throw InvalidInput.of("document", "the HTML file is larger than 10 MB (" + html.length + " bytes)");
        }
        Document document;
        try {
            document = Jsoup.parse(new ByteArrayInputStream(html), null, "");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        HtmlBlocks blocks = new HtmlBlocks(HtmlText.struckClasses(document));
        blocks.titleFromHead(document);
        blocks.nodes(document.body().childNodes(), 0, 0, 0);
        return blocks.reading.done("html");
    }

    /** HTML written inside a Markdown document: its blocks (their lines are the Markdown's to give). */
    static SourceText fragment(String html) {
        HtmlBlocks blocks = new HtmlBlocks(Set.of());
        blocks.nodes(Jsoup.parseBodyFragment(html).body().childNodes(), 0, 0, 0);
        return blocks.reading.done("html");
    }

    /** Whether HTML is nothing but comments (an unclosed one runs to the end, as in a browser). */
    static boolean onlyComments(String html) {
        int at = skipSpace(html, 0);
        while (html.startsWith("<!--", at)) {
            int end = html.indexOf("-->", at + 4);
            if (end < 0) {
                return true;
            }
            at = skipSpace(html, end + 3);
        }
        return at == html.length();
    }

    private static int skipSpace(String s, int from) {
        int at = from;
        while (at < s.length() && Character.isWhitespace(s.charAt(at))) {
            at++;
        }
        return at;
    }

    /** A document whose body states no title (no h1, no Google Docs title) has it only as the page's title. */
    private void titleFromHead(Document document) {
        boolean titled = document.body().selectFirst("h1") != null
                || document.body().select("p.title").stream().anyMatch(p -> !inConfluenceMacro(p));
        if (!titled && !document.title().isBlank()) {
            InlineText title = new InlineText(true);
            title.append(document.title(), false);
            reading.heading(1, title);
        }
    }

    /** Blocks from a run of nodes: inline nodes between block elements make a paragraph. */
    void nodes(List<Node> nodes, int listDepth, int quoteDepth, int depth) {
        List<Node> run = new ArrayList<>();
        for (Node node : nodes) {
            if (node instanceof Element e && HtmlText.isBlock(e)) {
                paragraph(run, quoteDepth);
                run.clear();
                element(e, listDepth, quoteDepth, depth + 1);
            } else if (!(node instanceof TextNode t && t.isBlank() && run.isEmpty())) {
                run.add(node);
            }
        }
        paragraph(run, quoteDepth);
    }

    private void paragraph(List<Node> run, int quoteDepth) {
        if (run.isEmpty()) {
            return;
        }
        List<Element> images = HtmlText.onlyImages(run);
        if (images.isEmpty()) {
            reading.paragraph(text.of(run), quoteDepth);
        }
        for (Element image : images) {
            List<String> links = new ArrayList<>();
            links.add(image.attr("src"));
            Element link = image.closest("a");
            if (link != null && HtmlText.target(link.attr("href")) != null) {
                links.add(HtmlText.target(link.attr("href")));
            }
            reading.image(image.attr("alt"), links.stream().filter(s -> !s.isBlank()).toList());
        }
    }

    private void element(Element e, int listDepth, int quoteDepth, int depth) {
        String tag = e.normalName();
        if (depth > HtmlText.MAX_DEPTH) {
            // Deeper than any real document nests: its text is kept as one paragraph rather than walked further.
            InlineText flat = new InlineText(true);
            flat.append(e.text(), false);
            reading.paragraph(flat, quoteDepth);
        } else if (e.id().equals("breadcrumb-section") || e.id().equals("footer") || e.hasClass("expand-control")) {
            reading.skip(e.text(), "Confluence page chrome");
        } else if (e.hasAttr(StatusFeed.SKIPPED)) {
            reading.skip(e.text(), e.attr(StatusFeed.SKIPPED));
        } else if (isGoogleDocsComment(e)) {
            reading.skip(e.text(), "Google Docs comment");
        } else if (isFootnotes(e) && !notesHeading) {
            // Footnotes close the document under the last section's heading; they are notes, not its content.
            notesHeading = true;
            InlineText notes = new InlineText(true);
            notes.append("Notes", false);
            reading.heading(2, notes);
            element(e, listDepth, quoteDepth, depth);
        } else if (HEADINGS.contains(tag)) {
            heading(e, tag.charAt(1) - '0', quoteDepth);
        } else if (tag.equals("p") && e.hasClass("title") && !inConfluenceMacro(e)) {
            heading(e, 1, quoteDepth);
        } else if (tag.equals("ul") || tag.equals("ol")) {
            lists.list(e, listDepth, quoteDepth, depth);
        } else if (tag.equals("li")) {
            lists.item(e, listDepth, "-", null, quoteDepth, depth);
        } else if (tag.equals("table")) {
            HtmlTables.read(e, text, reading, this, depth);
        } else if (tag.equals("pre")) {
            reading.code(e.wholeText(), language(e));
        } else if (tag.equals("blockquote")) {
            nodes(e.childNodes(), listDepth, quoteDepth + 1, depth);
        } else if (!tag.equals("hr")) {
            nodes(e.childNodes(), listDepth, quoteDepth, depth);
        }
    }

    private void heading(Element e, int level, int quoteDepth) {
        InlineText heading = text.of(List.of(e));
        if (e.id().equals("title-heading") && heading.text().contains(" : ")) {
            // Confluence titles the exported page "Space name : Page title".
            String title = heading.text().substring(heading.text().indexOf(" : ") + 3);
            heading = new InlineText(true);
            heading.append(title, false);
        }
        if (quoteDepth > 0) {
            reading.paragraph(heading, quoteDepth);
        } else {
            reading.heading(level, heading);
        }
    }

    /** Whether an element holds blocks of its own (a list, a table...), so it is not part of a list item's text. */
    static boolean holdsStructure(Element e) {
        for (Element d : e.getAllElements()) {
            if (STRUCTURE.contains(d.normalName())) {
                return true;
            }
        }
        return false;
    }

    /**
     * A comment a Google Docs export lists after the text: a div whose paragraph opens with a link back to the
     * comment's mark ("[a]"). What reviewers discussed is not what the document states.
     */
    private static boolean isGoogleDocsComment(Element e) {
        Element paragraph = e.normalName().equals("div") ? e.firstElementChild() : null;
        Element link = paragraph == null ? null : paragraph.firstElementChild();
        return link != null && link.normalName().equals("a") && HtmlText.isCommentMark(link.id(), "cmnt");
    }

    /**
     * The footnotes an export lists after the text: Google Docs writes each as a div whose paragraph opens with a
     * link back to its mark ("[1]", id ftnt1); Markdown converters write a section or div of class "footnotes".
     */
    private static boolean isFootnotes(Element e) {
        if (e.hasClass("footnotes") || e.attr("role").equals("doc-endnotes")) {
            return true;
        }
        Element paragraph = e.normalName().equals("div") ? e.firstElementChild() : null;
        Element link = paragraph == null ? null : paragraph.firstElementChild();
        return link != null && link.normalName().equals("a") && HtmlText.isCommentMark(link.id(), "ftnt");
    }

    private static boolean inConfluenceMacro(Element e) {
        return e.closest(".confluence-information-macro") != null;
    }

    private static String language(Element pre) {
        List<Element> candidates = new ArrayList<>(List.of(pre));
        candidates.addAll(pre.children());
        for (Element c : candidates) {
            for (String name : c.classNames()) {
                if (name.startsWith("language-")) {
                    return name.substring("language-".length());
                }
                if (name.startsWith("lang-")) {
                    return name.substring("lang-".length());
                }
            }
            String params = c.attr("data-syntaxhighlighter-params");
            int brush = params.indexOf("brush:");
            if (brush >= 0) {
                int end = params.indexOf(';', brush);
                return params.substring(brush + 6, end < 0 ? params.length() : end).strip();
            }
        }
        return "";
    }
}
