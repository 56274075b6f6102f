package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A Markdown delimiter row told from a wiki's row of bars, however many cells it has. */
class WikiTablesTest {

    @Test
    void delimiterRowsAreToldWithOrWithoutOuterBarsAndAlignment() {
        assertThat(WikiTables.isMarkdownDelimiter("|---|:--:| --: |")).isTrue();
        assertThat(WikiTables.isMarkdownDelimiter("--- | ---")).isTrue();
        assertThat(WikiTables.isMarkdownDelimiter("-")).isTrue();
        assertThat(WikiTables.isMarkdownDelimiter("| 05:40 | Rule toggled on |")).isFalse();
        assertThat(WikiTables.isMarkdownDelimiter("|---||")).isFalse();
        assertThat(WikiTables.isMarkdownDelimiter("|")).isFalse();
        assertThat(WikiTables.isMarkdownDelimiter("")).isFalse();
        assertThat(WikiTables.isMarkdownDelimiter("|:-:-|")).isFalse();
    }

    @Test
    void aRowOfAHundredThousandCellsIsReadWithoutOverflowingTheStack() {
        String header = "| x ".repeat(100_000) + "|";
        String delimiter = "|---".repeat(100_000) + "|";
        WikiTables.Taken none = new WikiTables.Taken(header + "\n" + delimiter + "\n", List.of(), List.of());

        assertThat(WikiTables.isMarkdownDelimiter(delimiter)).isTrue();
        assertThat(BarTables.take(none)).isSameAs(none); // a Markdown table, left to the parser
    }
}
