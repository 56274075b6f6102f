package dev.hindsight.mail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The words of each mail: a subject naming the incident's id and title, a plain-text body with a link to the
 * incident's page, and the same as escaped HTML. Text from incidents and people goes into the HTML only escaped,
 * and into the subject only as one line (see {@link Notice}). Immutable.
 */
public final class NoticeText {

    private final String site;

    /** @param site the address people open Hindsight at, such as https://hindsight.example.com */
    public NoticeText(URI site) {
        String text = Objects.requireNonNull(site, "site is null").toString();
        this.site = text.endsWith("/") ? text.substring(0, text.length() - 1) : text;
    }

    /** One line of a digest: an incident, and what about it. */
    public record DigestLine(String incidentId, String incidentTitle, String what) {
    }

    /** The mail about one event to one person, or null for an event type nobody is mailed about. */
    public Notice forEvent(String address, String type, String actor, ObjectNode data) {
        JsonNode incident = data.path("incident");
        String id = incident.path("id").asText("");
        String title = incident.path("title").asText("");
        String who = actor == null || actor.isBlank() ? "Someone" : actor;
        String subject;
        String lead;
        switch (type) {
            case "review.requested" -> {
                subject = "review requested";
                lead = who + " asked you to review the post-mortem of " + id + " \"" + title + "\".";
            }
            case "review.approved" -> {
                subject = "approved by " + reviewer(data, who);
                lead = reviewer(data, who) + " approved the post-mortem of " + id + " \"" + title + "\"."
                        + comment(data);
            }
            case "review.changes_requested" -> {
                subject = "changes requested by " + reviewer(data, who);
                lead = reviewer(data, who) + " asked for changes to the post-mortem of " + id + " \"" + title
                        + "\"." + comment(data);
            }
            case "action_item.overdue" -> {
                JsonNode item = data.path("item");
                subject = "action item overdue: " + item.path("title").asText("");
                lead = "Your action item " + item.path("key").asText("") + " \"" + item.path("title").asText("")
                        + "\" on " + id + " \"" + title + "\" was due on " + item.path("dueDate").asText("?")
                        + " and is not done.";
            }
            default -> {
                return null;
            }
        }
        String link = incidentLink(id);
        String text = lead + "\n\nOpen it: " + link + "\n\n" + footer();
        String html = "<p>" + escape(lead).replace("\n", "<br>") + "</p>\n<p><a href=\"" + escape(link) + "\">Open "
                + escape(id) + "</a></p>\n<p style=\"color:#666\">" + escape(footer()) + "</p>\n";
        return new Notice(address, "[Hindsight] " + id + " " + title + ": " + subject, text, html);
    }

    /** The daily digest for one person, or null when there is nothing to tell. */
    public Notice digest(String address, LocalDate day, List<DigestLine> overdue, List<DigestLine> open,
                         List<DigestLine> reviews, List<DigestLine> dates) {
        if (overdue.isEmpty() && open.isEmpty() && reviews.isEmpty() && dates.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder("Your Hindsight digest for " + day + ".\n");
        StringBuilder html = new StringBuilder("<p>Your Hindsight digest for " + day + ".</p>\n");
        section(text, html, "Overdue action items", overdue);
        section(text, html, "Your other open action items", open);
        section(text, html, "Reviews waiting on you", reviews);
        section(text, html, "Review meetings and follow-up reviews in the next 7 days", dates);
        text.append("\n").append(footer());
        html.append("<p style=\"color:#666\">").append(escape(footer())).append("</p>\n");
        return new Notice(address, "[Hindsight] Digest for " + day + ": " + overdue.size() + " overdue, "
                + open.size() + " open, " + reviews.size() + " to review", text.toString(), html.toString());
    }

    private void section(StringBuilder text, StringBuilder html, String heading, List<DigestLine> lines) {
        if (lines.isEmpty()) {
            return;
        }
        text.append("\n").append(heading).append(":\n");
        html.append("<h3>").append(escape(heading)).append("</h3>\n<ul>\n");
        for (DigestLine line : lines) {
            String link = incidentLink(line.incidentId());
            text.append("- ").append(line.incidentId()).append(" \"").append(Notice.oneLine(line.incidentTitle()))
                    .append("\": ").append(Notice.oneLine(line.what())).append("\n  ").append(link).append("\n");
            html.append("<li><a href=\"").append(escape(link)).append("\">").append(escape(line.incidentId()))
                    .append("</a> ").append(escape(line.incidentTitle())).append(": ").append(escape(line.what()))
                    .append("</li>\n");
        }
        html.append("</ul>\n");
    }

    private static String reviewer(ObjectNode data, String fallback) {
        String name = data.path("reviewer").path("name").asText("");
        return name.isBlank() ? fallback : name;
    }

    private static String comment(ObjectNode data) {
        String comment = data.path("comment").asText("");
        if (comment.isBlank()) {
            comment = data.path("reviewer").path("comment").asText("");
        }
        return comment.isBlank() ? "" : "\n\nTheir comment:\n" + (comment.length() > 2000
                ? comment.substring(0, 2000) + "…" : comment);
    }

    private String footer() {
        return "You get this mail from Hindsight because of your settings; change them at " + site + "/account";
    }

    /** The incident page's address; the id is encoded as a path segment, whatever it holds. */
    String incidentLink(String id) {
        return site + "/incidents/" + URLEncoder.encode(id, StandardCharsets.UTF_8).replace("+", "%20");
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
