package dev.hindsight.importer.blocks;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;
import org.jsoup.parser.Parser;

/**
 * A Confluence page in its storage format, as the REST API and space exports give it: XHTML without a root element,
 * with Confluence's own elements for what the editor inserts ({@code <ac:structured-macro>} for a status lozenge or
 * an info panel, {@code <ac:task-list>} for a checklist, {@code <ri:user>} for a mention, {@code <time datetime>}
 * for a date). Read as the HTML those elements show on the page, then as any HTML document: a status lozenge is its
 * title ("SEV 2"), a mention its user name, a date its date, a task list the checklist the HTML export writes.
 * The page's XML is parsed leniently: storage format declares none of its prefixes.
 */
final class ConfluenceStorage {

    /** How far into a document to look for Confluence's elements before deciding it is not storage format. */
    private static final int LOOK = 64 * 1024;

    /** The elements that read their children themselves. */
    private static final java.util.Set<String> READERS = java.util.Set.of("ac:structured-macro", "ac:macro",
            "ac:link", "ac:task");

    private ConfluenceStorage() {
    }

    /**
     * Whether the text is storage format: it opens with an element (not a comment or a doctype, which Markdown and
     * HTML open with) and uses Confluence's own elements near the start.
     */
    static boolean is(byte[] content) {
        return is(new String(content, 0, Math.min(content.length, LOOK), StandardCharsets.UTF_8));
    }

    private static boolean is(String text) {
        int at = 0;
        while (at < text.length() && (Character.isWhitespace(text.charAt(at)) || text.charAt(at) == '\uFEFF')) {
            at++;
        }
        if (at + 1 >= text.length() || text.charAt(at) != '<' || !Character.isLetter(text.charAt(at + 1))) {
            return false;
        }
        return text.contains("<ac:") || text.contains("<ri:"); // the caller gave the opening LOOK characters
    }

    /** The page as the HTML Confluence shows: a body {@link HtmlBlocks} reads. */
    static byte[] asHtml(String storage) {
        Document page = Jsoup.parse(storage, "", Parser.xmlParser());
        // Innermost first: a mention inside a task inside a panel is settled before the task and the panel. A
        // macro's parameters and bodies, a link's target and a task's parts are left to the element they belong to.
        List<Element> all = page.getAllElements();
        for (int i = all.size() - 1; i >= 0; i--) {
            Element e = all.get(i);
            if (e.parent() != null && !READERS.contains(e.parent().tagName())) {
                shown(e);
            }
        }
        return ("<html><body>" + page.html() + "</body></html>").getBytes(StandardCharsets.UTF_8);
    }

    /** Replaces one of Confluence's elements by what the page shows for it. */
    private static void shown(Element e) {
        switch (e.tagName()) {
            case "time" -> e.replaceWith(new TextNode(e.attr("datetime")));
            case "ac:structured-macro", "ac:macro" -> macro(e);
            case "ac:task-list" -> {
                e.tagName("ul");
                e.addClass("inline-task-list");
            }
            case "ac:task" -> {
                Element status = e.selectFirst("> ac|task-status");
                Element body = e.selectFirst("> ac|task-body");
                Element item = new Element("li");
                if (status != null && status.text().strip().equals("complete")) {
                    item.addClass("checked");
                }
                if (body != null) {
                    item.appendChildren(body.childNodesCopy());
                }
                e.replaceWith(item);
            }
            case "ac:link" -> e.replaceWith(new TextNode(linked(e)));
            case "ac:emoticon", "ac:image", "ac:placeholder" -> e.remove();
            default -> {
                if (e.tagName().startsWith("ac:") || e.tagName().startsWith("ri:")) {
                    e.unwrap(); // a layout's sections and cells, a rich-text body: their content as it stands
                }
            }
        }
    }

    /**
     * A macro: a status lozenge is its title; a panel (info, note, warning, tip, panel, expand) its body as an
     * information macro, as the HTML export writes it; code its text as a block; a macro that only shows
     * something Confluence makes (a table of contents, a Jira chart) nothing.
     */
    private static void macro(Element e) {
        String name = e.attr("ac:name");
        if (name.equals("status")) {
            e.replaceWith(new TextNode(parameter(e, "title")));
            return;
        }
        Element plain = e.selectFirst("> ac|plain-text-body");
        if (plain != null) {
            Element pre = new Element("pre");
            pre.appendText(plain.wholeText());
            e.replaceWith(pre);
            return;
        }
        Element rich = e.selectFirst("> ac|rich-text-body");
        if (rich == null) {
            e.remove();
            return;
        }
        Element panel = new Element("div").addClass("confluence-information-macro");
        String title = parameter(e, "title");
        if (!title.isBlank()) {
            panel.appendElement("p").appendElement("strong").appendText(title);
        }
        panel.appendChildren(rich.childNodesCopy());
        e.replaceWith(panel);
    }

    private static String parameter(Element macro, String name) {
        for (Element p : macro.children()) {
            if (p.tagName().equals("ac:parameter") && p.attr("ac:name").equals(name)) {
                return p.text().strip();
            }
        }
        return "";
    }

    /**
     * What a link shows: its own text when it has one, else what it points at, as the page names it: a user as
     * "@" and their user name (a cloud page's account id names no one, so it shows as "@user"), a page by title,
     * an attachment by file name.
     */
    private static String linked(Element link) {
        Element body = link.selectFirst("> ac|plain-text-link-body, > ac|link-body");
        if (body != null && !body.text().isBlank()) {
            return body.text().strip();
        }
        Element user = link.selectFirst("> ri|user");
        if (user != null) {
            String name = user.attr("ri:username");
            return "@" + (name.isBlank() ? "user" : name);
        }
        Element page = link.selectFirst("> ri|page");
        if (page != null) {
            return page.attr("ri:content-title");
        }
        Element attachment = link.selectFirst("> ri|attachment");
        return attachment == null ? "" : attachment.attr("ri:filename");
    }
}
