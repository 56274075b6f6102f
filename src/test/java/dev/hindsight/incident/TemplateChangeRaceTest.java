package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.lint.completeness.OrganisationLayouts;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import dev.hindsight.template.OrganisationTemplates;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * An organisation's template whose sections change, saved while a recount is between counting a batch and writing
 * it: the batch was counted under the old sections, so none of it may be written as current, even for counts that
 * were already behind when it read them, or that another recount brought up to date in between (marked behind again,
 * they looked as the batch read them, when every marking wrote -1). The next pass counts them under the new sections.
 */
class TemplateChangeRaceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aBatchCountedBeforeATemplatesSectionsChangedIsNotWrittenAsCurrent(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), clock);
            PostMortem record = incidents.create(Records.full("Checkout 502s").toBuilder().layout("one-pager")
                    .owner("").build(), "priya");
            OrganisationTemplates templates = new OrganisationTemplates(store.database(), clock,
                    OrganisationLayouts::recountWhenSectionsChange);
            // Every count behind already (conventions or settings changed), for the recount.
            store.database().jdbi().useTransaction(FindingRecount::markAllBehind);
            FindingRecount recount = incidents.findingRecount();
            int version = store.database().jdbi().withHandle(h -> OpenFindings.installed().settingsVersion(h));
            List<FindingRecount.Recounted> counted = recount.count(recount.read(version, ""));
            assertThat(counted).hasSize(1);

            templates.save("one-pager", "", "# {{title}}\n\n**Owner:** {{#owner}}{{owner}}{{/owner}}{{^owner}}"
                    + "{{#placeholders}}[Name]{{/placeholders}}{{/owner}}\n", "ada");

            assertThat(recount.write(counted)).as("counted under the template's old sections").isZero();
            assertThat(recount.behind()).isEqualTo(1);
            recount.recount((done, of) -> { });
            assertThat(recount.behind()).isZero();
            OpenFindings.Counts now = store.database().jdbi().withHandle(h ->
                    IncidentFindings.of(h, List.of(record.id())).get(record.id()).counts());
            assertThat(now).isNotEqualTo(counted.get(0).counted().counts());
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aBatchCountedBeforeAnotherRecountAndATemplateChangeIsNotWrittenAsCurrent(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), clock);
            incidents.create(Records.full("Checkout 502s").toBuilder().layout("one-pager").owner("").build(), "priya");
            OrganisationTemplates templates = new OrganisationTemplates(store.database(), clock,
                    OrganisationLayouts::recountWhenSectionsChange);
            store.database().jdbi().useTransaction(FindingRecount::markAllBehind);
            FindingRecount slow = incidents.findingRecount();
            int version = store.database().jdbi().withHandle(h -> OpenFindings.installed().settingsVersion(h));
            List<FindingRecount.Recounted> counted = slow.count(slow.read(version, ""));
            incidents.findingRecount().recount((done, of) -> { }); // another node's recount, quicker
            templates.save("one-pager", "", "# {{title}}\n\n**Owner:** {{#owner}}{{owner}}{{/owner}}{{^owner}}"
                    + "{{#placeholders}}[Name]{{/placeholders}}{{/owner}}\n", "ada");

            assertThat(slow.write(counted)).as("counted under the template's old sections").isZero();
            assertThat(slow.behind()).isEqualTo(1);
        }
    }
}
