package dev.hindsight.bench;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.store.Database;
import dev.hindsight.store.TestDatabases;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The server's CPU a bench adds to its own: read from a real PostgreSQL's backends on this machine. */
class ServerCpuTest {

    @Test
    void theTimeOnACpuIsTheFirstFieldOfSchedstat() {
        assertThat(ServerCpu.parse("183836332 36914323 384\n")).isEqualTo(183_836_332L);
        assertThat(ServerCpu.parse("7")).isEqualTo(7L);
    }

    @Test
    void aStatementsWorkOnTheServerIsCounted() {
        try (Database db = TestDatabases.postgres(TestDatabases.freshSchemaName())) {
            ServerCpu cpu = ServerCpu.of(db);
            assertThat(cpu).as("the tests' PostgreSQL runs on this machine").isNotNull();
            long[] before = cpu.readings();
            long rows = db.jdbi().withHandle(h -> h.createQuery("SELECT count(*) FROM generate_series(1, 3000000)")
                    .mapTo(Long.class).one());
            long spent = cpu.since(before);

            assertThat(rows).isEqualTo(3_000_000L);
            // Counting three million rows takes a backend hundreds of milliseconds of CPU; 20 ms is far below it.
            assertThat(spent).isGreaterThan(20_000_000L);
        }
    }

    @Test
    void sqliteHasNoServerToRead(@TempDir Path dir) {
        try (Database db = TestDatabases.sqlite(dir)) {
            assertThat(ServerCpu.of(db)).isNull();
        }
    }

    @Test
    void aFileThatIsNotThereReadsAsNothing(@TempDir Path dir) {
        assertThat(ServerCpu.read(dir.resolve("schedstat"))).isEqualTo(-1L);
    }

    @Test
    void aBackendThatEndsBetweenTwoReadingsIsLeftOutNotCountedBackwards() {
        try (Database db = TestDatabases.postgres(TestDatabases.freshSchemaName())) {
            ServerCpu cpu = ServerCpu.of(db);
            long[] before = cpu.readings();
            long[] gone = before.clone();
            java.util.Arrays.fill(gone, Long.MAX_VALUE); // as if each had run longer than it has, then ended

            assertThat(cpu.since(before)).isNotNegative();
            assertThat(cpu.since(gone)).isZero();
        }
    }
}
