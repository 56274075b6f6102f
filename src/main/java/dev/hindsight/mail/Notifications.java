package dev.hindsight.mail;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.IncidentEvent;
import dev.hindsight.incident.IncidentEvents;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;

/**
 * Turns what happened to incidents (table incident_events) into mails in the {@link Outbox}: review requests to
 * the reviewers, verdicts to the incident's owners and authors, overdue items to their owner. Each event is mailed
 * once per person: the outbox keeps one mail per (event id, account), so reading an event again, here or on another
 * node, adds nothing. Nobody is mailed about their own doing, without an address, against their preferences, or
 * about an incident they may not see. Thread-safe.
 */
public final class Notifications {

    /** The kinds of event anyone is mailed about. */
    static final List<String> TYPES = List.of("review.requested", "review.approved", "review.changes_requested",
            "action_item.overdue");
    /**
     * Events this recent are read again on the next pass: a transaction (on another node, with its own clock) can
     * commit an event stamped a little before one already read.
     */
    static final Duration SETTLE = Duration.ofMinutes(5);
    private static final int BATCH = 500;
    private static final int MAX_BATCHES = 20;
    private static final String CURSOR = "events";

    private final Database database;
    private final Clock clock;
    private final Outbox outbox;
    private final Subscribers subscribers;
    private final Readership readership;
    private final NoticeText words;

    public Notifications(Database database, Clock clock, Outbox outbox, NoticeText words) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.outbox = Objects.requireNonNull(outbox, "outbox is null");
        this.words = Objects.requireNonNull(words, "words is null");
        this.subscribers = new Subscribers(database, clock);
        this.readership = new Readership(database);
    }

    private record Cursor(long occurredAt, String eventId) {
    }

    /**
     * Reads the events since the last pass and puts their mails in the outbox. The first pass ever starts from now:
     * events from before mail was set up are not mailed. Returns how many mails went in.
     */
    public int fanOut() {
        long now = clock.millis();
        Cursor cursor = cursor(now);
        int added = 0;
        Cursor settled = cursor;
        Cursor read = cursor;
        // Batches until the events run out, so a burst larger than one batch inside the settling window is not
        // read again and again in place of what follows it.
        for (int batch = 0; batch < MAX_BATCHES; batch++) {
            List<IncidentEvent> events = after(read);
            for (IncidentEvent event : events) {
                added += mail(event);
                read = new Cursor(event.occurredAt().toEpochMilli(), event.eventId());
                if (event.occurredAt().toEpochMilli() <= now - SETTLE.toMillis()) {
                    settled = read;
                }
            }
            if (events.size() < BATCH) {
                break;
            }
        }
        if (!settled.equals(cursor)) {
            Cursor next = settled;
            database.jdbi().useHandle(h -> h.createUpdate(
                            "UPDATE mail_fanout SET occurred_at = :at, event_id = :id WHERE name = :name")
                    .bind("at", next.occurredAt()).bind("id", next.eventId()).bind("name", CURSOR).execute());
        }
        return added;
    }

    private List<IncidentEvent> after(Cursor cursor) {
        return database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT * FROM incident_events
                        WHERE type IN (<types>)
                          AND (occurred_at > :at OR (occurred_at = :at AND event_id > :id))
                        ORDER BY occurred_at, event_id LIMIT :batch""")
                .bindList("types", TYPES).bind("at", cursor.occurredAt()).bind("id", cursor.eventId())
                .bind("batch", BATCH)
                .map((rs, ctx) -> IncidentEvents.read(rs)).list());
    }

    private Cursor cursor(long now) {
        return database.jdbi().inTransaction(h -> {
            h.createUpdate("""
                    INSERT INTO mail_fanout (name, occurred_at, event_id) VALUES (:name, :at, '')
                    ON CONFLICT (name) DO NOTHING""")
                    .bind("name", CURSOR).bind("at", now - SETTLE.toMillis()).execute();
            return h.createQuery("SELECT occurred_at, event_id FROM mail_fanout WHERE name = :name")
                    .bind("name", CURSOR).map((rs, ctx) -> new Cursor(rs.getLong("occurred_at"),
                            rs.getString("event_id"))).one();
        });
    }

    private int mail(IncidentEvent event) {
        Optional<Access> access = readership.of(event.incidentId());
        if (access.isEmpty()) {
            return 0;
        }
        int added = 0;
        String actor = event.actor() == null ? "" : event.actor().strip().toLowerCase(Locale.ROOT);
        for (Subscriber person : subscribers.named(recipients(event))) {
            boolean self = person.account().toLowerCase(Locale.ROOT).equals(actor)
                    && !event.type().equals("action_item.overdue");
            if (self || !person.preferences().wants(event.type()) || !access.get().allows(person.principal())) {
                continue;
            }
            Notice notice = words.forEvent(person.preferences().address(), event.type(), event.actor(), event.data());
            if (notice != null && outbox.add(event.eventId(), person.account(), notice)) {
                added++;
            }
        }
        return added;
    }

    /** The names (account names, else people's names) an event concerns. */
    private List<String> recipients(IncidentEvent event) {
        List<String> names = new ArrayList<>();
        switch (event.type()) {
            case "review.requested" -> {
                for (JsonNode reviewer : event.data().path("reviewers")) {
                    String account = reviewer.path("account").asText("");
                    names.add(account.isBlank() ? reviewer.path("name").asText("") : account);
                }
            }
            case "review.approved", "review.changes_requested" -> names.addAll(database.jdbi().withHandle(h ->
                    h.createQuery("""
                                    SELECT person_search FROM incident_people
                                    WHERE incident_id = :id AND part IN ('owner', 'author')""")
                            .bind("id", event.incidentId()).mapTo(String.class).list()));
            case "action_item.overdue" -> names.add(event.data().path("item").path("owner").asText(""));
            default -> {
                // not mailed
            }
        }
        return names;
    }
}
