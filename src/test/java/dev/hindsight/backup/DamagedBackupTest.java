package dev.hindsight.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.IncidentQuery;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.Records;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Found by the hunt: a backup whose revision lacks its time or its record ("at": null, "record": null, as a
 * hand-edited or truncated file has) fails with a NullPointerException, which "hindsight restore" reports as "the
 * command failed unexpectedly", instead of the refusal naming the place that every other damage gets
 * (IncidentHistories.problemsIn reads v.record().revision() unchecked; the time is read unchecked when written).
 */
class DamagedBackupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRevisionWithoutItsTimeIsRefusedNamingItAndNothingIsRestored(DatabaseKind kind) throws Exception {
        assertRefusedNamingRevision(kind, "at");
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRevisionWithoutItsRecordIsRefusedNamingItAndNothingIsRestored(DatabaseKind kind) throws Exception {
        assertRefusedNamingRevision(kind, "record");
    }

    /**
     * A revision's list of changed fields is only shown (the history page), but it is kept as written: a hand-made
     * backup could put a million entries, or a megabyte in one, into every revision. The store writes at most 200
     * paths of the record's own fields.
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRevisionWhoseChangesNoSaveCouldHaveWrittenIsRefusedNamingThem(DatabaseKind kind) throws Exception {
        Path good = goodBackup();
        for (String damage : java.util.List.of("many", "long", "lines")) {
            JsonNode backup = Json.mapper().readTree(good.toFile());
            com.fasterxml.jackson.databind.node.ArrayNode changes = ((ObjectNode) backup.get("incidents").get(0)
                    .get("revisions").get(0)).putArray("changes");
            switch (damage) {
                case "many" -> java.util.stream.IntStream.range(0, 201).forEach(i -> changes.add("timeline[" + i + "]"));
                case "long" -> changes.add("x".repeat(1001));
                default -> changes.add("title\nForged line");
            }
            Path file = dir.resolve(damage + ".json");
            Json.mapper().writeValue(file.toFile(), backup);

            try (StoreUnderTest target = StoreUnderTest.of(kind)) {
                Incidents incidents = new Incidents(target.database(), Conventions.defaults(), CLOCK);
                Throwable thrown = catchThrowable(() -> new Backup(incidents, CLOCK).restore(file));

                assertThat(thrown).as(damage).isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(
                        e.problems().get(0).field()).startsWith("incidents[0].revisions[0].changes"));
                assertThat(incidents.list(IncidentQuery.all())).as("nothing restored").isEmpty();
            }
        }
    }

    private Path goodBackup() throws Exception {
        Path good = dir.resolve("good.json");
        try (StoreUnderTest source = StoreUnderTest.of(DatabaseKind.SQLITE)) {
            Incidents incidents = new Incidents(source.database(), Conventions.defaults(), CLOCK);
            incidents.create(Records.full(), "priya");
            new Backup(incidents, CLOCK).export(good);
        }
        return good;
    }

    /** Restores a good backup with {@code missing} of its first revision set to null. */
    private void assertRefusedNamingRevision(DatabaseKind kind, String missing) throws Exception {
        Path good = dir.resolve("good.json");
        try (StoreUnderTest source = StoreUnderTest.of(DatabaseKind.SQLITE)) {
            Incidents incidents = new Incidents(source.database(), Conventions.defaults(), CLOCK);
            incidents.create(Records.full(), "priya");
            new Backup(incidents, CLOCK).export(good);
        }
        JsonNode backup = Json.mapper().readTree(good.toFile());
        ((ObjectNode) backup.get("incidents").get(0).get("revisions").get(0)).putNull(missing);
        Path file = dir.resolve("damaged.json");
        Json.mapper().writeValue(file.toFile(), backup);

        try (StoreUnderTest target = StoreUnderTest.of(kind)) {
            Incidents incidents = new Incidents(target.database(), Conventions.defaults(), CLOCK);
            Throwable thrown = catchThrowable(() -> new Backup(incidents, CLOCK).restore(file));

            assertThat(thrown).as("refused naming the place").isInstanceOf(InvalidInput.class);
            assertThat(incidents.list(IncidentQuery.all())).as("nothing restored").isEmpty();
        }
    }
}
