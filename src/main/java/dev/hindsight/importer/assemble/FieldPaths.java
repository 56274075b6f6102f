package dev.hindsight.importer.assemble;

import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.YesNo;
import dev.hindsight.severity.Severity;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiConsumer;

/**
 * The record fields a labelled fact can fill, by path ("impact.services"), and how each is set on the draft. The
 * record's shape is code; which label fills which path is data ({@code importer/labels.json}). Stateless.
 */
final class FieldPaths {

    private static final Map<String, BiConsumer<RecordDraft, Object>> SETTERS = Map.ofEntries(
            Map.entry("dateWritten", (d, v) -> d.dateWritten((LocalDate) v)),
            Map.entry("severity", (d, v) -> d.record.severity((Severity) v)),
            Map.entry("initialSeverity", (d, v) -> d.record.initialSeverity((Severity) v)),
            Map.entry("severityAssessment", (d, v) -> d.severityAssessment((String) v)),
            Map.entry("detection.gaps", (d, v) -> d.detection.gaps(strings(v))),
            Map.entry("analysis.escalationGaps", (d, v) -> d.analysis.escalationGaps(strings(v))),
            Map.entry("analysis.automationOpportunities", (d, v) -> d.analysis.automationOpportunities(strings(v))),
            Map.entry("analysis.mitigationSteps", (d, v) -> d.analysis.mitigationSteps(strings(v))),
            Map.entry("analysis.effectiveProcedures", (d, v) -> d.analysis.effectiveProcedures(strings(v))),
            Map.entry("analysis.procedureGaps", (d, v) -> d.analysis.procedureGaps(strings(v))),
            Map.entry("analysis.oneLineSummary", (d, v) -> d.analysis.oneLineSummary((String) v)),
            Map.entry("analysis.resolutionSummary", (d, v) -> d.analysis.resolutionSummary((String) v)),
            Map.entry("attachments", (d, v) -> d.record.attachments(links(v))),
            Map.entry("knowledgeSharing", (d, v) -> d.record.knowledgeSharing(checklist(v))),
            Map.entry("supportingDocuments", (d, v) -> d.record.supportingDocuments(checklist(v))),
            Map.entry("impact.failedRequests", (d, v) -> d.impact.failedRequests((Long) v)),
            Map.entry("impact.users", (d, v) -> d.impact.users((dev.hindsight.incident.Impact.UsersAffected) v)),
            Map.entry("analysis.recoveryMetrics", (d, v) -> d.analysis.recoveryMetrics((String) v)),
            Map.entry("owner", (d, v) -> d.record.owner((String) v)),
            Map.entry("author", (d, v) -> d.record.author((String) v)),
            Map.entry("nextReviewDate", (d, v) -> d.record.nextReviewDate((LocalDate) v)),
            Map.entry("detection.method", (d, v) -> d.detection.method((String) v)),
            Map.entry("detection.story", (d, v) -> d.detection.story(d.story = (String) v)),
            Map.entry("detection.firstResponder", (d, v) -> d.detection.firstResponder((String) v)),
            Map.entry("detection.earlierSignals", (d, v) -> d.detection.earlierSignals((String) v)),
            Map.entry("detection.alertLink", (d, v) -> d.detection.alertLink((Link) v)),
            Map.entry("investigationDoc", (d, v) -> d.record.investigationDoc((Link) v)),
            Map.entry("impact.summary", (d, v) -> d.impact.summary((String) v)),
            Map.entry("impact.services", (d, v) -> d.impact.services(strings(v))),
            Map.entry("impact.appsAndApis", (d, v) -> d.impact.appsAndApis(strings(v))),
            Map.entry("impact.regions", (d, v) -> d.impact.regions(strings(v))),
            Map.entry("impact.userFacingErrors", (d, v) -> d.impact.userFacingErrors((String) v)),
            Map.entry("impact.serviceDegradation", (d, v) -> d.impact.serviceDegradation((String) v)),
            Map.entry("impact.businessImpact", (d, v) -> d.impact.businessImpact((String) v)),
            Map.entry("impact.revenueImpact", (d, v) -> d.impact.revenueImpact((String) v)),
            Map.entry("impact.reputationImpact", (d, v) -> d.impact.reputationImpact((String) v)),
            Map.entry("impact.recoveryPoint", (d, v) -> d.impact.recoveryPoint((String) v)),
            Map.entry("impact.slaBreach", (d, v) -> d.impact.slaBreach((YesNo) v)),
            Map.entry("impact.regulatory", (d, v) -> d.impact.regulatory((YesNo) v)),
            Map.entry("impact.dataLoss", (d, v) -> d.impact.dataLoss((YesNo) v)),
            Map.entry("impact.dataCorruption", (d, v) -> d.impact.dataCorruption((YesNo) v)),
            Map.entry("analysis.summary", (d, v) -> d.analysis.summary((String) v)),
            Map.entry("analysis.narrative", (d, v) -> d.analysis.narrative((String) v)),
            Map.entry("analysis.resolution", (d, v) -> d.analysis.resolution((String) v)),
            Map.entry("analysis.prevention", (d, v) -> d.analysis.prevention((String) v)),
            Map.entry("analysis.escalation", (d, v) -> d.analysis.escalation((String) v)),
            Map.entry("analysis.rootCause", (d, v) -> d.analysis.rootCause(
                    new Analysis.RootCause((String) v, null, null, null))));

    private FieldPaths() {
    }

    /** The setter of a path, or empty for a path the record does not have (a typo in the data). */
    static Optional<BiConsumer<RecordDraft, Object>> setter(String path) {
        return Optional.ofNullable(SETTERS.get(path));
    }

    @SuppressWarnings("unchecked")
    private static List<Link> links(Object v) {
        return List.copyOf((List<Link>) v);
    }

    @SuppressWarnings("unchecked")
    private static List<dev.hindsight.incident.ChecklistItem> checklist(Object v) {
        return List.copyOf((List<dev.hindsight.incident.ChecklistItem>) v);
    }

    @SuppressWarnings("unchecked")
    private static List<String> strings(Object v) {
        return List.copyOf((List<String>) v);
    }
}
