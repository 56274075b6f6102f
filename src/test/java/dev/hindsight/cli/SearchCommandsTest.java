package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code hindsight search} and {@code hindsight reindex} as a person runs them, on a real SQLite store. */
class SearchCommandsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;

    private CommandRun hindsight(String... args) {
        return CommandRun.of(CLOCK, dir.resolve("data"), "priya", args);
    }

    @Test
    void searchPrintsTheBestMatchesWithTheirPassageAndJsonOnlyOnStdout() {
        assertThat(hindsight("new", "Ledger replica fell behind", "--severity", "2").code()).isZero();
        assertThat(hindsight("new", "Checkout 502s", "--severity", "1").code()).isZero();

        CommandRun run = hindsight("search", "ledger", "severity:2");
        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("Ledger replica fell behind").doesNotContain("Checkout");
        assertThat(run.err()).contains("1 incident matches.");

        CommandRun json = hindsight("search", "ledger", "--json");
        JsonNode body = Json.mapper().valueToTree(Json.readObject(json.out()));
        assertThat(body.get("total").asInt()).isEqualTo(1);
        assertThat(body.get("results").get(0).get("title").asText()).isEqualTo("Ledger replica fell behind");
    }

    @Test
    void aQueryTheSyntaxCannotReadIsRefusedNamingIt() {
        CommandRun run = hindsight("search", "ledger", "colour:red");

        assertThat(run.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(run.err()).contains("'colour:' is not a filter");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void reindexRewritesEveryIncidentAndSaysHowManyAndHowLong() {
        assertThat(hindsight("generate", "--incidents", "30", "--seed", "7").code()).isZero();

        CommandRun run = hindsight("reindex");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).containsPattern("Reindexed 30 incidents in .* in \\d+\\.\\d s\\.");
        assertThat(hindsight("search", "severity:1", "--json").code()).isZero();
    }
}
