package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** A log pasted as comma-separated values: its header, and its rows' cells. */
class CommaSeparatedLogTest {

    @Test
    void aHeaderNamesItsColumnsAndHasATimeAmongThem() {
        assertThat(CommaSeparatedLog.header("timestamp_utc,source,who,event")).isPresent();
        assertThat(CommaSeparatedLog.header("time,actor,message")).isPresent();
    }

    @Test
    void aRowASentenceWithCommasOrColumnsWithoutATimeAreNoHeader() {
        assertThat(CommaSeparatedLog.header("2026-08-12 13:52:40,deploy,ci,rollout")).isEmpty();
        assertThat(CommaSeparatedLog.header("We paged Ana, then Bo, then the lead")).isEmpty();
        assertThat(CommaSeparatedLog.header("source,who,event")).isEmpty();
        assertThat(CommaSeparatedLog.header("time,event")).isEmpty();
    }

    @Test
    void aRowsQuotedCellsKeepTheirCommasAndADashIsNobody() {
        assertThat(CommaSeparatedLog.cells("2026-08-12 14:05:31,slack,-,\"acked, looking at \"\"worker\"\" logs\""))
                .containsExactly("2026-08-12 14:05:31", "slack", "", "acked, looking at \"worker\" logs");
    }
}
