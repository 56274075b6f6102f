package dev.hindsight.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class OrganisationTemplatesTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aSavedTemplateRendersARealRecord(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            OrganisationTemplates templates = new OrganisationTemplates(store.database(), CLOCK);
            templates.save("acme", "ACME one-pager", """
                    # {{id}} {{title}}
                    Severity {{severity.label}}, {{duration}}.
                    {{#actionItems}}
                    - {{title}} ({{owner}})
                    {{/actionItems}}
                    """, "priya");

            String rendered = new Renderer(templates.templates(), Conventions.defaults())
                    .markdown(Specimen.record(), "acme", RenderOptions.defaults());

            assertThat(rendered).startsWith("# INC-2026-0042 Checkout returned 502s after a certificate rotation\n")
                    .contains("Severity 1, 47 minutes.", "- Validate certificate chains in CI (Lea Fischer)");
            assertThat(templates.list()).extracting(OrganisationTemplates.Saved::name).containsExactly("acme");
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTemplateWithAnUnknownVariableIsRefusedWithItsLineAndNotSaved(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            OrganisationTemplates templates = new OrganisationTemplates(store.database(), CLOCK);

            assertThatThrownBy(() -> templates.save("acme", "", "# {{title}}\n\nOwner: {{owner}}\n{{sevrity.label}}\n",
                    "priya")).isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.problems().get(0).field()).isEqualTo("source:4");
                        assertThat(e.problems().get(0).problem()).contains("unknown variable 'sevrity.label'");
                    });
            assertThat(templates.list()).isEmpty();
        }
    }

    /** The store keeps 300 characters of a description; PostgreSQL refused more with a 500. */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aDescriptionLongerThanTheLimitIsRefusedNamingItAndNothingIsSaved(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            OrganisationTemplates templates = new OrganisationTemplates(store.database(), CLOCK);

            assertThatThrownBy(() -> templates.save("acme", "d".repeat(301), "# {{title}}\n", "priya"))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.problems().get(0).field()).isEqualTo("description");
                        assertThat(e.problems().get(0).problem()).isEqualTo("is 301 characters; at most 300");
                    });
            assertThat(templates.list()).isEmpty();
            templates.save("acme", "d".repeat(300), "# {{title}}\n", "priya");
            assertThat(templates.list()).hasSize(1);
        }
    }

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void replacingATemplateIsSeenByTheNextRender(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            OrganisationTemplates templates = new OrganisationTemplates(store.database(), CLOCK);
            Renderer renderer = new Renderer(templates.templates(), Conventions.defaults());
            templates.save("acme", "", "first {{title}}", "priya");
            assertThat(renderer.markdown(Specimen.record(), "acme", RenderOptions.defaults())).startsWith("first");

            new OrganisationTemplates(store.database(), Clock.offset(CLOCK, java.time.Duration.ofMinutes(1)))
                    .save("acme", "", "second {{title}}", "jonas");

            assertThat(renderer.markdown(Specimen.record(), "acme", RenderOptions.defaults())).startsWith("second");
            templates.remove("acme");
            assertThatThrownBy(() -> renderer.markdown(Specimen.record(), "acme", RenderOptions.defaults()))
                    .isInstanceOf(NotFound.class);
        }
    }

    @org.junit.jupiter.api.Test
    void brokenSectionsIncludesAndBuiltInNamesAreRefused() {
        assertThatThrownBy(() -> OrganisationTemplates.check("acme", "line one\n{{#actionItems}}\n- {{title}}\n"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("source:2");
                    assertThat(e.problems().get(0).problem()).contains("actionItems");
                });
        assertThatThrownBy(() -> OrganisationTemplates.check("acme", "{{> /etc/passwd}}"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("cannot include");
        assertThatThrownBy(() -> OrganisationTemplates.check("sev", "{{title}}"))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("built-in");
        assertThatThrownBy(() -> OrganisationTemplates.check("Bad Name", "{{title}}"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> assertThat(e.problems().get(0).field())
                        .isEqualTo("name"));
    }
}
