package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.importer.read.ImportLog;
import java.util.ArrayList;
import java.util.List;

/**
 * Where every source line went: into a field, into an extra section, used as context, or skipped and why. A
 * line claimed twice keeps the strongest claim (a field over an extra section over context over skipped), and a
 * line nobody claimed is reported as skipped with the reason the assembler gives, so nothing is lost unseen.
 * One per document; not thread-safe.
 */
final class LineAccount {

    private static final int FIELD = 4;
    private static final int EXTRA = 3;
    private static final int CONTEXT = 2;
    private static final int SKIPPED = 1;
    private static final String[] USES = {"", "skipped", "context", "extra", "field"};

    private final SourceText source;
    private final int[] strength;
    private final String[] to;

    LineAccount(SourceText source) {
        this.source = source;
        this.strength = new int[source.lines().size() + 1];
        this.to = new String[source.lines().size() + 1];
    }

    void field(Lines lines, String path) {
        claim(lines, FIELD, path);
    }

    void extra(Lines lines, String heading) {
        claim(lines, EXTRA, heading);
    }

    void context(Lines lines, String what) {
        claim(lines, CONTEXT, what);
    }

    void skipped(Lines lines, String why) {
        claim(lines, SKIPPED, why);
    }

    void log(ImportLog log) {
        log.context().forEach(c -> context(c.lines(), c.what()));
        log.skipped().forEach(s -> skipped(s.lines(), s.reason()));
        log.guesses().forEach(g -> context(g.from(), "guess for " + g.field() + ": " + g.what()));
    }

    private void claim(Lines lines, int claim, String what) {
        int last = Math.min(lines.last(), strength.length - 1);
        for (int i = lines.first(); i <= last; i++) {
            if (claim > strength[i]) {
                strength[i] = claim;
                to[i] = what;
            }
        }
    }

    /** Lines nobody claimed, as runs, for the assembler to place. */
    List<Lines> unclaimed() {
        List<Lines> out = new ArrayList<>();
        int start = -1;
        for (int i = 1; i < strength.length; i++) {
            boolean open = strength[i] == 0 && !source.line(i).isBlank();
            if (open && start < 0) {
                start = i;
            }
            if (!open && start > 0 && !source.line(i).isBlank()) {
                out.add(new Lines(start, lastNonBlank(start, i - 1)));
                start = -1;
            }
        }
        if (start > 0) {
            out.add(new Lines(start, lastNonBlank(start, strength.length - 1)));
        }
        return out;
    }

    private int lastNonBlank(int from, int to) {
        int last = to;
        while (last > from && source.line(last).isBlank()) {
            last--;
        }
        return last;
    }

    /** Every non-blank line and where it went; a line still unclaimed is reported as skipped with {@code why}. */
    List<ImportReport.LineUse> uses(String why) {
        List<ImportReport.LineUse> out = new ArrayList<>();
        for (int i = 1; i < strength.length; i++) {
            String text = source.line(i);
            if (text.isBlank()) {
                continue;
            }
            out.add(strength[i] == 0 ? new ImportReport.LineUse(i, text, "skipped", why)
                    : new ImportReport.LineUse(i, text, USES[strength[i]], to[i]));
        }
        return out;
    }
}
