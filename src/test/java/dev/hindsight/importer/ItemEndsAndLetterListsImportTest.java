package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Blocks;
import dev.hindsight.importer.sections.PlainHeadings;
import dev.hindsight.importer.sections.Vocabulary;
import dev.hindsight.incident.PostMortem;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Edges the day's review found in the seventh set's readers: an item ending in a dash, work that names a team it
 * tells, a list in capitals inside a letter with numbered sections, and many lined-up rows with no table to make.
 */
class ItemEndsAndLetterListsImportTest {

    private final DocumentImporter importer = new DocumentImporter(Conventions.defaults());

    private PostMortem read(String document) {
        return importer.read(document.getBytes(StandardCharsets.UTF_8), null).record();
    }

    @Test
    void anItemEndingInADashIsReadWithoutItsDash() {
        PostMortem r = read("""
                # Queue purge

                ## Action items

                - Update the runbook -
                - Rotate the keys - Owner -
                """);
        assertThat(r.actionItems()).hasSize(2);
    }

    @Test
    void workThatTellsATeamIsNoTeamOwningIt() {
        PostMortem r = read("""
                # Queue purge

                ## Action items

                - Update the runbook. Notify the support team.
                - Fix the retry logic - tell the team
                - Add a lag alert. Loyalty platform team.
                """);
        assertThat(r.actionItems()).extracting(a -> a.owner())
                .containsExactly("", "", "Loyalty platform team");
    }

    @Test
    void aListInCapitalsInALetterWithNumberedSectionsStaysAList() {
        String letter = """
                Dear customer,

                1. SUMMARY OF EVENT

                On 4 August 2026 the core switch in SYD2 failed.

                Affected services:

                - DNS
                - CDN
                - OBJECT STORAGE

                2. SEQUENCE OF EVENTS

                16:17 AEST the switch fails.
                """;
        List<Block> read = PlainHeadings.of(Blocks.markdown(letter).blocks(), Vocabulary.builtIn());
        assertThat(read).filteredOn(b -> b.is(Block.Kind.HEADING)).extracting(Block::text)
                .containsExactly("SUMMARY OF EVENT", "Affected services:", "SEQUENCE OF EVENTS");
        assertThat(read).filteredOn(b -> b.is(Block.Kind.LIST_ITEM)).extracting(Block::text)
                .containsExactly("DNS", "CDN", "OBJECT STORAGE");
    }

    @Test
    void manyLinedUpRowsWithNoHeaderAboveThemAreReadOnce() {
        StringBuilder doc = new StringBuilder("# Fleet\n\n");
        for (int i = 0; i < 20_000; i++) {
            doc.append("billing    Kai    eu    up\n");
        }
        doc.append("checkout ok\n");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> read(doc.toString()));
    }
}
