package dev.hindsight.template;

import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.Analysis.LessonKind;
import dev.hindsight.incident.Analysis.MeasureKind;
import java.util.Locale;

/** The analysis variables: summary, root cause, findings, lessons, prevention. */
final class AnalysisView {
    private AnalysisView() {
    }

    static View of(Analysis a) {
        View v = new View().put("summary", a.summary()).put("oneLineSummary", a.oneLineSummary())
                .put("narrative", a.narrative())
                .put("rootCause", new View().put("summary", a.rootCause().summary())
                        .put("whatHappened", a.rootCause().whatHappened())
                        .put("whyItHappened", a.rootCause().whyItHappened())
                        .put("whyNotCaughtEarlier", a.rootCause().whyNotCaughtEarlier()))
                .list("contributingFactors", a.contributingFactors(), AnalysisView::finding)
                .list("fiveWhys", a.fiveWhys(), w -> new View().put("question", w.question()).put("answer", w.answer()))
                .put("resolutionSummary", a.resolutionSummary()).put("resolution", a.resolution())
                .texts("mitigationSteps", a.mitigationSteps()).put("recoveryMetrics", a.recoveryMetrics())
                .list("wentWell", a.wentWell(), AnalysisView::finding)
                .list("wentWrong", a.wentWrong(), AnalysisView::finding)
                .list("gotLucky", a.gotLucky(), AnalysisView::finding)
                .texts("effectiveProcedures", a.effectiveProcedures()).texts("procedureGaps", a.procedureGaps())
                .put("prevention", a.prevention())
                .put("escalation", a.escalation()).texts("escalationGaps", a.escalationGaps())
                .texts("automationOpportunities", a.automationOpportunities())
                .put("supportingMetrics", a.supportingMetrics());
        View lessons = new View();
        for (LessonKind kind : LessonKind.values()) {
            lessons.list(kind.code(), a.lessons().stream().filter(l -> l.kind() == kind).toList(),
                    l -> new View().put("title", l.title()).put("learned", l.learned()).put("apply", l.apply()));
        }
        lessons.list("all", a.lessons(), l -> new View().put("kind", l.kind().code()).put("title", l.title())
                .put("learned", l.learned()).put("apply", l.apply()));
        v.put("lessons", lessons);
        View measures = new View();
        for (MeasureKind kind : MeasureKind.values()) {
            measures.list(kind.code().toLowerCase(Locale.ROOT), a.preventionMeasures().stream()
                            .filter(m -> m.kind() == kind).toList(),
                    m -> new View().put("text", m.text()).flag("done", m.done()).put("box", m.done() ? "[x]" : "[ ]"));
        }
        v.put("preventionMeasures", measures);
        return v;
    }

    private static View finding(Finding f) {
        return new View().put("title", f.title()).put("description", f.description()).put("impact", f.impact())
                .put("severity", f.severity());
    }
}
