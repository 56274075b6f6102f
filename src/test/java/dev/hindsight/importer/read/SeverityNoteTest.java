package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A severity's level parted from the note written in brackets after it, and the levels it is never parted from. */
class SeverityNoteTest {

    @Test
    void aLevelWrittenWithAWordAndANumberOrLetterIsPartedFromItsBracketedNote() {
        assertThat(SeverityNote.of("P1 (Major Incident)")).hasValue(new SeverityNote("P1", "Major Incident"));
        assertThat(SeverityNote.of("Sev-4 (no crop loss; water use only)"))
                .hasValue(new SeverityNote("Sev-4", "no crop loss; water use only"));
        assertThat(SeverityNote.of("Störungsklasse 2 (hoch / high)"))
                .hasValue(new SeverityNote("Störungsklasse 2", "hoch / high"));
        assertThat(SeverityNote.of("Category B (major operational disruption)"))
                .hasValue(new SeverityNote("Category B", "major operational disruption"));
        assertThat(SeverityNote.of("SEV 2 [raised from SEV 3 at 10:40]."))
                .hasValue(new SeverityNote("SEV 2", "raised from SEV 3 at 10:40"));
    }

    @Test
    void aSeverityWordOrABareNumberKeepsItsBracketsAsPartOfTheLevel() {
        assertThat(SeverityNote.of("Major (High Impact, customer-facing)")).isEmpty();
        assertThat(SeverityNote.of("1 (User-Visible Production Impact)")).isEmpty();
        assertThat(SeverityNote.of("2 - High")).isEmpty();
    }

    @Test
    void aValueThatGoesOnAfterItsBracketsOrNestsThemIsNotParted() {
        assertThat(SeverityNote.of("SEV2 (raised) after the second page")).isEmpty();
        assertThat(SeverityNote.of("SEV2 (see (1) below)")).isEmpty();
        assertThat(SeverityNote.of("SEV2")).isEmpty();
        assertThat(SeverityNote.of("SEV2 ()")).isEmpty();
        assertThat(SeverityNote.of("Category Bravo (a codename)")).isEmpty();
    }

    @Test
    void aLevelIsPartedFromANoteAfterASpacedDashAsFromOneInBrackets() {
        assertThat(SeverityNote.of("P3 – Moderate")).hasValue(new SeverityNote("P3", "Moderate"));
        assertThat(SeverityNote.of("Level 1 - patient harm possible (under review)"))
                .hasValue(new SeverityNote("Level 1", "patient harm possible (under review)"));
        assertThat(SeverityNote.of("SEV-3")).as("the level's own hyphen is no note's").isEmpty();
        assertThat(SeverityNote.of("3 – Moderate")).as("a bare number keeps its words").isEmpty();
        assertThat(SeverityNote.of("SEV2 — partial outage")).as("an em dash's aside is the level's").isEmpty();
    }
}
