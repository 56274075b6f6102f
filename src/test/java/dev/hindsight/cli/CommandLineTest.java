package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.json.Json;
import dev.hindsight.incident.PostMortem;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line as a person uses it, on a real SQLite store in a temporary folder. */
class CommandLineTest {

    /** The command line runs on this clock and an empty environment, whatever the machine's settings. */
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;


    private CommandRun hindsight(String... args) {
        return CommandRun.of(CLOCK, dir.resolve("data"), "priya", args);
    }

    @Test
    void aNewPostMortemCanBeShownAsTextAndAsJson() {
        CommandRun created = hindsight("new", "Checkout 502s after certificate rotation", "--severity", "1",
                "--started", "2026-03-08T01:40", "--detected", "2026-03-08T01:44", "--resolved", "2026-03-08T03:27",
                "--zone", "America/Los_Angeles");

        assertThat(created.code()).as(created.err()).isZero();
        assertThat(created.out().strip()).isEqualTo("INC-2026-0001");

        CommandRun text = hindsight("show", "INC-2026-0001");
        assertThat(text.out()).contains("Checkout 502s after certificate rotation", "Severity:", "priya",
                "4 minutes later", "Time to Detect", "target < 5 minutes: Yes");
        // 01:40 PST to 03:27 PDT across the spring-forward change is 47 real minutes.
        assertThat(text.out()).contains("47 minutes");

        PostMortem record = Json.read(hindsight("show", "INC-2026-0001", "--json").out(), PostMortem.class);
        assertThat(record.durationMinutes()).contains(47L);
        assertThat(record.author()).isEqualTo("priya");
    }

    @Test
    void badInputExitsTwoAndNamesTheField() {
        CommandRun result = hindsight("new", "Disk full", "--severity", "SEV9");

        assertThat(result.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("--severity", "SEV9", "nothing was saved");
        assertThat(hindsight("list").out()).contains("No incidents yet");
    }

    @Test
    void aStaleUpdateExitsFourAndKeepsTheOtherPersonsChange() throws Exception {
        hindsight("new", "Queue backlog");
        Path mine = dir.resolve("mine.json");
        Files.writeString(mine, hindsight("show", "INC-2026-0001", "--json").out());
        Path theirs = dir.resolve("theirs.json");
        Files.writeString(theirs, Files.readString(mine).replace("Queue backlog", "Queue backlog in billing"));
        assertThat(hindsight("update", "INC-2026-0001", theirs.toString()).out()).contains("revision 2");

        CommandRun stale = hindsight("update", "INC-2026-0001",
                Files.writeString(mine, Files.readString(mine).replace("Queue backlog", "Mine")).toString());

        assertThat(stale.code()).isEqualTo(Main.STALE);
        assertThat(stale.err()).contains("based on revision 1", "current revision is 2");
        assertThat(hindsight("show", "INC-2026-0001").out()).contains("Queue backlog in billing");
        assertThat(hindsight("history", "INC-2026-0001").out()).contains("created", "title");
    }

    @Test
    void anInvalidJsonRecordIsRefusedNamingTheField() throws Exception {
        Path file = dir.resolve("bad.json");
        Files.writeString(file, "{\"title\": \"Bad times\", \"timeline\": [{\"at\": \"yesterday\", \"text\": \"x\"}]}");

        CommandRun result = hindsight("new", "--file", file.toString());

        assertThat(result.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("timeline[0].at", "'yesterday' is not a valid instant");
    }

    @Test
    void aTimeTheClocksSkippedIsRefusedNotShifted() {
        CommandRun skipped = hindsight("new", "Spring forward", "--started", "2026-03-08T02:30", "--zone",
                "America/Los_Angeles");
        CommandRun twice = hindsight("new", "Fall back", "--started", "2026-11-01T01:30", "--zone", "America/Los_Angeles");

        assertThat(skipped.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(skipped.err()).contains("--started", "does not exist");
        assertThat(twice.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(twice.err()).contains("happened twice", "-07:00", "-08:00");
        assertThat(hindsight("new", "Fall back", "--started", "2026-11-01T01:30-08:00").code()).isZero();
    }

    @Test
    void aRecordFileCannotBeMixedWithFlagsThatWouldBeIgnored() throws Exception {
        Path file = dir.resolve("r.json");
        Files.writeString(file, "{\"title\": \"From a file\"}");

        CommandRun result = hindsight("new", "--file", file.toString(), "--severity", "1");

        assertThat(result.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(result.err()).contains("--severity", "cannot be combined with --file");
    }

    @Test
    void aLongListSaysWhereTheNextPageStarts() {
        for (int i = 1; i <= 3; i++) {
            hindsight("new", "Incident " + i);
        }

        CommandRun page = hindsight("list", "--limit", "2");

        assertThat(page.out()).contains("Showing 1-2 of 3. Next page: --offset 2");
    }

    @Test
    void theListFiltersOnServiceAndOpenActionItemsAndSortsAsAsked() throws Exception {
        Path queue = dir.resolve("queue.json");
        Files.writeString(queue, "{\"title\": \"Queue backlog\", \"severity\": {\"level\": 3}, \"impact\": "
                + "{\"services\": [\"Payments\"]}, \"actionItems\": [{\"title\": \"Alert on queue age\", "
                + "\"priority\": \"P1\", \"dueDate\": \"2026-03-20\"}]}");
        hindsight("new", "--file", queue.toString());
        hindsight("new", "Disk full", "--severity", "1");

        assertThat(hindsight("list", "--service", "payments").out()).contains("Queue backlog")
                .doesNotContain("Disk full");
        assertThat(hindsight("list", "--open-actions", "no").out()).contains("Disk full")
                .doesNotContain("Queue backlog");
        String bySeverity = hindsight("list", "--order", "severity").out();
        assertThat(bySeverity.indexOf("Disk full")).isLessThan(bySeverity.indexOf("Queue backlog"));
        CommandRun bad = hindsight("list", "--open-actions", "maybe");
        assertThat(bad.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(bad.err()).contains("--open-actions");
        assertThat(hindsight("list", "--order", "oldest").err()).contains("--order");
    }

    @Test
    void anUnknownIncidentExitsThree() {
        CommandRun result = hindsight("show", "INC-2026-0404");

        assertThat(result.code()).isEqualTo(Main.NOT_FOUND);
        assertThat(result.err()).contains("INC-2026-0404");
    }

    @Test
    void exportThenRestoreIntoAnEmptyStoreBringsEverythingBack() {
        hindsight("new", "First");
        hindsight("new", "Second", "--status", "final");
        Path backup = dir.resolve("backup.json");
        assertThat(hindsight("export", "--all", backup.toString()).out()).contains("Exported 2 incidents");

        StringWriter out = new StringWriter();
        int code = Main.run(CLOCK, Map.of(), new PrintWriter(out), new PrintWriter(new StringWriter()), "restore",
                backup.toString(), "--data", dir.resolve("other").toString(), "--author", "priya");
        assertThat(code).isZero();
        assertThat(out.toString()).contains("Restored 2 incidents");

        StringWriter listed = new StringWriter();
        Main.run(CLOCK, Map.of(), new PrintWriter(listed), new PrintWriter(new StringWriter()), "list", "--status",
                "final", "--data", dir.resolve("other").toString());
        assertThat(listed.toString()).contains("Second").doesNotContain("First");
    }

    @Test
    void everyCommandExplainsItself() {
        for (String command : new String[] {"serve", "new", "show", "list", "history", "update", "export",
                "restore"}) {
            CommandRun help = hindsight(command, "--help");
            assertThat(help.code()).as(command).isZero();
            assertThat(help.out()).as(command).contains("Usage: hindsight " + command);
        }
        assertThat(hindsight("serve", "--help").out()).contains("HINDSIGHT_PORT", "HINDSIGHT_DATA_DIR",
                "HINDSIGHT_DATABASE_URL", "HINDSIGHT_DATABASE_PASSWORD");
    }
}
