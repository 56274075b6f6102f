package dev.hindsight.backup;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.io.ByteArrayOutputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * A backup is the store at one moment, even while people write: never one incident as it was before a change
 * and another as it was after a later one.
 */
class BackupSnapshotTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);
    private static final int INCIDENTS = 12;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anExportDuringWritesIsOneMomentOfTheStore(DatabaseKind kind) throws Exception {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), CLOCK);
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < INCIDENTS; i++) {
                ids.add(incidents.create(PostMortem.draft("Outage " + i), "priya").id());
            }
            AtomicBoolean stop = new AtomicBoolean();
            ExecutorService writer = Executors.newSingleThreadExecutor();
            // Round after round, each incident in id order gets one more revision. At any one moment, then,
            // revisions never rise along the id order and differ by at most one from first to last.
            Future<Integer> rounds = writer.submit(() -> {
                int round = 1;
                while (!stop.get()) {
                    for (String id : ids) {
                        PostMortem current = incidents.get(id);
                        incidents.update(id, current.revision(), current.toBuilder()
                                .title("Outage " + id + " round " + round).build(), "priya");
                    }
                    round++;
                }
                return round;
            });
            try {
                for (int n = 0; n < 15; n++) {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    new Backup(incidents, CLOCK).export(out);
                    List<Integer> revisions = new ArrayList<>();
                    for (JsonNode incident : Json.mapper().readTree(out.toByteArray()).get("incidents")) {
                        JsonNode versions = incident.get("revisions");
                        revisions.add(versions.get(versions.size() - 1).get("revision").asInt());
                    }

                    assertThat(revisions).as("export " + n).hasSize(INCIDENTS).isSortedAccordingTo(
                            java.util.Comparator.reverseOrder());
                    assertThat(revisions.get(0) - revisions.get(INCIDENTS - 1)).as("export " + n + ": " + revisions)
                            .isBetween(0, 1);
                }
            } finally {
                stop.set(true);
                assertThat(rounds.get()).as("the writer kept writing").isGreaterThan(1);
                writer.shutdown();
            }
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void peopleGoOnSavingWhileABackupIsBeingRead(DatabaseKind kind) throws Exception {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), CLOCK);
            for (int i = 0; i < 3; i++) {
                incidents.create(PostMortem.draft("Outage " + i), "priya");
            }
            ExecutorService editor = Executors.newSingleThreadExecutor();
            List<String> savedDuringExport = new ArrayList<>();
            try {
                incidents.forEachHistory(history -> {
                    if (savedDuringExport.isEmpty()) {
                        // Another person saves while the export is in the middle of its read.
                        Future<String> saved = editor.submit(() ->
                                incidents.create(PostMortem.draft("Saved mid-backup"), "sam").id());
                        try {
                            savedDuringExport.add(saved.get(5, java.util.concurrent.TimeUnit.SECONDS));
                        } catch (Exception e) {
                            throw new AssertionError("a save during the export failed or waited", e);
                        }
                    }
                });
            } finally {
                editor.shutdown();
            }

            assertThat(savedDuringExport).hasSize(1);
            assertThat(incidents.get(savedDuringExport.get(0)).title()).isEqualTo("Saved mid-backup");
        }
    }
}
