package dev.hindsight.demo;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.IncidentQuery;
import dev.hindsight.incident.IncidentSummary;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemRules;
import dev.hindsight.incident.Status;
import dev.hindsight.store.Database;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The demo incidents are loaded into a real store, once only, and each is a complete, valid record. */
class DemoIncidentsTest {

    @TempDir
    Path dataDir;

    private Database db;
    private Incidents incidents;

    @BeforeEach
    void open() {
        db = Database.sqlite(dataDir);
        incidents = new Incidents(db, Conventions.defaults(),
                Clock.fixed(Instant.parse("2026-11-23T09:00:00Z"), ZoneOffset.UTC));
    }

    @AfterEach
    void close() {
        db.close();
    }

    @Test
    void loadingTheDemoTwiceStoresFiveIncidentsOnce() {
        int first = DemoIncidents.load(incidents, "demo");
        int second = DemoIncidents.load(incidents, "demo");

        assertThat(first).isEqualTo(5);
        assertThat(second).isZero();
        assertThat(incidents.count()).isEqualTo(5);
        assertThat(stored()).extracting(PostMortem::title).doesNotHaveDuplicates();
    }

    @Test
    void everyStoredDemoIncidentPassesTheRules() {
        DemoIncidents.load(incidents, "demo");
        PostMortemRules rules = new PostMortemRules(Conventions.defaults());

        assertThat(stored()).allSatisfy(record -> assertThat(rules.problems(record)).isEmpty());
    }

    @Test
    void everyDemoIncidentHasADurationFromItsStartedDetectedAndResolvedMilestones() {
        DemoIncidents.load(incidents, "demo");

        assertThat(stored()).allSatisfy(record -> {
            assertThat(record.startedAt()).isPresent();
            assertThat(record.detectedAt()).isPresent();
            assertThat(record.resolvedAt()).isPresent();
            assertThat(record.durationMinutes()).hasValueSatisfying(minutes -> assertThat(minutes).isPositive());
        });
    }

    @Test
    void theDemoCoversEveryStatusAndSeveralZonesAndSeverities() {
        DemoIncidents.load(incidents, "demo");
        List<PostMortem> records = stored();

        assertThat(records).extracting(PostMortem::status).contains(Status.values());
        assertThat(records).extracting(r -> r.timeZone().getId())
                .contains("America/Los_Angeles", "Europe/Berlin", "UTC");
        assertThat(records).extracting(r -> r.severity().level()).contains(1, 2, 3);
        assertThat(records).allSatisfy(r -> assertThat(r.id()).startsWith("INC-2026-"));
    }

    @Test
    void aTimelineAcrossADaylightSavingChangeShowsTheTrueElapsedTime() {
        DemoIncidents.load(incidents, "demo");

        record Crossing(TimelineEvent before, Timeline.Entry after) {
        }
        List<Crossing> crossings = new ArrayList<>();
        for (PostMortem record : stored()) {
            List<Timeline.Entry> entries = record.timeline().entries();
            for (int i = 1; i < entries.size(); i++) {
                TimelineEvent before = entries.get(i - 1).event();
                TimelineEvent after = entries.get(i).event();
                if (before.zone().equals(after.zone())
                        && !before.local().getOffset().equals(after.local().getOffset())) {
                    crossings.add(new Crossing(before, entries.get(i)));
                }
            }
        }

        assertThat(crossings).isNotEmpty().allSatisfy(c -> {
            Duration elapsed = Duration.between(c.before().at(), c.after().event().at());
            Duration onTheWallClock = Duration.between(c.before().local().toLocalDateTime(),
                    c.after().event().local().toLocalDateTime());
            assertThat(c.after().gap().duration()).isEqualTo(elapsed).isEqualTo(onTheWallClock.minusHours(1));
        });
        // Berlin, 29 March: 01:59 CET to 03:01 CEST reads as an hour on the clock but took two minutes.
        assertThat(crossings).extracting(c -> c.after().gapPhrase()).contains("2 minutes later");
    }

    private List<PostMortem> stored() {
        List<PostMortem> records = new ArrayList<>();
        for (IncidentSummary summary : incidents.list(IncidentQuery.all())) {
            records.add(incidents.get(summary.id()));
        }
        return records;
    }
}
