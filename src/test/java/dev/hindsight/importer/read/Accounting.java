package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;

/** The readers' promise that nothing is lost: every line of every block given is in a value, context or a skip. */
final class Accounting {

    private Accounting() {
    }

    static void assertEveryLineAccountedFor(List<Block> blocks, List<? extends Sourced<?>> values, ImportLog log) {
        List<Lines> covered = new ArrayList<>();
        values.forEach(v -> covered.add(v.lines()));
        log.context().forEach(c -> covered.add(c.lines()));
        log.skipped().forEach(s -> covered.add(s.lines()));
        for (Block b : blocks) {
            for (int line = b.lines().first(); line <= b.lines().last(); line++) {
                int l = line;
                assertThat(covered.stream().anyMatch(c -> c.contains(l)))
                        .as("line %d (%s '%s') is accounted for", l, b.kind(), b.text()).isTrue();
            }
        }
    }
}
