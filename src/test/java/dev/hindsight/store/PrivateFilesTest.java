package dev.hindsight.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The SQLite store is readable by its owner only, however the process's umask would have made it. */
class PrivateFilesTest {

    @TempDir
    Path dir;

    private static String mode(Path path) throws Exception {
        return PosixFilePermissions.toString(Files.getPosixFilePermissions(path));
    }

    @Test
    void aNewStoreIsOnlyReadableByItsOwner() throws Exception {
        Path data = dir.resolve("data");
        try (Database db = Database.sqlite(data)) {
            db.jdbi().useHandle(h -> h.execute("CREATE TABLE probe (x INTEGER)")); // the WAL and SHM files exist

            assertThat(mode(data)).isEqualTo("rwx------");
            for (String name : new String[] {"hindsight.db", "hindsight.db-wal", "hindsight.db-shm"}) {
                assertThat(data.resolve(name)).exists();
                assertThat(mode(data.resolve(name))).as(name).isEqualTo("rw-------");
            }
        }
    }

    @Test
    void anExistingStoreOpenToOthersIsTightenedWhenOpened() throws Exception {
        Path data = dir.resolve("data");
        Database.sqlite(data).close();
        Files.setPosixFilePermissions(data, PosixFilePermissions.fromString("rwxr-xr-x"));
        Files.setPosixFilePermissions(data.resolve("hindsight.db"), PosixFilePermissions.fromString("rw-r--r--"));

        Database.sqlite(data).close();

        assertThat(mode(data)).isEqualTo("rwx------");
        assertThat(mode(data.resolve("hindsight.db"))).isEqualTo("rw-------");
    }
}
