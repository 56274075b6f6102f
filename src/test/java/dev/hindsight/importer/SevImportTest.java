package dev.hindsight.importer;

import dev.hindsight.importer.*;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionStatus;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** A SEV document written by a person, not by Hindsight: guidance left in, sections reordered, odd times. */
class SevImportTest {

    static String resource(String name) throws IOException {
        try (InputStream in = SevImportTest.class.getResourceAsStream("/imports/" + name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void aHandWrittenSevDocumentIsReadField() throws IOException {
        Imported imported = new DocumentImporter(Conventions.defaults()).read(resource("sev-handwritten.md"), null);
        PostMortem r = imported.record();

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.SEV);
        assertThat(r.id()).isEqualTo("SEV-0107");
        assertThat(r.title()).isEqualTo("Search results empty for EU customers");
        assertThat(r.dateWritten()).isEqualTo(LocalDate.of(2026, 3, 3));
        assertThat(r.severity().level()).isEqualTo(2);
        assertThat(r.detection().method()).isEqualTo("User Reports");
        assertThat(r.impact().services()).containsExactly("Search API", "EU indexer");
        assertThat(r.responders()).extracting(Responder::name, Responder::role).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Dana Whitfield", "Incident Commander"),
                org.assertj.core.groups.Tuple.tuple("Raj Patel", "Technical Counsel"),
                org.assertj.core.groups.Tuple.tuple("Lena Vogt", "Technical Counsel"));
        assertThat(r.responders().get(0).link()).isEqualTo("https://people.example.com/dana");
        assertThat(r.analysis().summary()).startsWith("Search returned no results for EU customers");
        assertThat(r.analysis().narrative()).contains("| which normally writes to a staging alias |");
        assertThat(r.timeline().events()).extracting(TimelineEvent::at).containsExactly(
                Instant.parse("2026-03-03T07:50:00Z"), Instant.parse("2026-03-03T08:40:00Z"),
                Instant.parse("2026-03-03T09:05:00Z"), Instant.parse("2026-03-03T10:10:00Z"));
        assertThat(r.timeline().events()).extracting(TimelineEvent::kind).containsExactly(EventKind.STARTED,
                EventKind.DETECTED, EventKind.ROOT_CAUSE_IDENTIFIED, EventKind.RESOLVED);
        assertThat(r.durationMinutes()).contains(140L);
        assertThat(r.actionItems()).extracting(a -> a.title(), a -> a.status(), a -> a.ticket()).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Add a dry-run flag to the rebuild script", ActionStatus.DONE,
                        "SEARCH-88"),
                org.assertj.core.groups.Tuple.tuple("Alert when the live index has zero documents", ActionStatus.OPEN,
                        ""));
        assertThat(r.extraSections()).singleElement().satisfies(extra -> {
            assertThat(extra.heading()).isEqualTo("Things we want to remember");
            assertThat(extra.body()).isEqualTo("The rebuild script has no dry-run mode.");
        });
        assertThat(imported.notes()).anyMatch(n -> n.contains("Things we want to remember"));
    }
}
