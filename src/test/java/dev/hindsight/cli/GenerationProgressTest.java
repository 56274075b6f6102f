package dev.hindsight.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class GenerationProgressTest {

    @Test
    void onATerminalOneBarIsRedrawnInPlaceAndEndsItsLine() {
        StringWriter err = new StringWriter();
        GenerationProgress progress = new GenerationProgress(new PrintWriter(err), true);
        progress.stored(500, 1000);
        progress.stored(1000, 1000);
        progress.done();

        assertThat(err.toString()).startsWith("\r[").contains("500/1,000 incidents", "1,000/1,000 incidents")
                .endsWith(System.lineSeparator());
        // Carriage returns redraw the bar; the one line break ends it.
        assertThat(err.toString().chars().filter(c -> c == '\n')).hasSize(1);
    }

    @Test
    void elsewhereAPlainLineAtEachTenthAndNoneForTheEndWhichTheSummarySays() {
        StringWriter err = new StringWriter();
        GenerationProgress progress = new GenerationProgress(new PrintWriter(err), false);
        for (int done = 500; done <= 10_000; done += 500) {
            progress.stored(done, 10_000);
        }
        progress.done();

        assertThat(err.toString()).doesNotContain("\r");
        assertThat(err.toString().lines()).hasSize(9)
                .first().asString().startsWith("generate: 1,000 of 10,000 incidents stored (10%)");
    }
}
