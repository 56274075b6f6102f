package dev.hindsight.related;

import dev.hindsight.incident.Access;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.Analysis.RootCause;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.severity.Severity;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.util.List;

/** Incidents planted among generated ones: three near-duplicates about one failure, and one like nothing else. */
final class Planted {
    private Planted() {
    }

    /** The payments connection pool ran dry, told a little differently each time. */
    static PostMortem poolExhaustion(String title, String started, String responder) {
        return PostMortem.builder()
                .title(title)
                .severity(new Severity(2, "2"))
                .impact(Impact.builder().services(List.of("Payments")).build())
                .responders(List.of(Responder.of(responder, "Incident Commander"),
                        Responder.of("Noor Haddad", "Scribe")))
                .timeline(started(started))
                .analysis(Analysis.builder()
                        .summary("Card payments failed because the payments database connection pool was exhausted"
                                + " by slow ledger queries.")
                        .rootCause(new RootCause("Connection pool exhaustion in the payments ledger client",
                                "Slow ledger reconciliation queries held every pooled connection.",
                                "The pool size was never revisited after the ledger grew.",
                                "No alert on pool saturation."))
                        .contributingFactors(List.of(Finding.of("Ledger reconciliation batch at peak hours")))
                        .build())
                .build();
    }

    /** An incident that shares nothing with the others. */
    static PostMortem unlike() {
        return PostMortem.builder()
                .title("Office kettle tripped the kitchen breaker")
                .timeline(started("2026-02-03T08:00:00Z"))
                .analysis(Analysis.builder().summary("Kettle tripped the breaker; the kitchen went dark.").build())
                .build();
    }

    static PostMortem restrictedTo(PostMortem record, String account) {
        return record.toBuilder().access(new Access(true, List.of(account), List.of())).build();
    }

    static Timeline started(String at) {
        return new Timeline(List.of(TimelineEvent.milestone(Instant.parse(at), EventKind.STARTED, "It began")));
    }
}
