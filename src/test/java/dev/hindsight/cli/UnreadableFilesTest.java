package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the hunt: a file the command line reads as text that is not UTF-8 (a .docx or a Latin-1 export given by
 * mistake) makes "hindsight new --file" and "hindsight templates add/check" fail with a MalformedInputException,
 * reported as "the command failed unexpectedly" with an error id and a stack trace, where "hindsight import" says
 * what is wrong with the file. Likewise "hindsight export" to a path that is a folder. Each is a person's mistake,
 * to be refused naming the file, not a crash.
 */
class UnreadableFilesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private CommandRun run(String... args) {
        return CommandRun.of(CLOCK, dir.resolve("data"), "priya", args);
    }

    @Test
    void aRecordOrTemplateFileThatIsNotUtf8IsRefusedNamingTheFileNotACrash() throws Exception {
        Path latin1 = dir.resolve("notes.md");
        Files.write(latin1, new byte[] {'#', ' ', 'C', 'a', 'f', (byte) 0xE9, '\n'});

        List<String> crashed = new ArrayList<>();
        for (String[] args : new String[][] {{"new", "--file", latin1.toString()},
                {"templates", "add", "ours", latin1.toString()}, {"templates", "check", latin1.toString()}}) {
            CommandRun run = run(args);
            if (run.code() == 0 || run.err().contains("failed unexpectedly")) {
                crashed.add(args[0] + " " + args[1] + ": " + run.err().lines().filter(l -> l.startsWith("error"))
                        .findFirst().orElse("exit " + run.code()));
            }
        }
        assertThat(crashed).as("not refused naming the file").isEmpty();
    }

    @Test
    void anExportToAFolderIsRefusedNamingThePathNotACrash() throws Exception {
        Path folder = Files.createDirectory(dir.resolve("backups"));

        CommandRun run = run("export", "--all", folder.toString());

        assertThat(run.err()).doesNotContain("failed unexpectedly");
        assertThat(run.code()).isNotZero();
    }
}
