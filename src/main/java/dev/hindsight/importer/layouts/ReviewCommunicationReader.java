package dev.hindsight.importer.layouts;

import dev.hindsight.importer.layouts.ReviewBlocks.Block;
import dev.hindsight.importer.layouts.ReviewBlocks.Item;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.RelatedIncident;
import dev.hindsight.metrics.Metric;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads how a review says the incident was communicated and what it points to: internal and external messages
 * ("2026-03-08 09:50 UTC - Status update 1 (via Slack #incidents)"), channels, effectiveness, customer
 * notifications, stakeholder briefings, the response metrics table, attachments, supporting documents and
 * links. Stateless.
 */
final class ReviewCommunicationReader {

    private static final Pattern VIA = Pattern.compile("^(.*?)\\s*\\(via ([^()]*)\\)$", Pattern.DOTALL);
    private static final List<String> MESSAGES = List.of("Initial notification sent", "Status update 1",
            "Status update 2", "Resolution notification");
    private static final List<String> CHANNELS = List.of("Slack #incidents", "Email distribution list",
            "Phone calls (if applicable)");
    private static final List<String> AUDIENCES = List.of("Executive briefing", "Customer success team", "Sales team");
    private static final List<String> DOCUMENTS = List.of("Incident timeline (detailed)", "Chat logs",
            "Monitoring graphs", "Log excerpts", "Configuration changes", "Code changes (if applicable)");
    private static final List<String> LINKS = List.of("Incident ticket", "Monitoring dashboard", "Action item tracker");

    private static final Pattern SPACES = Pattern.compile("\\s+");

    private ReviewCommunicationReader() {
    }

    /** @param day and zone: for message times written without a date or zone */
    static void read(ReviewSections sections, ReviewDraft draft, LocalDate day, ZoneId zone) {
        List<Block> internal = ReviewBlocks.blocks(sections.joined(new String[] {"Internal Communication"},
                new String[] {"Communication"}));
        List<Block> external = new ArrayList<>(ReviewBlocks.blocks(sections.lines("External Communication")));
        external.addAll(internal);
        List<Communication.Message> log = new ArrayList<>();
        items(internal, "Timeline").forEach(i -> message(i.text(), false, day, zone).ifPresent(log::add));
        List<String> channels = items(internal, "Channels Used").stream().map(Item::text)
                .filter(t -> !ReviewPlaceholders.isUnfilled(t)).toList();
        Block effectiveness = ReviewBlocks.block(internal, "Effectiveness");
        List<Item> effects = effectiveness == null ? List.of() : effectiveness.items();
        List<String> improvements = new ArrayList<>(ReviewValues.list(ReviewBlocks.value(effects, "Improvements needed")));
        effects.stream().filter(i -> i.is("Improvements needed")).findFirst()
                .ifPresent(i -> improvements.addAll(i.childTexts()));
        List<Item> customers = items(external, "Customer Notifications");
        Integer updates = ReviewValues.count(ReviewBlocks.value(customers, "Status page updates"))
                .map(Long::intValue).orElse(null);
        for (Item i : customers) {
            if (!i.is("Status page updates") && !i.is("Email notifications") && !i.is("Social media")) {
                message(i.text(), true, day, zone).ifPresent(log::add);
            }
        }
        List<Communication.Briefing> briefings = new ArrayList<>();
        for (Item i : items(external, "Stakeholder Communication")) {
            String when = ReviewPlaceholders.value(i.value());
            if (!ReviewPlaceholders.isUnfilled(i.label()) && !(when.isEmpty() && AUDIENCES.contains(i.label()))) {
                briefings.add(new Communication.Briefing(i.label(), when));
            }
        }
        draft.communication.log(log).channels(channels.equals(CHANNELS) ? List.of() : channels)
                .assessment(effectiveness == null ? "" : ReviewPlaceholders.value(effectiveness.value()))
                .whatWorked(ReviewBlocks.value(effects, "What worked"))
                .whatDidNot(ReviewBlocks.value(effects, "What didn't"))
                .improvements(improvements).statusPageUpdates(updates)
                .customerEmails(ReviewValues.yesNo(ReviewBlocks.value(customers, "Email notifications")))
                .socialMedia(ReviewValues.yesNo(ReviewBlocks.value(customers, "Social media")))
                .stakeholders(briefings);
        metrics(sections, draft);
        attachments(sections, draft);
    }

    private static List<Item> items(List<Block> blocks, String label) {
        Block b = ReviewBlocks.block(blocks, label);
        return b == null ? List.of() : b.items();
    }

    /** "time - message (via channel)"; the template's own "[HH:MM] - Status update 1" lines are none. */
    private static Optional<Communication.Message> message(String written, boolean external, LocalDate day,
                                                           ZoneId zone) {
        String text = Section.unescape(written.strip());
        Instant at = null;
        boolean placeholderTime = false;
        int dash = text.indexOf(" - ");
        if (dash > 0) {
            String when = text.substring(0, dash);
            Optional<ReviewValues.Stamp> stamp = ReviewValues.hasClock(when)
                    ? ReviewValues.stamp(when, day, zone) : Optional.empty();
            placeholderTime = ReviewPlaceholders.isUnfilled(when);
            if (stamp.isPresent() || placeholderTime) {
                at = stamp.map(ReviewValues.Stamp::at).orElse(null);
                text = text.substring(dash + 3).strip();
            }
        }
        String channel = "";
        Matcher via = VIA.matcher(text);
        if (via.matches()) {
            text = via.group(1).strip();
            channel = via.group(2).strip();
        }
        if (ReviewPlaceholders.isUnfilled(text) || placeholderTime && MESSAGES.contains(text) && channel.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Communication.Message(at, channel, external, text));
    }

    private static void metrics(ReviewSections sections, ReviewDraft draft) {
        for (Map<String, String> row : ReviewTables.read(sections.lines("Response Metrics"))) {
            String name = Section.normal(ReviewTables.cell(row, "Metric"));
            for (Metric metric : Metric.values()) {
                if (ReviewBlocks.normal(metric.label()).equals(name)) {
                    draft.stated(metric, ReviewTables.cell(row, "Actual", "Value"));
                }
            }
        }
    }

    private static void attachments(ReviewSections sections, ReviewDraft draft) {
        List<Link> attachments = new ArrayList<>();
        for (Block b : ReviewBlocks.blocks(sections.lines("Attachments"))) {
            for (Item i : b.items()) {
                Link link = ReviewValues.link(i.text());
                if (!link.name().isEmpty() || !link.url().isEmpty()) {
                    attachments.add(link);
                }
            }
        }
        draft.record.attachments(attachments);
        draft.record.supportingDocuments(ReviewFollowUpReader.checklist(
                ReviewBlocks.blocks(sections.lines("Supporting Documents")).get(0).items(), DOCUMENTS));
        List<Link> references = new ArrayList<>();
        List<RelatedIncident> related = new ArrayList<>();
        for (Item i : ReviewBlocks.blocks(sections.lines("Links")).get(0).items()) {
            if (i.is("Related incidents") || i.is("Related incident")) {
                ReviewValues.list(i.value()).forEach(r -> related.add(related(r)));
                i.childTexts().forEach(r -> related.add(related(r)));
                continue;
            }
            String text = Section.unescape(i.text());
            int colon = text.indexOf(": ");
            Link link = colon > 0 && !ReviewValues.looksLikeUrl(text.substring(0, colon))
                    ? new Link(text.substring(0, colon), ReviewPlaceholders.value(text.substring(colon + 2)))
                    : ReviewValues.link(text);
            if (!(link.url().isEmpty() && LINKS.contains(link.name())) && !ReviewPlaceholders.isUnfilled(text)) {
                references.add(link);
            }
        }
        draft.record.references(references).relatedIncidents(related);
    }

    /** "INC-2025-0107 https://... - same root cause": an id, a url, or both, and how it relates. */
    private static RelatedIncident related(String written) {
        String t = written.strip();
        String relation = "";
        int dash = t.startsWith("- ") ? 0 : t.indexOf(" - ");
        if (dash >= 0) {
            relation = t.substring(dash + (t.startsWith("- ") ? 2 : 3)).strip();
            t = t.substring(0, dash).strip();
        }
        String url = "";
        List<String> id = new ArrayList<>();
        for (String token : SPACES.split(t)) {
            Link link = ReviewValues.link(token);
            if (!link.url().isEmpty() && url.isEmpty()) {
                url = link.url();
                if (!link.name().isEmpty()) {
                    id.add(link.name());
                }
            } else if (!token.isBlank()) {
                id.add(token);
            }
        }
        return new RelatedIncident(String.join(" ", id), url, relation);
    }
}
