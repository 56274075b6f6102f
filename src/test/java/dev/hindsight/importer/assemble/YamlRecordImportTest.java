package dev.hindsight.importer.assemble;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * An incident kept as a YAML file, and front matter whose keys are a program's ("started_at", "detectedAt"): its
 * times, severity and action items are the record's, as labels in words would be.
 */
class YamlRecordImportTest {

    private static final DocumentImporter IMPORTER = new DocumentImporter(Conventions.defaults());

    private static PostMortem read(String document) {
        return IMPORTER.read(document, null).record();
    }

    @Test
    void aYamlRecordGivesItsTimesSeverityAndActionItems() {
        PostMortem record = read("""
                # incidents/2026/2026-04-02-ledger-lag.yaml
                id: OPS-311
                title: Ledger replication lagged by 40 minutes
                severity: sev2
                started_at: 2026-04-02T09:12:00Z
                detected_at: 2026-04-02T09:20:00Z
                resolved_at: 2026-04-02T09:52:00Z
                summary: >
                  The ledger replica fell 40 minutes behind after a vacuum held a lock.
                action_items:
                  - title: Alert on replication lag over 5 minutes
                    owner: Ana Ruiz
                    due: 2026-04-30
                  - title: Run vacuum outside the settlement window
                    owner: null
                    due: null
                """);

        assertThat(record.title()).isEqualTo("Ledger replication lagged by 40 minutes");
        assertThat(record.severity().label()).isEqualTo("sev2");
        assertThat(record.startedAt()).contains(Instant.parse("2026-04-02T09:12:00Z"));
        assertThat(record.detectedAt()).contains(Instant.parse("2026-04-02T09:20:00Z"));
        assertThat(record.resolvedAt()).contains(Instant.parse("2026-04-02T09:52:00Z"));
        assertThat(record.actionItems()).extracting(ActionItem::owner, ActionItem::dueDate).containsExactly(
                tuple("Ana Ruiz", LocalDate.of(2026, 4, 30)), tuple("", null));
    }

    @Test
    void frontMatterKeysInSnakeOrCamelCaseAreTheirLabels() {
        PostMortem record = read("""
                ---
                title: Search returned nothing
                startedAt: 2026-09-08T13:02:00Z
                detected_at: 2026-09-08T13:09:00Z
                ended_at: 2026-09-08T14:19:00Z
                ---

                ## Summary

                Every search returned an empty page for 77 minutes.
                """);

        assertThat(record.startedAt()).contains(Instant.parse("2026-09-08T13:02:00Z"));
        assertThat(record.detectedAt()).contains(Instant.parse("2026-09-08T13:09:00Z"));
        assertThat(record.resolvedAt()).contains(Instant.parse("2026-09-08T14:19:00Z"));
    }
}
