package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hindsight lint recount} and {@code hindsight reindex} run with other conventions than those the counts are
 * recorded under refuse, naming what differs, and leave them in force; {@code --adopt-conventions} replaces them.
 */
class ConventionsInForceCommandTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-05T10:00:00Z"), ZoneOffset.UTC);

    private static final Map<String, String> HORIZON = Map.of("HINDSIGHT_ACTION_POLICY", "horizon-days");

    @TempDir
    Path dir;

    private CommandRun hindsight(Map<String, String> environment, String... args) {
        return CommandRun.of(CLOCK, environment, dir.resolve("data"), "priya", null, args);
    }

    @Test
    void aRecountUnderOtherConventionsRefusesNamingWhatDiffersAndLeavesThoseInForce() {
        assertThat(hindsight(Map.of(), "generate", "--incidents", "5", "--seed", "7").code()).isZero();
        CommandRun first = hindsight(Map.of(), "lint", "recount");
        assertThat(first.code()).as(first.err()).isZero();

        CommandRun refused = hindsight(HORIZON, "lint", "recount");

        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("differ from those the open findings are counted under",
                        "recorded by hindsight lint recount at 2026-12-05T10:00:00Z", "in force: action-policy p-levels",
                        "this configuration: action-policy horizon-days", "--adopt-conventions")
                .doesNotContain("Recounted");
        assertThat(hindsight(Map.of(), "lint", "recount").code()).as("the servers' still in force").isZero();
    }

    @Test
    void aReindexUnderOtherConventionsRefusesUnlessToldToAdoptThem() {
        assertThat(hindsight(Map.of(), "generate", "--incidents", "5", "--seed", "7").code()).isZero();
        assertThat(hindsight(Map.of(), "reindex").code()).isZero();
        assertThat(hindsight(HORIZON, "reindex").code()).isEqualTo(Main.BAD_INPUT);

        CommandRun adopted = hindsight(HORIZON, "reindex", "--adopt-conventions");

        assertThat(adopted.code()).as(adopted.err()).isZero();
        assertThat(adopted.err()).contains("Reindexed 5 incidents");
        CommandRun former = hindsight(Map.of(), "lint", "recount");
        assertThat(former.code()).as("the former conventions are no longer in force").isEqualTo(Main.BAD_INPUT);
        assertThat(former.err()).contains("recorded by hindsight reindex", "in force: action-policy horizon-days");
    }
}
