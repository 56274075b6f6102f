package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hindsight generate} as a person runs it, on real SQLite stores in a temporary folder. */
class GenerateCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private CommandRun hindsight(String data, String... args) {
        return CommandRun.of(CLOCK, dir.resolve(data), "priya", args);
    }

    @Test
    void generateFillsTheStoreWritingOnlyToStderrAndTheIncidentsListAndShowLikeRealOnes() {
        CommandRun run = hindsight("data", "generate", "--incidents", "40", "--seed", "5");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("Generated 40 incidents", "timeline events", "seed 5, as of 2026-12-05");
        assertThat(hindsight("data", "list").out()).contains("INC-2026-");
        CommandRun shown = hindsight("data", "show", "INC-2024-0001");
        assertThat(shown.code()).as(shown.err()).isZero();
        assertThat(shown.out()).contains("Time to Detect");
    }

    @Test
    void withJsonTheSummaryIsTheOnlyThingOnStdout() {
        CommandRun run = hindsight("data", "generate", "--incidents", "12", "--seed", "5", "--as-of", "2026-06-01",
                "--json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode summary = Json.mapper().valueToTree(Json.readObject(run.out()));
        assertThat(summary.get("incidents").asInt()).isEqualTo(12);
        assertThat(summary.get("seed").asLong()).isEqualTo(5);
        assertThat(summary.get("asOf").asText()).isEqualTo("2026-06-01");
        assertThat(summary.get("timelineEvents").asLong()).isGreaterThan(12 * 5);
    }

    @Test
    void theSameSeedAndDayGiveStoresThatExportIdentically() throws Exception {
        assertThat(hindsight("one", "generate", "--incidents", "15", "--seed", "99").code()).isZero();
        assertThat(hindsight("two", "generate", "--incidents", "15", "--seed", "99").code()).isZero();
        hindsight("one", "export", "--all", dir.resolve("one.json").toString());
        hindsight("two", "export", "--all", dir.resolve("two.json").toString());

        assertThat(Files.readString(dir.resolve("one.json"))).isEqualTo(Files.readString(dir.resolve("two.json")));
    }

    @Test
    void aCountOutOfRangeIsRefusedNamingTheOption() {
        for (String count : new String[] {"0", "-3", "5000001"}) {
            CommandRun run = hindsight("data", "generate", "--incidents", count);
            assertThat(run.code()).as(count).isEqualTo(Main.BAD_INPUT);
            assertThat(run.err()).contains("--incidents", count, "5,000,000");
            assertThat(run.out()).isEmpty();
        }
    }

    @Test
    void aSeedOrCountThatIsNotANumberAndABadDayAreRefusedNamingTheOption() {
        CommandRun seed = hindsight("data", "generate", "--incidents", "10", "--seed", "soon");
        assertThat(seed.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(seed.err()).contains("--seed", "soon");

        CommandRun count = hindsight("data", "generate", "--incidents", "many");
        assertThat(count.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(count.err()).contains("--incidents", "many");

        CommandRun day = hindsight("data", "generate", "--incidents", "10", "--as-of", "2026-13-01");
        assertThat(day.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(day.err()).contains("--as-of", "2026-13-01", "YYYY-MM-DD");
    }

    @Test
    void aStoreThatHoldsIncidentsIsRefused() {
        hindsight("data", "new", "A real incident");
        CommandRun run = hindsight("data", "generate", "--incidents", "10");

        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("store", "empty store");
    }
}
