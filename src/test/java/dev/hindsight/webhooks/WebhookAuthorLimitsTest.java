package dev.hindsight.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Found by the hunt: the command line's --author (or $USER, HINDSIGHT_AUTHOR) is any text, and a webhook endpoint
 * stores it unchecked in created_by, VARCHAR(100), shorter than a change's author (200): "hindsight webhooks add
 * --author <150 characters> URL" fails on PostgreSQL with "the command failed unexpectedly", and the log line
 * carries the endpoint's signing secret (see FailedStatementMessagesTest). Incidents, dismissals and lint settings
 * refuse a long author naming it; an endpoint must too (see TemplateAuthorLimitsTest for templates).
 */
class WebhookAuthorLimitsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anEndpointRegisteredByAnAuthorLongerThanItsColumnIsRefusedNamingTheAuthor(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Webhooks webhooks = new Webhooks(store.database(), CLOCK);
            Throwable thrown = catchThrowable(() -> webhooks.register("https://hooks.example.com/in", "chat",
                    List.of(), "a".repeat(150)));
            assertThat(thrown).isInstanceOf(InvalidInput.class);
        }
    }
}
