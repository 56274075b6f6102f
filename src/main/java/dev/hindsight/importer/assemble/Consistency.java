package dev.hindsight.importer.assemble;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemRules;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a record read from a document one the store accepts, without dropping anything: a milestone the document
 * puts out of order ("resolved" before "started", as a misread year or zone can make it) becomes an ordinary
 * timeline entry, and the import report says so. Stateless.
 */
final class Consistency {

    private static final Pattern EVENT_AT = Pattern.compile("^timeline\\[(\\d+)]\\.at$");
    private static final int MAX_ROUNDS = 20;

    private Consistency() {
    }

    static PostMortem settle(PostMortem record, Conventions conventions, ImportLog log) {
        PostMortemRules rules = new PostMortemRules(conventions);
        PostMortem current = record;
        for (int round = 0; round < MAX_ROUNDS; round++) {
            // Only the order of milestones is settled here, and only its problems name "timeline[i].at".
            List<FieldProblem> problems = rules.milestoneOrderProblems(current);
            int demote = -1;
            for (FieldProblem problem : problems) {
                Matcher m = EVENT_AT.matcher(problem.field());
                if (m.matches()) {
                    demote = Integer.parseInt(m.group(1));
                    log.note("timeline entry " + (demote + 1) + " was read as a milestone but " + problem.problem()
                            + "; kept as an ordinary entry");
                    break;
                }
            }
            if (demote < 0) {
                return current;
            }
            List<TimelineEvent> events = new ArrayList<>(current.timeline().events());
            TimelineEvent e = events.get(demote);
            events.set(demote, new TimelineEvent(e.at(), e.zone(), e.text().isBlank() ? e.kind().label() : e.text(),
                    EventKind.NOTE, e.author(), e.source(), e.result(), e.details()));
            current = current.toBuilder().timeline(new dev.hindsight.timeline.Timeline(events)).build();
        }
        return current;
    }
}
