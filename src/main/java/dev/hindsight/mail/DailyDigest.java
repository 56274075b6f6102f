package dev.hindsight.mail;

import dev.hindsight.store.Database;
import java.time.LocalDate;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.json.Json;
import dev.hindsight.review.ReviewState;
import dev.hindsight.incident.ReaderScope;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * Each day, one mail per person who asked for it: their overdue and other open action items, and the reviews
 * waiting on them, only from incidents they may see. Someone with nothing to do gets no mail that day. The outbox
 * keeps one digest per person and day, so a second run of the same day (another node, a retry) adds nothing.
 * Thread-safe.
 */
public final class DailyDigest {

    /** Lines per section: a digest is a reminder, not a report; the page lists everything. */
    static final int LINES_MAX = 50;


    private final Database database;
    private final Outbox outbox;
    private final Subscribers subscribers;
    private final NoticeText words;

    public DailyDigest(Database database, java.time.Clock clock, Outbox outbox, NoticeText words) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.outbox = Objects.requireNonNull(outbox, "outbox is null");
        this.words = Objects.requireNonNull(words, "words is null");
        this.subscribers = new Subscribers(database, clock);
    }

    /** Puts the day's digests in the outbox; returns how many went in. */
    public int compose(LocalDate today) {
        int added = 0;
        for (Subscriber person : subscribers.digestReaders()) {
            // Restricted incidents only for those named on them, as the incident list filters them.
            Principal principals = Principal.of(person.account(), person.groups());
            String me = person.account().toLowerCase(Locale.ROOT);
            List<NoticeText.DigestLine> overdue = new ArrayList<>();
            List<NoticeText.DigestLine> open = new ArrayList<>();
            for (Item item : items(me, principals)) {
                boolean late = item.dueDay() != null && item.dueDay() < today.toEpochDay();
                String due = item.dueDay() == null ? "no due date" : "due " + LocalDate.ofEpochDay(item.dueDay());
                NoticeText.DigestLine line = new NoticeText.DigestLine(item.incidentId(), item.incidentTitle(),
                        item.key() + " " + item.title() + " (" + item.status().replace('_', ' ') + ", " + due + ")");
                (late ? overdue : open).add(line);
            }
            Notice notice = words.digest(person.preferences().address(), today, cap(overdue), cap(open),
                    reviews(me, principals), dates(me, principals, today));
            if (notice != null && outbox.add("digest:" + today, person.account(), notice)) {
                added++;
            }
        }
        return added;
    }

    private record Item(String incidentId, String incidentTitle, String key, String title, String status,
                        Long dueDay) {
    }

    private List<Item> items(String me, Principal principals) {
        ReaderScope scope = ReaderScope.of(principals);
        return database.jdbi().withHandle(h -> scope.bindTo(h.createQuery("""
                        SELECT a.incident_id, i.title AS incident_title, a.item_key, a.title, a.status, a.due_day
                        FROM action_items a JOIN incidents i ON i.id = a.incident_id
                        WHERE a.owner_search = :me AND a.status <> 'done'""" + " AND " + scope.condition("i") + """

                        ORDER BY CASE WHEN a.due_day IS NULL THEN 1 ELSE 0 END, a.due_day, a.incident_id, a.position
                        LIMIT :max"""))
                .bind("me", me).bind("max", 4 * LINES_MAX)
                .map((rs, ctx) -> {
                    long due = rs.getLong("due_day");
                    Long dueDay = rs.wasNull() ? null : due;
                    return new Item(rs.getString("incident_id"), rs.getString("incident_title"),
                            rs.getString("item_key"), rs.getString("title"), rs.getString("status"), dueDay);
                }).list());
    }

    /** In-review incidents where the person's verdict is still to give, or was given to an older revision. */
    private List<NoticeText.DigestLine> reviews(String me, Principal principals) {
        ReaderScope scope = ReaderScope.of(principals);
        List<String> documents = database.jdbi().withHandle(h -> scope.bindTo(h.createQuery("""
                        SELECT DISTINCT i.id, i.document FROM incident_people p JOIN incidents i ON i.id = p.incident_id
                        WHERE p.person_search = :me AND p.part = 'reviewer' AND i.status = 'in_review'"""
                        + " AND " + scope.condition("i")
                        + """

                        ORDER BY i.id LIMIT :max"""))
                .bind("me", me).bind("max", LINES_MAX).map((rs, ctx) -> rs.getString("document")).list());
        List<NoticeText.DigestLine> out = new ArrayList<>();
        for (String document : documents) {
            PostMortem record = Json.read(document, PostMortem.class);
            record.reviewers().stream()
                    .filter(r -> r.isAnsweredBy(me) || r.name().equalsIgnoreCase(me))
                    .filter(r -> r.state() == ReviewState.NOT_REVIEWED || r.outdated())
                    .findFirst()
                    .ifPresent(r -> out.add(new NoticeText.DigestLine(record.id(), record.title(),
                            r.outdated() ? "your verdict was given to an older revision" : "waiting for your review")));
        }
        return out;
    }

    /** Meetings and follow-ups of the coming week, of incidents the person owns, wrote, reviews or attends. */
    private List<NoticeText.DigestLine> dates(String me, Principal principals, LocalDate today) {
        ReaderScope scope = ReaderScope.of(principals);
        return database.jdbi().withHandle(h -> scope.bindTo(h.createQuery("""
                        SELECT DISTINCT d.incident_id, i.title, d.kind, d.day, d.label, d.position
                        FROM incident_dates d JOIN incidents i ON i.id = d.incident_id
                        WHERE d.done = 0 AND d.day >= :from AND d.day <= :to
                          AND d.incident_id IN (SELECT incident_id FROM incident_people WHERE person_search = :me
                                                AND part IN ('owner', 'author', 'reviewer', 'attendee'))"""
                        + " AND " + scope.condition("i") + """

                        ORDER BY d.day, d.incident_id, d.position LIMIT :max"""))
                .bind("me", me).bind("from", today.toEpochDay()).bind("to", today.plusDays(6).toEpochDay())
                .bind("max", LINES_MAX)
                .map((rs, ctx) -> new NoticeText.DigestLine(rs.getString("incident_id"), rs.getString("title"),
                        ("review_meeting".equals(rs.getString("kind")) ? "review meeting" : "follow-up review: "
                                + rs.getString("label")) + " on " + LocalDate.ofEpochDay(rs.getLong("day"))))
                .list());
    }

    private static List<NoticeText.DigestLine> cap(List<NoticeText.DigestLine> lines) {
        return lines.size() <= LINES_MAX ? lines : lines.subList(0, LINES_MAX);
    }
}
