package dev.hindsight.backup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Records;
import dev.hindsight.incident.Status;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BackupTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({"SQLITE, POSTGRESQL", "POSTGRESQL, SQLITE"})
    void aBackupRestoredIntoTheOtherKindOfStoreExportsIdentically(DatabaseKind from, DatabaseKind to) throws Exception {
        Path first = dir.resolve("first.json");
        Path second = dir.resolve("second.json");
        try (StoreUnderTest source = StoreUnderTest.of(from)) {
            Incidents incidents = new Incidents(source.database(), Conventions.defaults(), CLOCK);
            PostMortem full = incidents.create(Records.full(), "priya");
            incidents.update(full.id(), 1, full.toBuilder().status(Status.DRAFT).build(), "jonas");
            incidents.create(PostMortem.draft("A draft with almost nothing in it"), "ana");
            incidents.create(Records.full("Imported").toBuilder().id("SEV-0042").build(), "importer");
            assertThat(new Backup(incidents, CLOCK).export(first)).isEqualTo(3);
        }
        try (StoreUnderTest target = StoreUnderTest.of(to)) {
            Incidents incidents = new Incidents(target.database(), Conventions.defaults(), CLOCK);
            assertThat(new Backup(incidents, CLOCK).restore(first)).isEqualTo(3);
            new Backup(incidents, CLOCK).export(second);

            assertThat(Files.readString(second)).isEqualTo(Files.readString(first));
            assertThat(incidents.history("INC-2026-0001")).hasSize(2);
            assertThat(incidents.get("INC-2026-0001").status()).isEqualTo(Status.DRAFT);
            // Numbers keep counting from where the old store was.
            assertThat(incidents.create(PostMortem.draft("After restore"), "priya").id()).isEqualTo("INC-2026-0003");
        }
    }

    @ParameterizedTest
    @CsvSource({"SQLITE", "POSTGRESQL"})
    void restoreIntoAStoreThatHoldsIncidentsIsRefused(DatabaseKind kind) throws Exception {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), CLOCK);
            incidents.create(PostMortem.draft("Already here"), "priya");
            Path file = dir.resolve("backup.json");
            new Backup(incidents, CLOCK).export(file);

            assertThatThrownBy(() -> new Backup(incidents, CLOCK).restore(file))
                    .isInstanceOf(InvalidInput.class).hasMessageContaining("empty store");
        }
    }

    @ParameterizedTest
    @CsvSource({"SQLITE", "POSTGRESQL"})
    void aBackupThatBreaksTheRulesRestoresNothing(DatabaseKind kind) throws Exception {
        Path good = dir.resolve("good.json");
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), CLOCK);
            incidents.create(Records.full(), "priya");
            incidents.create(Records.full("Second"), "priya");
            new Backup(incidents, CLOCK).export(good);
        }
        String text = Files.readString(good);
        Path repeated = dir.resolve("repeated.json");
        Files.writeString(repeated, text.replace("\"id\" : \"INC-2026-0002\"", "\"id\" : \"INC-2026-0001\""));
        Path hostile = dir.resolve("hostile.json");
        int lastUrl = text.lastIndexOf("https://wiki.example.com/tls");
        Files.writeString(hostile, text.substring(0, lastUrl) + "javascript:alert(1)"
                + text.substring(lastUrl + "https://wiki.example.com/tls".length()));

        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), CLOCK);
            assertThatThrownBy(() -> new Backup(incidents, CLOCK).restore(repeated))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                            .anyMatch(p -> p.field().equals("incidents[1].id") && p.problem().contains("more than once")));
            assertThatThrownBy(() -> new Backup(incidents, CLOCK).restore(hostile))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field())
                            .isEqualTo("incidents[1].revisions[0].record.references[0].url"));
            assertThat(incidents.count()).isZero();
        }
    }

    @org.junit.jupiter.api.Test
    void theBackupFileIsReadableByItsOwnerOnly() throws Exception {
        Path file = dir.resolve("private.json");
        try (StoreUnderTest store = StoreUnderTest.of(DatabaseKind.SQLITE)) {
            new Backup(new Incidents(store.database(), Conventions.defaults(), CLOCK), CLOCK).export(file);
        }
        assertThat(java.nio.file.attribute.PosixFilePermissions.toString(Files.getPosixFilePermissions(file)))
                .isEqualTo("rw-------");
        assertThat(dir.resolve("private.json.partial")).doesNotExist();
    }

    @ParameterizedTest
    @CsvSource({"SQLITE", "POSTGRESQL"})
    void aDamagedBackupRestoresNothingAndSaysWhere(DatabaseKind kind) throws Exception {
        Path good = dir.resolve("good.json");
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), CLOCK);
            incidents.create(Records.full(), "priya");
            incidents.create(Records.full("Second"), "priya");
            new Backup(incidents, CLOCK).export(good);
        }
        String text = Files.readString(good);
        int secondStatus = text.lastIndexOf("\"status\" : \"in_review\"");
        Path damaged = dir.resolve("damaged.json");
        Files.writeString(damaged, text.substring(0, secondStatus) + "\"status\" : \"shipped\""
                + text.substring(secondStatus + "\"status\" : \"in_review\"".length()));

        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), CLOCK);
            assertThatThrownBy(() -> new Backup(incidents, CLOCK).restore(damaged))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field())
                            .isEqualTo("incidents[1].revisions[0].record.status"));
            assertThat(incidents.count()).isZero();
        }
    }
}
