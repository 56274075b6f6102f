package dev.hindsight.bench;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.demo.DemoIncidents;
import dev.hindsight.incident.IncidentQuery;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * The work measured on each database, through {@link Incidents} as the web and CLI use it: create records,
 * read them back by id, list the first page, add a note to each. Records are the demo incidents with
 * numbered titles, so each is as large and as nested as a real post-mortem. Single-threaded on purpose:
 * the figure is the cost of one request, not how well the pool spreads load.
 */
final class StoreWorkload {

    private static final String AUTHOR = "bench";
    private static final IncidentQuery FIRST_PAGE = IncidentQuery.all().page(0, 50);
    private static final Instant NOTE_AT = Instant.parse("2026-11-23T12:00:00Z");

    private final List<PostMortem> templates = DemoIncidents.all(Conventions.defaults());
    private final BenchOptions options;

    StoreWorkload(BenchOptions options) {
        this.options = options;
    }

    /** Average size of a record's JSON document, to say what "a record" means in the figures. */
    int averageDocumentBytes() {
        return (int) templates.stream().mapToInt(t -> Json.write(t).length()).average()
                .orElse(0);
    }

    Figures run(Database database) {
        Incidents incidents = new Incidents(database, Conventions.defaults(), Clock.systemUTC());
        List<PostMortem> warm = createAll(incidents, options.warmUp(), "warm-up");
        readAll(incidents, warm);
        listPages(incidents, options.warmUp());
        updateAll(incidents, warm);

        long start = System.nanoTime();
        List<PostMortem> created = createAll(incidents, options.count(), "bench");
        double creates = perSecond(options.count(), start);

        List<PostMortem> shuffled = new ArrayList<>(created);
        Collections.shuffle(shuffled, new Random(42));
        start = System.nanoTime();
        readAll(incidents, shuffled);
        double reads = perSecond(shuffled.size(), start);

        int pages = Math.max(20, options.count() / 10);
        start = System.nanoTime();
        listPages(incidents, pages);
        double lists = perSecond(pages, start);

        start = System.nanoTime();
        updateAll(incidents, shuffled);
        double updates = perSecond(shuffled.size(), start);
        return new Figures(creates, reads, lists, updates);
    }

    private List<PostMortem> createAll(Incidents incidents, int n, String label) {
        List<PostMortem> created = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            PostMortem template = templates.get(i % templates.size());
            PostMortem record = template.toBuilder().title(template.title() + " (" + label + " " + (i + 1) + ")")
                    .build();
            created.add(incidents.create(record, AUTHOR));
        }
        return created;
    }

    private static void readAll(Incidents incidents, List<PostMortem> records) {
        for (PostMortem record : records) {
            if (incidents.get(record.id()).revision() < 1) {
                throw new IllegalStateException("read back an unstored record " + record.id());
            }
        }
    }

    private static void listPages(Incidents incidents, int times) {
        for (int i = 0; i < times; i++) {
            if (incidents.list(FIRST_PAGE).isEmpty()) {
                throw new IllegalStateException("the first page is empty");
            }
        }
    }

    /** Adds one note to each record: the commonest edit during and after an incident. */
    private static void updateAll(Incidents incidents, List<PostMortem> records) {
        for (PostMortem record : records) {
            PostMortem changed = record.toBuilder()
                    .event(TimelineEvent.note(NOTE_AT, "Follow-up reviewed in the weekly ops meeting."))
                    .build();
            incidents.update(record.id(), record.revision(), changed, AUTHOR);
        }
    }

    private static double perSecond(int operations, long startNanos) {
        double seconds = (System.nanoTime() - startNanos) / 1e9;
        return operations / seconds;
    }
}
