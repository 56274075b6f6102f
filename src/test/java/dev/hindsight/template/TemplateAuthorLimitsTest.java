package dev.hindsight.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Found by the hunt: "hindsight templates add --author <250 characters> NAME FILE" stores the command line's author
 * unchecked in document_templates.saved_by, VARCHAR(200), and fails on PostgreSQL with "the command failed
 * unexpectedly". A change's author is refused past 200 characters elsewhere (Incidents, dismissals, lint settings);
 * a template's must be too (see WebhookAuthorLimitsTest for the same on webhooks).
 */
class TemplateAuthorLimitsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTemplateSavedByAnAuthorLongerThanItsColumnIsRefusedNamingTheAuthor(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            OrganisationTemplates templates = new OrganisationTemplates(store.database(), CLOCK);
            Throwable thrown = catchThrowable(() -> templates.save("our-layout", "ours", "# {{title}}\n",
                    "a".repeat(250)));
            assertThat(thrown).isInstanceOf(InvalidInput.class);
        }
    }
}
