package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The command line on a disk that is really full: a small tmpfs, filled up. 4 MB, because creating a store writes
 * over 1 MB of write-ahead log on the way (the schema's 23 migrations). Mounting needs root (the machines the tests
 * run on give it); without it the test fails saying so rather than skipping. The HTTP side of a full store is tested
 * with SQLite's page limit.
 */
class FullDiskCommandTest {

    @TempDir
    Path dir;
    private Path mount;

    @BeforeEach
    void mountSmallDisk() throws Exception {
        mount = dir.resolve("small");
        Files.createDirectories(mount);
        Process p = new ProcessBuilder("mount", "-t", "tmpfs", "-o", "size=4m", "tmpfs", mount.toString())
                .redirectErrorStream(true).start();
        boolean mounted = p.waitFor(10, TimeUnit.SECONDS) && p.exitValue() == 0;
        assertThat(mounted).as("this test mounts a 4 MB tmpfs to fill it, which needs root: run the tests as root")
                .isTrue();
    }

    @AfterEach
    void unmount() throws Exception {
        new ProcessBuilder("umount", "-l", mount.toString()).start().waitFor(10, TimeUnit.SECONDS);
    }


    private CommandRun hindsight(String... args) {
        return CommandRun.of(Clock.systemUTC(), mount.resolve("data"), "priya", args);
    }

    @Test
    void aWriteToAFullDiskExitsWithAClearMessageAndNoStackTrace() throws IOException {
        assertThat(hindsight("new", "Queue backlog").code()).isZero();
        // A record far bigger than any free page left in the store, kept off the disk that is about to fill.
        Path record = Files.createTempFile("big-record", ".json");
        Files.writeString(record, "{\"title\": \"Checkout down\", \"analysis\": {\"summary\": \""
                + "with a long description ".repeat(3000) + "\"}}");
        try (OutputStream filler = Files.newOutputStream(mount.resolve("filler"))) {
            byte[] block = new byte[4096];
            while (true) {
                filler.write(block);
                filler.flush();
            }
        } catch (IOException full) {
            // the disk is full now
        }

        CommandRun result = hindsight("new", "--file", record.toString());
        Files.delete(record);

        assertThat(result.code()).as(result.err()).isEqualTo(Main.STORE_FULL);
        assertThat(result.err()).contains("full", "nothing was saved").doesNotContain("Exception", "\tat ");
        Files.delete(mount.resolve("filler"));
        assertThat(hindsight("list").out()).contains("Queue backlog").doesNotContain("Checkout down");
    }
}
