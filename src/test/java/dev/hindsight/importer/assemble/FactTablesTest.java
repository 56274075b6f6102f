package dev.hindsight.importer.assemble;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Blocks;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.incident.PostMortem;
import org.junit.jupiter.api.Test;

/** Two-column tables with an empty header row, as writers lay out a sheet of labelled facts. */
class FactTablesTest {

    private static final String FACT_SHEET = """
            | | |
            |---|---|
            | **Trigger** | A config change broke logins. |
            | Why not detected sooner: | The alert looks at a 15-minute window. |
            """;

    @Test
    void anEmptyHeaderedTwoColumnTableReadsAsLabelledLines() {
        SourceText read = FactTables.asLines(Blocks.markdown(FACT_SHEET));

        assertThat(read.blocks()).singleElement().satisfies(b -> {
            assertThat(b.kind()).isEqualTo(Block.Kind.PARAGRAPH);
            assertThat(b.text()).isEqualTo("Trigger: A config change broke logins.\n"
                    + "Why not detected sooner: The alert looks at a 15-minute window.");
            assertThat(b.lines()).isEqualTo(new Lines(3, 4));
        });
        assertThat(read.skipped()).extracting(SourceText.Skip::lines).contains(Lines.of(1));
    }

    @Test
    void aTableWithARealHeaderRowIsLeftAsItIs() {
        SourceText source = Blocks.markdown("""
                | Measure | Value |
                |---|---|
                | Window | 75 min |
                """);

        assertThat(FactTables.asLines(source)).isSameAs(source);
    }

    @Test
    void aHeaderRowThatIsTheFirstFactIsReadAsOne() {
        SourceText read = FactTables.asLines(Blocks.markdown("""
                | Severity | S2 |
                |---|---|
                | Incident lead | Hanne Vestergaard |
                """));

        assertThat(read.blocks()).singleElement().extracting(Block::text)
                .isEqualTo("Severity: S2\nIncident lead: Hanne Vestergaard");
    }

    @Test
    void aHeaderRowNamingItsColumnsIsNoFact() {
        SourceText source = Blocks.markdown("""
                | Question raised in review | Answer |
                |---|---|
                | Could the gateway have caught this? | Yes. |
                """);

        assertThat(FactTables.asLines(source)).isSameAs(source);
    }

    @Test
    void anEmptyHeaderOverRowsThatAreNoLabelsIsLeftAsItIs() {
        SourceText source = Blocks.markdown("""
                | | |
                |---|---|
                | 10:04 | First failures |
                | Trigger | A config change |
                """);

        assertThat(FactTables.asLines(source)).isSameAs(source);
    }

    @Test
    void aCauseSectionLaidOutAsAFactSheetReadsWithoutPipes() {
        PostMortem record = new DocumentImporter(Conventions.defaults()).read("""
                # Logins failed after a config change

                ## Cause

                """ + FACT_SHEET, null).record();

        var cause = record.analysis().rootCause();
        assertThat(cause.whatHappened()).isEqualTo("A config change broke logins.");
        assertThat(cause.whyNotCaughtEarlier()).isEqualTo("The alert looks at a 15-minute window.");
        assertThat(cause.summary() + cause.whatHappened() + cause.whyItHappened()).doesNotContain("|");
    }

    @Test
    void aHeaderFactSheetUnderTheTitleFillsTheFieldsItsLabelsName() {
        PostMortem record = new DocumentImporter(Conventions.defaults()).read("""
                # Logins failed after a config change

                | | |
                |---|---|
                | Incident | TT-PAY-2026-014 |
                | Severity | S2 |
                | Incident lead | Hanne Vestergaard |
                | Review date | 2026-07-13 |
                """, null).record();

        assertThat(record.id()).isEqualTo("TT-PAY-2026-014");
        assertThat(record.severity().label()).isEqualTo("S2");
        assertThat(record.responders()).extracting(r -> r.name() + " / " + r.role())
                .containsExactly("Hanne Vestergaard / Incident lead");
        assertThat(record.analysis().summary()).doesNotContain("|");
    }

    @Test
    void anIncidentLabelWithoutANumberIsNoId() {
        PostMortem record = new DocumentImporter(Conventions.defaults()).read("""
                # Logins failed after a config change

                Incident: Outage
                """, null).record();

        assertThat(record.id()).isNull();
    }
}
