package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import dev.hindsight.incident.FindingRecount;
import dev.hindsight.incident.Incidents;
import dev.hindsight.nodes.ServingNodes;
import dev.hindsight.store.Database;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code hindsight lint recount} and {@code hindsight reindex} run with other conventions than those the counts are
 * recorded under refuse, naming what differs, and leave them in force; {@code --adopt-conventions} replaces them.
 * {@code hindsight serve} refuses too while a server under those in force runs, and otherwise puts its own in force.
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

    @Test
    @Timeout(60) // were it to start instead, it would serve until interrupted
    void aServerUnderOtherConventionsRefusesToStartWhileAServerUnderThoseInForceRuns() {
        assertThat(hindsight(Map.of(), "generate", "--incidents", "3", "--seed", "7").code()).isZero();
        assertThat(hindsight(Map.of(), "lint", "recount").code()).isZero();
        try (Database database = seedsConfig().openDatabase()) {
            new ServingNodes(database, CLOCK).beat("node-1", recount(database, seedsConfig()).conventionsFingerprint(),
                    CLOCK.instant().minusSeconds(600));
        }

        CommandRun refused = CommandRun.of(CLOCK, HORIZON, dir.resolve("data"), null, null, "serve", "--port", "1");

        assertThat(refused.code()).isEqualTo(Main.BAD_INPUT);
        assertThat(refused.err()).contains("differ from those of the servers running on this store",
                "put in force by hindsight lint recount at 2026-12-05T10:00:00Z", "this configuration: action-policy "
                        + "horizon-days", "Running under them: node-1 (last seen 2026-12-05T10:00:00Z)",
                "--adopt-conventions");
        assertThat(refused.out()).doesNotContain("Hindsight is running", "Created the first administrator");
        assertThat(hindsight(Map.of(), "lint", "recount").code()).as("the servers' still in force").isZero();
    }

    @Test
    @Timeout(60) // were it to start instead, it would serve until interrupted
    void aServerToldToAdoptItsConventionsThatCannotListenReplacesNothing() throws Exception {
        assertThat(hindsight(Map.of(), "generate", "--incidents", "3", "--seed", "7").code()).isZero();
        assertThat(hindsight(Map.of(), "lint", "recount").code()).isZero();
        try (java.net.ServerSocket taken = new java.net.ServerSocket(0, 1,
                java.net.InetAddress.getByName("127.0.0.1"))) {
            CommandRun failed = CommandRun.of(CLOCK, HORIZON, dir.resolve("data"), null, null, "serve", "--port",
                    String.valueOf(taken.getLocalPort()), "--adopt-conventions");

            assertThat(failed.code()).isNotZero();
        }
        CommandRun former = hindsight(Map.of(), "lint", "recount");
        assertThat(former.code()).as(former.err()).isZero();
        try (Database database = seedsConfig().openDatabase()) {
            assertThat(new ServingNodes(database, CLOCK).running()).as("it said it was gone").isEmpty();
        }
    }

    @Test
    void aServerPutsItsOwnConventionsInForceOnceTheServersUnderThoseInForceAreGoneOrWhenToldTo() {
        assertThat(hindsight(Map.of(), "generate", "--incidents", "3", "--seed", "7").code()).isZero();
        assertThat(hindsight(Map.of(), "lint", "recount").code()).isZero();
        HindsightConfig horizon = HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.resolve("data").toString()),
                HORIZON, null);
        try (Database database = seedsConfig().openDatabase()) {
            String seeds = recount(database, seedsConfig()).conventionsFingerprint();
            ServingNodes nodes = new ServingNodes(database, CLOCK);
            nodes.beat("node-1", seeds, CLOCK.instant());
            FindingRecount starting = recount(database, horizon);
            StringWriter err = new StringWriter();
            assertThat(ConventionsInForce.mayServe(starting, nodes, false, new PrintWriter(err, true))).isFalse();
            assertThat(ConventionsInForce.mayServe(starting, new ServingNodes(database,
                            Clock.offset(CLOCK, ServingNodes.GONE_AFTER.plus(Duration.ofSeconds(1)))), false,
                    new PrintWriter(err, true))).as("node-1 silent for over a minute: gone").isTrue();
            assertThat(starting.othersInForce()).as("put in force only once it listens").isPresent();
            starting.adoptConventions("serve on node-2", CLOCK.instant());

            nodes.beat("node-2", starting.conventionsFingerprint(), CLOCK.instant());
            FindingRecount told = recount(database, seedsConfig());
            assertThat(ConventionsInForce.mayServe(told, nodes, true, new PrintWriter(err, true)))
                    .as("told to adopt them").isTrue();
            told.adoptConventions("serve on node-3", CLOCK.instant());
            assertThat(told.othersInForce()).isEmpty();
            assertThat(starting.underConventionsInForce()).isFalse();
        }
    }

    private HindsightConfig seedsConfig() {
        return HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.resolve("data").toString()), Map.of(), null);
    }

    private static FindingRecount recount(Database database, HindsightConfig config) {
        return new Incidents(database, config.conventions(), CLOCK).findingRecount();
    }
}
