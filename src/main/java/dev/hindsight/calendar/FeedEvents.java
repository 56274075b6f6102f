package dev.hindsight.calendar;

import dev.hindsight.incident.Principal;
import dev.hindsight.store.Database;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The dates a feed holds, read from the tables kept beside each incident's current revision: action items
 * falling due ({@code action_items}), review meetings and follow-up reviews ({@code incident_dates}), and who
 * takes part ({@code incident_people}). Only incidents the feed's owner may see are read, with the same SQL
 * filter the incident list uses. Thread-safe.
 */
final class FeedEvents {

    /** The most events one feed holds; beyond it the oldest are left out. */
    static final int MAX_EVENTS = 2_000;
    /** How far back a feed reaches: recent history, not every item ever. */
    static final int DAYS_BACK = 90;
    /** How far ahead. */
    static final int DAYS_AHEAD = 2 * 366;

    /** Parts that make someone take part in an incident's review for a person feed. */
    private static final List<String> PERSON_PARTS = List.of("owner", "author", "reviewer", "attendee");

    private final Database database;

    FeedEvents(Database database) {
        this.database = database;
    }

    /**
     * The feed's events on {@code today}, newest first, at most {@link #MAX_EVENTS}.
     *
     * @param owner the owner's sight: the feed leaves out what they may not see now
     * @param links the incident pages' base ("https://hindsight.example.com"), no trailing slash
     */
    List<FeedEvent> read(FeedToken feed, Principal owner, LocalDate today, String links) {
        long from = today.minusDays(DAYS_BACK).toEpochDay();
        long to = today.plusDays(DAYS_AHEAD).toEpochDay();
        String who = (feed.kind() == FeedKind.TEAM ? feed.team() : feed.owner()).toLowerCase(Locale.ROOT);
        List<FeedEvent> events = new ArrayList<>();
        database.jdbi().useHandle(h -> {
            events.addAll(actionItems(h, feed.kind(), who, owner, from, to, links));
            events.addAll(reviewDates(h, feed.kind(), who, owner, from, to, links));
        });
        events.sort(Comparator.comparing(FeedEvent::day).reversed().thenComparing(FeedEvent::uid));
        return events.size() > MAX_EVENTS ? List.copyOf(events.subList(0, MAX_EVENTS)) : events;
    }

    /** The restricted-incident filter of the incident list, on the incident's alias {@code i}. */
    private static String visible(Principal owner) {
        return dev.hindsight.incident.Visibility.clause("i", owner);
    }

    private static Query bindSight(Query query, Principal owner) {
        return dev.hindsight.incident.Visibility.bind(query, owner);
    }

    private static List<FeedEvent> actionItems(Handle h, FeedKind kind, String who, Principal owner, long from,
                                               long to, String links) {
        String match = kind == FeedKind.TEAM ? "a.team_search = :who" : "a.owner_search = :who";
        Query query = h.createQuery("""
                        SELECT a.incident_id, a.position, a.item_key, a.title, a.owner, a.team, a.priority,
                               a.priority_label, a.status, a.due_day, i.title AS incident_title
                        FROM action_items a JOIN incidents i ON i.id = a.incident_id
                        WHERE\s""" + match + " AND a.due_day >= :from AND a.due_day <= :to" + visible(owner)
                        + " ORDER BY a.due_day DESC, a.incident_id, a.position LIMIT :limit")
                .bind("who", who).bind("from", from).bind("to", to).bind("limit", MAX_EVENTS);
        List<FeedEvent> items = bindSight(query, owner).map((rs, ctx) -> {
            String incident = rs.getString("incident_id");
            String key = rs.getString("item_key");
            int position = rs.getInt("position");
            String priority = label(rs.getString("priority"), rs.getString("priority_label"));
            return new FeedEvent(uid("action", incident, key == null || key.isBlank() ? "#" + position : key),
                    LocalDate.ofEpochDay(rs.getLong("due_day")),
                    "Due: " + rs.getString("title") + " (" + incident + ")",
                    lines("Incident: " + incident + " " + rs.getString("incident_title"),
                            "Action item: " + rs.getString("title"),
                            priority.isEmpty() ? null : "Priority: " + priority,
                            "Status: " + words(rs.getString("status")),
                            blankless("Owner: ", rs.getString("owner")), blankless("Team: ", rs.getString("team")),
                            page(links, incident)),
                    page(links, incident));
        }).list();
        return distinctUids(items);
    }

    private static List<FeedEvent> reviewDates(Handle h, FeedKind kind, String who, Principal owner, long from,
                                               long to, String links) {
        String people = kind == FeedKind.TEAM
                ? "SELECT incident_id FROM incident_people WHERE part = 'responder' AND team_search = :who"
                : "SELECT incident_id FROM incident_people WHERE person_search = :who AND part IN (<parts>)";
        Query query = h.createQuery("""
                        SELECT d.incident_id, d.position, d.kind, d.day, d.label, d.done, i.title AS incident_title
                        FROM incident_dates d JOIN incidents i ON i.id = d.incident_id
                        WHERE d.day >= :from AND d.day <= :to AND d.incident_id IN (""" + people + ")"
                        + visible(owner) + " ORDER BY d.day DESC, d.incident_id, d.position LIMIT :limit")
                .bind("who", who).bind("from", from).bind("to", to).bind("limit", MAX_EVENTS);
        if (kind != FeedKind.TEAM) {
            query.bindList("parts", PERSON_PARTS);
        }
        return bindSight(query, owner).map((rs, ctx) -> {
            String incident = rs.getString("incident_id");
            String title = rs.getString("incident_title");
            String label = rs.getString("label");
            boolean followUp = "follow_up".equals(rs.getString("kind"));
            boolean done = rs.getInt("done") != 0;
            String summary = followUp
                    ? "Follow-up review: " + (label == null || label.isBlank() ? title : label) + " (" + incident + ")"
                    : "Review meeting: " + title + " (" + incident + ")";
            return new FeedEvent(uid(followUp ? "follow-up" : "review", incident, "#" + rs.getInt("position")),
                    LocalDate.ofEpochDay(rs.getLong("day")), summary,
                    lines("Incident: " + incident + " " + title, followUp ? blankless("Focus: ", label) : null,
                            done ? "Status: held" : "Status: planned", page(links, incident)),
                    page(links, incident));
        }).list();
    }

    /**
     * A UID that stays with the item: the incident, what the entry is, and the item's own key. Hashed, so any
     * characters a key holds make a UID of letters and digits.
     */
    static String uid(String what, String incident, String key) {
        String digest = dev.hindsight.auth.Digest.sha256(what + "\u0000" + incident + "\u0000" + key);
        return what + "-" + digest.substring(0, 32) + "@hindsight";
    }

    /** Two items of one incident with the same key (an imported document may have them) keep apart. */
    private static List<FeedEvent> distinctUids(List<FeedEvent> events) {
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<FeedEvent> distinct = new ArrayList<>(events.size());
        for (FeedEvent e : events) {
            String uid = e.uid();
            for (int n = 2; !seen.add(uid); n++) {
                uid = e.uid().replace("@", "-" + n + "@");
            }
            distinct.add(uid.equals(e.uid()) ? e : new FeedEvent(uid, e.day(), e.summary(), e.description(), e.url()));
        }
        return distinct;
    }

    private static String label(String priority, String label) {
        if (priority == null || priority.isBlank()) {
            return "";
        }
        return label == null || label.isBlank() || label.equals(priority) ? priority : priority + " (" + label + ")";
    }

    private static String words(String code) {
        return code == null ? "" : code.replace('_', ' ');
    }

    private static String blankless(String prefix, String value) {
        return value == null || value.isBlank() ? null : prefix + value;
    }

    private static String lines(String... lines) {
        StringBuilder text = new StringBuilder();
        for (String line : lines) {
            if (line != null && !line.isEmpty()) {
                text.append(text.isEmpty() ? "" : "\n").append(line);
            }
        }
        return text.toString();
    }

    static String page(String links, String incident) {
        return links + "/incidents/" + URLEncoder.encode(incident, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
