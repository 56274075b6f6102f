package dev.hindsight.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** How the dispatcher delivers events to a real receiver, on whichever database a subclass names. */
abstract class WebhookDeliveryContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private final List<AutoCloseable> open = new ArrayList<>();
    private StoreUnderTest store;
    private Webhooks webhooks;
    private EventRows events;
    private Receiver receiver;
    private WebhookEndpoint endpoint;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        webhooks = new Webhooks(store.database(), clock);
        events = new EventRows(store.database(), clock);
        receiver = new Receiver();
        Webhooks.Registered registered = webhooks.register(receiver.url(), "incident bot", null, "admin");
        receiver.secret(registered.secret().reveal());
        endpoint = registered.endpoint();
    }

    @AfterEach
    void close() throws Exception {
        for (AutoCloseable c : open) {
            c.close();
        }
        receiver.close();
        store.close();
    }

    private WebhookDispatcher dispatcher() {
        WebhookDispatcher dispatcher = new WebhookDispatcher(store.database(), clock, RetrySchedule.STANDARD,
                new Random(11));
        open.add(dispatcher);
        return dispatcher;
    }

    /** Runs the dispatcher each minute for {@code span}, as its poll would (minutes are finer than any wait). */
    private void runFor(WebhookDispatcher dispatcher, Duration span) {
        runFor(dispatcher, span, Duration.ofMinutes(1));
    }

    private void runFor(WebhookDispatcher dispatcher, Duration span, Duration step) {
        for (Duration passed = Duration.ZERO; passed.compareTo(span) < 0; passed = passed.plus(step)) {
            dispatcher.runOnce();
            clock.advance(step);
        }
        dispatcher.runOnce();
    }

    @Test
    void aReceiverGetsEachEventSignedWithTheStandardWebhooksHeaders() {
        clock.advance(Duration.ofSeconds(1));
        String id = events.newIncident("Checkout returned 502s").id();

        assertThat(dispatcher().runOnce()).isEqualTo(1);

        Receiver.Request got = receiver.requests().get(0);
        assertThat(got.webhookId()).isEqualTo(id);
        assertThat(got.timestamp()).isEqualTo(clock.instant().getEpochSecond());
        assertThat(got.signatureValid()).as(got.signature()).isTrue();
        assertThat(got.json().get("type").asText()).isEqualTo("incident.created");
        assertThat(got.json().get("timestamp").asText()).isEqualTo(clock.instant().toString());
        assertThat(got.json().at("/data/incident/title").asText()).isEqualTo("Checkout returned 502s");
        Delivery logged = webhooks.deliveries(endpoint.id(), 10).get(0);
        assertThat(logged.state()).isEqualTo(DeliveryState.DELIVERED);
        assertThat(logged.attempts()).isEqualTo(1);
        assertThat(logged.lastStatus()).isEqualTo(204);
        assertThat(logged.nextAttemptAt()).isNull();
    }

    @Test
    void aReceiverDownForAnHourGetsEveryEventExactlyOnceAndInOrderPerIncident() {
        receiver.answer(500);
        List<String> sent = new ArrayList<>();
        EventRows.Event checkout = events.newIncident("Checkout");
        EventRows.Event dns = events.newIncident("DNS");
        sent.add(checkout.id());
        sent.add(dns.id());
        for (int i = 0; i < 2; i++) {
            sent.add(events.append(checkout.incidentId(), "action_item.created").id());
            sent.add(events.append(dns.incidentId(), "incident.status_changed").id());
        }
        WebhookDispatcher dispatcher = dispatcher();

        runFor(dispatcher, Duration.ofHours(1));

        assertThat(receiver.requests()).as("while it fails, only the first event of each incident is tried")
                .extracting(r -> events.seq(r.webhookId())).containsOnly(1);
        assertThat(receiver.accepted()).isEmpty();
        receiver.answer(200);
        runFor(dispatcher, Duration.ofHours(3));

        List<Receiver.Request> accepted = receiver.accepted();
        assertThat(accepted).allMatch(Receiver.Request::signatureValid);
        assertThat(accepted).extracting(Receiver.Request::webhookId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(sent);
        Map<String, List<Integer>> seqByIncident = accepted.stream().collect(Collectors.groupingBy(
                r -> r.json().at("/data/incident/id").asText(),
                Collectors.mapping(r -> events.seq(r.webhookId()), Collectors.toList())));
        assertThat(seqByIncident).containsEntry(checkout.incidentId(), List.of(1, 2, 3))
                .containsEntry(dns.incidentId(), List.of(1, 2, 3));
        assertThat(webhooks.deliveries(endpoint.id(), 10)).extracting(Delivery::state)
                .containsOnly(DeliveryState.DELIVERED);
    }

    @Test
    void aNewDispatcherOnTheSameDatabaseCarriesOnWithTheRetriesTheOldOneLeft() {
        receiver.answer(503);
        String id = events.newIncident("Checkout").id();
        try (WebhookDispatcher before = new WebhookDispatcher(store.database(), clock)) {
            before.runOnce();
        }
        Delivery waiting = webhooks.deliveries(endpoint.id(), 1).get(0);
        assertThat(waiting.state()).isEqualTo(DeliveryState.PENDING);
        assertThat(waiting.lastStatus()).isEqualTo(503);
        assertThat(waiting.lastError()).contains("503");
        assertThat(waiting.nextAttemptAt()).isAfter(clock.instant());
        receiver.answer(200);

        WebhookDispatcher after = dispatcher();
        assertThat(after.runOnce()).as("the retry is not due yet").isZero();
        clock.advance(Duration.ofSeconds(7));
        assertThat(after.runOnce()).isEqualTo(1);

        assertThat(receiver.accepted()).extracting(Receiver.Request::webhookId).containsExactly(id);
        assertThat(webhooks.delivery(waiting.id()).attempts()).isEqualTo(2);
    }

    @Test
    void anAttemptClaimedByANodeThatDiedIsMadeAgainOnceItsLeaseRunsOut() {
        events.newIncident("Checkout");
        Deliveries table = new Deliveries(store.database());
        table.fanOut(clock.instant(), 10);
        Deliveries.Due due = table.due(clock.instant(), 10).get(0);
        assertThat(table.claim(due, clock.instant(), WebhookDispatcher.LEASE)).isPresent();
        // ...and the node that claimed it stops here, without sending or recording anything.

        WebhookDispatcher survivor = dispatcher();
        assertThat(survivor.runOnce()).isZero();
        clock.advance(WebhookDispatcher.LEASE.plusSeconds(1));
        assertThat(survivor.runOnce()).isEqualTo(1);

        assertThat(receiver.accepted()).hasSize(1);
        assertThat(webhooks.delivery(due.id()).attempts()).as("the dead node's attempt counts").isEqualTo(2);
    }

    @Test
    void twoDispatchersOnOneDatabaseNeverMakeTheSameAttemptTwice() throws Exception {
        List<String> sent = new ArrayList<>();
        for (int i = 1; i <= 12; i++) {
            sent.add(events.newIncident("Incident " + i).id());
        }
        receiver.delay(30);
        WebhookDispatcher one = dispatcher();
        WebhookDispatcher two = dispatcher();
        ExecutorService nodes = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> made = nodes.invokeAll(List.<Callable<Integer>>of(one::runOnce, two::runOnce));

            int total = 0;
            for (Future<Integer> m : made) {
                total += m.get();
            }
            assertThat(total).isEqualTo(12);
        } finally {
            nodes.shutdown();
        }

        assertThat(receiver.requests()).extracting(Receiver.Request::webhookId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(sent);
        assertThat(webhooks.deliveries(endpoint.id(), 50)).hasSize(12).allMatch(d -> d.attempts() == 1);
    }

    @Test
    void aReplayIsANewDeliveryOfTheSameEventWithTheSameWebhookId() {
        String id = events.newIncident("Checkout").id();
        WebhookDispatcher dispatcher = dispatcher();
        dispatcher.runOnce();
        Delivery first = webhooks.deliveries(endpoint.id(), 1).get(0);

        clock.advance(Duration.ofMinutes(1));
        Delivery replay = webhooks.replay(first.id());
        dispatcher.runOnce();

        assertThat(replay.id()).isNotEqualTo(first.id());
        assertThat(replay.replayOf()).isEqualTo(first.id());
        assertThat(receiver.accepted()).extracting(Receiver.Request::webhookId).containsExactly(id, id);
        assertThat(receiver.accepted().get(1).body()).isEqualTo(receiver.accepted().get(0).body());
        assertThat(receiver.accepted().get(1).signatureValid()).isTrue();
        assertThat(webhooks.delivery(replay.id()).state()).isEqualTo(DeliveryState.DELIVERED);
    }

    @Test
    void aRestrictedIncidentsEventCarriesOnlyItsIdAndType() {
        String incident = events.newIncident("Leaked signing key at Acme", true).incidentId();

        dispatcher().runOnce();

        Receiver.Request got = receiver.accepted().get(0);
        assertThat(got.body()).doesNotContain("Leaked").doesNotContain("priya");
        assertThat(got.json().get("type").asText()).isEqualTo("incident.created");
        assertThat(got.json().get("data")).isEqualTo(dev.hindsight.json.Json.readObject(
                "{\"incident\": {\"id\": \"" + incident + "\"}}"));
    }

    @Test
    void anEventOfAnIncidentRestrictedBeforeItIsDeliveredCarriesOnlyTheIncidentsId() {
        EventRows.Event open = events.newIncident("Leaked signing key at Acme");
        events.restrict(open.incidentId());

        dispatcher().runOnce();

        Receiver.Request created = receiver.accepted().stream().filter(r -> r.webhookId().equals(open.id()))
                .findFirst().orElseThrow();
        assertThat(created.json().get("type").asText()).isEqualTo("incident.created");
        assertThat(created.json().get("data")).isEqualTo(dev.hindsight.json.Json.readObject(
                "{\"incident\": {\"id\": \"" + open.incidentId() + "\"}}"));
        assertThat(receiver.accepted()).allSatisfy(r -> assertThat(r.body()).doesNotContain("Leaked"));
    }

    @Test
    void aReceiverAnswering410GoneDisablesItsEndpointAndItsDeliveriesWaitUntilItIsEnabled() {
        receiver.answer(410);
        EventRows.Event created = events.newIncident("Checkout");
        String first = created.id();
        String second = events.append(created.incidentId(), "incident.status_changed").id();
        WebhookDispatcher dispatcher = dispatcher();

        dispatcher.runOnce();

        assertThat(receiver.requests()).extracting(Receiver.Request::webhookId).containsExactly(first);
        assertThat(webhooks.deliveries(endpoint.id(), 10)).extracting(Delivery::state)
                .containsExactly(DeliveryState.PENDING, DeliveryState.FAILED);
        WebhookEndpoint disabled = webhooks.endpoint(endpoint.id());
        assertThat(disabled.enabled()).isFalse();
        assertThat(disabled.disabledReason()).contains("410");
        clock.advance(Duration.ofHours(1));
        dispatcher.runOnce();
        assertThat(receiver.requests()).hasSize(1);

        receiver.answer(200);
        webhooks.change(endpoint.id(), true, null, null, null);
        dispatcher.runOnce();
        assertThat(receiver.accepted()).extracting(Receiver.Request::webhookId).containsExactly(second);
    }

    @Test
    void aDeliveryThatNeverSucceedsIsTriedForMoreThanADayThenFails() {
        receiver.answer(500);
        receiver.answerWith("x".repeat(100_000));
        events.newIncident("Checkout");

        runFor(dispatcher(), Duration.ofHours(40), Duration.ofMinutes(10));

        List<Receiver.Request> tries = receiver.requests();
        assertThat(tries).hasSize(RetrySchedule.STANDARD.attempts());
        Duration spread = Duration.ofSeconds(tries.get(tries.size() - 1).timestamp() - tries.get(0).timestamp());
        assertThat(spread).isGreaterThan(Duration.ofHours(24));
        Delivery failed = webhooks.deliveries(endpoint.id(), 1).get(0);
        assertThat(failed.state()).isEqualTo(DeliveryState.FAILED);
        assertThat(failed.attempts()).isEqualTo(8);
        assertThat(failed.nextAttemptAt()).isNull();
        assertThat(failed.lastResponse()).hasSize(WebhookSender.KEPT_BODY_BYTES);
    }

    @Test
    void anEndpointGetsOnlyTheTypesItSubscribedToAndNothingFromBeforeItExisted() {
        String incident = events.newIncident("Before the second endpoint").incidentId();
        clock.advance(Duration.ofSeconds(1));
        try (Receiver other = new Receiver()) {
            Webhooks.Registered picky = webhooks.register(other.url(), "", List.of("action_item.created"), "admin");
            other.secret(picky.secret().reveal());
            String wanted = events.append(incident, "action_item.created").id();
            events.append(incident, "incident.finalized");

            dispatcher().runOnce();

            assertThat(other.accepted()).extracting(Receiver.Request::webhookId).containsExactly(wanted);
            assertThat(receiver.accepted()).hasSize(3);
        }
    }

    @Test
    void eachEventIsFannedOutOnceHoweverOftenTheDispatchersLook() {
        events.newIncident("Checkout");
        Deliveries table = new Deliveries(store.database());

        assertThat(table.fanOut(clock.instant(), 10)).isEqualTo(1);
        assertThat(table.fanOut(clock.instant(), 10)).isZero();
        dispatcher().runOnce();
        dispatcher().runOnce();

        assertThat(webhooks.deliveries(endpoint.id(), 10)).hasSize(1);
        assertThat(receiver.requests()).hasSize(1);
    }

    @Test
    void eventsFannedOutWhileNoEndpointIsEnabledAreMarkedTogetherAndNeverSentLater() {
        webhooks.change(endpoint.id(), false, null, null, null);
        for (int i = 0; i < 5; i++) {
            events.newIncident("Before any endpoint is on " + i);
        }
        Deliveries table = new Deliveries(store.database());

        assertThat(table.fanOut(clock.instant(), 3)).isEqualTo(3);
        assertThat(table.fanOut(clock.instant(), 3)).isEqualTo(2);
        assertThat(table.fanOut(clock.instant(), 3)).isZero();
        webhooks.change(endpoint.id(), true, null, null, null);
        dispatcher().runOnce();

        assertThat(webhooks.deliveries(endpoint.id(), 10)).isEmpty();
        assertThat(receiver.requests()).isEmpty();
    }

    @Test
    void aClosedDispatcherFansOutNothingMoreAndANewOneCarriesOn() throws Exception {
        WebhookDispatcher closed = dispatcher();
        closed.close();
        String id = events.newIncident("After the node was asked to stop").id();

        assertThat(closed.runOnce()).isZero();
        assertThat(webhooks.deliveries(endpoint.id(), 10)).isEmpty();
        assertThat(dispatcher().runOnce()).isEqualTo(1);
        assertThat(receiver.accepted()).extracting(Receiver.Request::webhookId).containsExactly(id);
    }
}
