package dev.hindsight.importer.blocks;

import java.nio.charset.StandardCharsets;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Entities;
import org.jsoup.parser.Parser;

/**
 * An issue exported from Jira as XML (RSS 0.92: {@code <rss><channel><item>}), as the page a person sees: the
 * issue's title a heading, its fields and custom fields "Label: value" lines ("Severity: Sev 2", "Impact start:
 * …"), its description (HTML escaped inside the XML) the page's body, its comments a section at the end. Jira's
 * own dates ("Tue, 3 Mar 2026 09:41:12 +0100") are written as ISO dates, and the ticket's life ("created",
 * "resolved") is labelled as the ticket's, so it is not read as the incident's. jsoup's XML parser reads no
 * document type: an entity declared there is never expanded. Thread-safe.
 */
final class JiraXml {
    private static final int LOOK = 64 * 1024;
    /**
     * The item's own fields worth a line, in order, and their labels ({@code importer/export-words.json}): the
     * ticket's dates are not the incident's.
     */
    private static final Map<String, String> FIELDS = ExportWords.WORDS.textByName("jiraFields");

    private JiraXml() {
    }

    /** Whether the content is Jira's XML export: an RSS document with an item, seen in its opening. */
    static boolean is(byte[] content) {
        String head = new String(content, 0, Math.min(content.length, LOOK), StandardCharsets.UTF_8);
        int rss = head.indexOf("<rss");
        if (rss < 0 || !head.contains("<item")) {
            return false;
        }
        // Only a prologue or whole comments stand before the root: "<rss" quoted in a page, or in a Markdown file's
        // code block after a template's "<!-- … -->" marker, is not one.
        String before = head.substring(0, rss).replace("\uFEFF", "").strip();
        while (!before.isEmpty()) {
            int end = before.startsWith("<?xml") ? before.indexOf("?>") + 2
                    : before.startsWith("<!--") ? before.indexOf("-->") + 3
                    : before.startsWith("<!DOCTYPE") ? doctypeEnd(before) : -1;
            if (end < 2) {
                return false;
            }
            before = before.substring(end).strip();
        }
        return true;
    }

    /** Where a document type declaration ends: after its internal subset's "]>" when it has one (never expanded). */
    private static int doctypeEnd(String text) {
        int close = text.indexOf('>');
        int subset = text.indexOf('[');
        return subset >= 0 && subset < close ? text.indexOf("]>") + 2 : close + 1;
    }

    /** The export as an HTML page {@link HtmlBlocks} reads. */
    static byte[] asHtml(String xml) {
        Document feed = Jsoup.parse(xml, "", Parser.xmlParser());
        StringBuilder page = new StringBuilder("<html><body>");
        for (Element item : feed.select("rss > channel > item")) {
            item(item, page);
        }
        return page.append("</body></html>").toString().getBytes(StandardCharsets.UTF_8);
    }

    private static void item(Element item, StringBuilder page) {
        page.append("<h1>").append(escaped(child(item, "title"))).append("</h1>");
        for (Map.Entry<String, String> field : FIELDS.entrySet()) {
            line(page, field.getValue(), child(item, field.getKey()));
        }
        String labels = String.join(", ", item.select("> labels > label").eachText());
        line(page, "Labels", labels);
        for (Element custom : item.select("> customfields > customfield")) {
            Element name = custom.selectFirst("> customfieldname");
            if (name != null) {
                line(page, name.text(), String.join(", ", custom.select("customfieldvalue").stream()
                        .map(v -> dated(v.text().strip())).toList()));
            }
        }
        page.append(child(item, "description"));
        String environment = child(item, "environment");
        if (!environment.isBlank()) {
            page.append("<h2>Environment</h2>").append(environment);
        }
        var comments = item.select("> comments > comment");
        if (!comments.isEmpty()) {
            page.append("<h2>Comments</h2>");
            for (Element comment : comments) {
                page.append("<p><b>").append(escaped(comment.attr("author") + ", " + dated(comment.attr("created"))))
                        .append(":</b></p>").append(comment.wholeText());
            }
        }
    }

    /** A child element's text as written: for the description and comments, the HTML Jira escaped into it. */
    private static String child(Element item, String name) {
        Element child = item.selectFirst("> " + name);
        return child == null ? "" : child.wholeText().strip();
    }

    private static void line(StringBuilder page, String label, String value) {
        if (!value.isBlank()) {
            page.append("<p>").append(escaped(label)).append(": ").append(escaped(dated(value))).append("</p>");
        }
    }

    /** Jira's RFC 1123 date as ISO ("2026-03-03T09:41:12+01:00"); any other value as it is. */
    private static String dated(String value) {
        try {
            return ExportedInstant.written(OffsetDateTime.parse(value.strip(), DateTimeFormatter.RFC_1123_DATE_TIME));
        } catch (DateTimeParseException e) {
            return value;
        }
    }

    private static String escaped(String text) {
        return Entities.escape(text);
    }
}
