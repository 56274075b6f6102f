package dev.hindsight.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Registering, changing and removing endpoints, and their delivery log, on whichever database a subclass names. */
abstract class WebhooksContract {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));
    private StoreUnderTest store;
    private Webhooks webhooks;

    abstract DatabaseKind kind();

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(kind());
        webhooks = new Webhooks(store.database(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void aRegisteredEndpointIsListedWithItsSettingsButNeverItsSecret() {
        Webhooks.Registered registered = webhooks.register(" https://hooks.example.com/hindsight ", "Chat bot",
                List.of("incident.created", "review.requested"), "admin");

        WebhookEndpoint listed = webhooks.endpoints().get(0);
        assertThat(listed).isEqualTo(registered.endpoint());
        assertThat(listed.url()).isEqualTo("https://hooks.example.com/hindsight");
        assertThat(listed.eventTypes()).containsExactly("incident.created", "review.requested");
        assertThat(listed.enabled()).isTrue();
        assertThat(listed.createdBy()).isEqualTo("admin");
        assertThat(listed.toString()).doesNotContain(registered.secret().reveal());
        assertThat(listed.subscribes("incident.created")).isTrue();
        assertThat(listed.subscribes("incident.finalized")).isFalse();
    }

    @Test
    void noEventTypesOrAStarMeansEveryType() {
        WebhookEndpoint all = webhooks.register("http://127.0.0.1:9/a", null, List.of("*"), "admin").endpoint();

        assertThat(all.eventTypes()).isEmpty();
        assertThat(webhooks.endpoint(all.id()).subscribes("action_item.overdue")).isTrue();
    }

    @Test
    void badSettingsAreRefusedFieldByFieldAndNothingIsSaved() {
        assertThatThrownBy(() -> webhooks.register("ftp://files.example.com/", "x".repeat(501),
                List.of("incident.created", "incident.exploded"), "admin"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems())
                        .extracting(FieldProblem::field).containsExactly("url", "description", "events[1]"));
        assertThatThrownBy(() -> webhooks.register("https://user:pw@hooks.example.com/", "", null, "admin"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).problem())
                        .contains("user name or password"));
        assertThatThrownBy(() -> webhooks.register("", "", null, "admin")).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("url: is required");

        assertThat(webhooks.endpoints()).isEmpty();
    }

    @Test
    void anAdministratorDisablesAndEnablesAnEndpointAndChangesWhatItGets() {
        String id = webhooks.register("https://hooks.example.com/a", "", null, "admin").endpoint().id();

        WebhookEndpoint off = webhooks.change(id, false, null, null, null);
        assertThat(off.enabled()).isFalse();
        assertThat(off.disabledReason()).isEqualTo("disabled by an administrator");
        WebhookEndpoint on = webhooks.change(id, true, null, "Pager bridge", List.of("action_item.overdue"));
        assertThat(on.enabled()).isTrue();
        assertThat(on.disabledReason()).isNull();
        assertThat(on.description()).isEqualTo("Pager bridge");
        assertThat(on.eventTypes()).containsExactly("action_item.overdue");
        assertThatThrownBy(() -> webhooks.change(id, null, "mailto:ops@example.com", null, null))
                .isInstanceOf(InvalidInput.class);
        assertThat(webhooks.endpoint(id).url()).isEqualTo("https://hooks.example.com/a");
    }

    @Test
    void removingAnEndpointRemovesItsDeliveryLog() {
        EventRows events = new EventRows(store.database(), clock);
        String id = webhooks.register("http://127.0.0.1:9/a", "", null, "admin").endpoint().id();
        events.newIncident("Checkout");
        new Deliveries(store.database()).fanOut(clock.instant(), 10);
        String delivery = webhooks.deliveries(id, 10).get(0).id();

        webhooks.remove(id);

        assertThat(webhooks.endpoints()).isEmpty();
        assertThatThrownBy(() -> webhooks.delivery(delivery)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> webhooks.remove(id)).isInstanceOf(NotFound.class)
                .hasMessage("webhook endpoint '" + id + "'");
    }

    @Test
    void theLogIsReadInBoundedPagesNewestFirst() {
        EventRows events = new EventRows(store.database(), clock);
        String id = webhooks.register("http://127.0.0.1:9/a", "", null, "admin").endpoint().id();
        String incident = events.newIncident("Checkout").incidentId();
        clock.advance(java.time.Duration.ofSeconds(1));
        new Deliveries(store.database()).fanOut(clock.instant(), 10);
        events.append(incident, "incident.status_changed");
        clock.advance(java.time.Duration.ofSeconds(1));
        new Deliveries(store.database()).fanOut(clock.instant(), 10);

        assertThat(webhooks.deliveries(id, 10)).extracting(Delivery::seq).containsExactly(2, 1);
        assertThat(webhooks.deliveries(id, 1)).hasSize(1);
        assertThatThrownBy(() -> webhooks.deliveries(id, 0)).isInstanceOf(InvalidInput.class)
                .hasMessageContaining("limit");
        assertThatThrownBy(() -> webhooks.deliveries("whk_none", 10)).isInstanceOf(NotFound.class);
        assertThatThrownBy(() -> webhooks.replay("dlv_none")).isInstanceOf(NotFound.class);
    }
}
