package dev.hindsight.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The servers running on a store, as each says so: a node counts as running from its beat until a minute without
 * one, or until it leaves; a beat again says the same node, not another. Run on both databases by subclasses.
 */
abstract class ServingNodesContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private StoreUnderTest store;
    private ServingNodes nodes;

    abstract DatabaseKind kind();

    @BeforeEach
    void openStore() {
        store = StoreUnderTest.of(kind());
        nodes = new ServingNodes(store.database(), clock);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void aNodeThatBeatsIsRunningUnderItsConventionsWithWhenItStartedAndWasLastSeen() {
        Instant started = clock.instant();
        nodes.beat("node-a", "digest-1", started);
        clock.advance(Duration.ofSeconds(15));
        nodes.beat("node-a", "digest-1", started);
        nodes.beat("node-b", "digest-2", clock.instant());

        assertThat(nodes.running()).containsExactly(
                new ServingNodes.Node("node-a", "digest-1", started, clock.instant()),
                new ServingNodes.Node("node-b", "digest-2", clock.instant(), clock.instant()));
        assertThat(nodes.runningUnder("digest-2")).extracting(ServingNodes.Node::name).containsExactly("node-b");
        assertThat(nodes.runningUnder("digest-3")).isEmpty();
    }

    @Test
    void aNodeSilentForAMinuteIsGoneAndOneThatLeftIsGoneAtOnce() {
        nodes.beat("silent", "digest-1", clock.instant());
        nodes.beat("leaving", "digest-1", clock.instant());
        clock.advance(ServingNodes.GONE_AFTER);
        assertThat(nodes.running()).extracting(ServingNodes.Node::name).containsExactly("leaving", "silent");

        nodes.leave("leaving");
        clock.advance(Duration.ofMillis(1));

        assertThat(nodes.running()).isEmpty();
    }

    @Test
    void aNodeGoneForADayIsForgottenAndOneThatBeatsAgainIsBack() {
        nodes.beat("returns", "digest-1", clock.instant());
        nodes.beat("forgotten", "digest-1", clock.instant());
        clock.advance(ServingNodes.FORGOTTEN_AFTER.plusSeconds(1));
        nodes.beat("returns", "digest-2", clock.instant());

        assertThat(nodes.running()).extracting(ServingNodes.Node::name, ServingNodes.Node::conventions)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("returns", "digest-2"));
        long rows = store.database().jdbi().withHandle(h ->
                h.createQuery("SELECT COUNT(*) FROM serving_nodes").mapTo(Long.class).one());
        assertThat(rows).as("the forgotten node's row is deleted").isEqualTo(1);
    }
}
