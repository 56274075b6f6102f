package dev.hindsight.lint.consistency;

import dev.hindsight.importer.assemble.ImportReport;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import dev.hindsight.timeline.TimelineEvent;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * consistency.timeline-order, for a document: an entry written out of sequence with its neighbours' times, usually
 * an entry after midnight that kept the day before's date, or a time typed wrong. The record keeps its timeline in
 * time order, so the order as written is read from the import report's lines. A timeline written newest first (as
 * status pages are) is a way of writing, not a mistake: the direction most entries follow is the document's.
 * Stateless.
 */
public final class WrittenOrder {

    private static final Pattern EVENT = Pattern.compile("^timeline\\[(\\d+)]$");
    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    private WrittenOrder() {
    }

    private static boolean overlap(Lines a, Lines b) {
        return a.first() <= b.last() && b.first() <= a.last();
    }

    public static List<Finding> check(PostMortem record, ImportReport report) {
        List<TimelineEvent> events = record.timeline().events();
        Map<Integer, Lines> linesOf = new HashMap<>();
        for (ImportReport.Field f : report.fields()) {
            if (!f.field().startsWith("timeline[") || f.from().isEmpty()) {
                continue; // most of the report's fields: not an event, and no pattern tried on them
            }
            Matcher m = EVENT.matcher(f.field());
            if (m.matches()) {
                Lines all = f.from().stream().reduce(Lines::span).orElseThrow();
                linesOf.putIfAbsent(Integer.parseInt(m.group(1)), all);
            }
        }
        Map<Integer, Integer> lineOf = new HashMap<>();
        linesOf.forEach((i, l) -> lineOf.put(i, l.first()));
        // Events in time order, each with the line it was written on; same-instant neighbours keep the written order.
        List<int[]> steps = new ArrayList<>();
        int up = 0;
        int down = 0;
        Integer previous = null;
        for (int i = 0; i < events.size(); i++) {
            Integer line = lineOf.get(i);
            if (line == null) {
                continue;
            }
            // Entries read from one block (lines joined by <br>) share their lines: their written order is unknown.
            if (previous != null && !events.get(previous).at().equals(events.get(i).at())
                    && !overlap(linesOf.get(previous), linesOf.get(i))) {
                int step = line - lineOf.get(previous);
                if (step > 0) {
                    up++;
                } else if (step < 0) {
                    down++;
                }
                steps.add(new int[] {previous, i, step});
            }
            previous = i;
        }
        boolean newestFirst = down > up;
        List<Finding> out = new ArrayList<>();
        for (int[] s : steps) {
            boolean against = newestFirst ? s[2] > 0 : s[2] < 0;
            if (!against) {
                continue;
            }
            TimelineEvent earlier = events.get(s[0]);
            TimelineEvent later = events.get(s[1]);
            int writtenLater = newestFirst ? s[1] : s[0];
            out.add(RecordRule.whole("consistency.timeline-order", FindingLevel.WARNING, "timeline[" + writtenLater
                    + "]", "The entry at " + earlier.local().format(SHOWN) + " (line " + lineOf.get(s[0])
                    + ") is written " + (newestFirst ? "before" : "after") + " the one at "
                    + later.local().format(SHOWN) + " (line " + lineOf.get(s[1]) + "), against the timeline's order.",
                    "Check the entry's date and time (an entry after midnight needs the next day's date) or move it "
                            + "to its place."));
        }
        return out;
    }
}
