package dev.hindsight.incident;

import dev.hindsight.kernel.Text;

import dev.hindsight.kernel.Coded;
import java.util.List;

/**
 * What the team learned: the written part of a post-mortem.
 *
 * @param summary                 the abstract / issue summary / executive summary
 * @param oneLineSummary          the one-line summary
 * @param narrative               the detailed review of what happened, with the review meeting's findings
 * @param rootCause               the primary root cause
 * @param contributingFactors     conditions that let it happen
 * @param fiveWhys                the five-whys chain, in order
 * @param resolutionSummary       how it was resolved, in one sentence
 * @param resolution              how it was resolved, temporary mitigations and permanent fixes
 * @param mitigationSteps         the steps taken to restore service, in order
 * @param recoveryMetrics         key metrics during recovery (error rates, latency...)
 * @param wentWell                what went well
 * @param wentWrong               what went wrong
 * @param gotLucky                where we got lucky (near misses)
 * @param effectiveProcedures     procedures, tools and communication that worked
 * @param procedureGaps           gaps in procedures (missing docs, inadequate monitoring...)
 * @param lessons                 lessons learned, technical, process and communication
 * @param prevention              prevention measures in words
 * @param preventionMeasures      prevention measures as a checklist, by kind
 * @param escalation              escalation notes (was the process right?)
 * @param escalationGaps          what could improve escalation
 * @param automationOpportunities manual steps that could be automated
 * @param supportingMetrics       relevant metrics and graphs, in words or links
 */
public record Analysis(String summary, String oneLineSummary, String narrative, RootCause rootCause,
                       List<Finding> contributingFactors, List<Why> fiveWhys, String resolutionSummary,
                       String resolution,
                       List<String> mitigationSteps, String recoveryMetrics, List<Finding> wentWell,
                       List<Finding> wentWrong, List<Finding> gotLucky, List<String> effectiveProcedures,
                       List<String> procedureGaps, List<Lesson> lessons, String prevention,
                       List<PreventionMeasure> preventionMeasures, String escalation, List<String> escalationGaps,
                       List<String> automationOpportunities, String supportingMetrics) {

    public Analysis {
        summary = Text.orEmpty(summary);
        oneLineSummary = Text.orEmpty(oneLineSummary);
        narrative = Text.orEmpty(narrative);
        rootCause = rootCause == null ? RootCause.empty() : rootCause;
        contributingFactors = Text.list(contributingFactors);
        fiveWhys = Text.list(fiveWhys);
        resolutionSummary = Text.orEmpty(resolutionSummary);
        resolution = Text.orEmpty(resolution);
        mitigationSteps = Text.list(mitigationSteps);
        recoveryMetrics = Text.orEmpty(recoveryMetrics);
        wentWell = Text.list(wentWell);
        wentWrong = Text.list(wentWrong);
        gotLucky = Text.list(gotLucky);
        effectiveProcedures = Text.list(effectiveProcedures);
        procedureGaps = Text.list(procedureGaps);
        lessons = Text.list(lessons);
        prevention = Text.orEmpty(prevention);
        preventionMeasures = Text.list(preventionMeasures);
        escalation = Text.orEmpty(escalation);
        escalationGaps = Text.list(escalationGaps);
        automationOpportunities = Text.list(automationOpportunities);
        supportingMetrics = Text.orEmpty(supportingMetrics);
    }

    /** The same without a one-sentence resolution. */
    public Analysis(String summary, String oneLineSummary, String narrative, RootCause rootCause,
                    List<Finding> contributingFactors, List<Why> fiveWhys, String resolution,
                    List<String> mitigationSteps, String recoveryMetrics, List<Finding> wentWell,
                    List<Finding> wentWrong, List<Finding> gotLucky, List<String> effectiveProcedures,
                    List<String> procedureGaps, List<Lesson> lessons, String prevention,
                    List<PreventionMeasure> preventionMeasures, String escalation, List<String> escalationGaps,
                    List<String> automationOpportunities, String supportingMetrics) {
        this(summary, oneLineSummary, narrative, rootCause, contributingFactors, fiveWhys, null, resolution,
                mitigationSteps, recoveryMetrics, wentWell, wentWrong, gotLucky, effectiveProcedures, procedureGaps,
                lessons, prevention, preventionMeasures, escalation, escalationGaps, automationOpportunities,
                supportingMetrics);
    }

    public static AnalysisBuilder builder() {
        return new AnalysisBuilder();
    }

    public AnalysisBuilder toBuilder() {
        return new AnalysisBuilder(this);
    }

    public static Analysis empty() {
        return new Analysis(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, null, null);
    }

    /**
     * The primary root cause.
     *
     * @param summary            one sentence
     * @param whatHappened       the technical explanation
     * @param whyItHappened      underlying reasons: technical, process, organisational
     * @param whyNotCaughtEarlier gaps in monitoring, testing or process
     */
    public record RootCause(String summary, String whatHappened, String whyItHappened, String whyNotCaughtEarlier) {
        public RootCause {
            summary = Text.orEmpty(summary);
            whatHappened = Text.orEmpty(whatHappened);
            whyItHappened = Text.orEmpty(whyItHappened);
            whyNotCaughtEarlier = Text.orEmpty(whyNotCaughtEarlier);
        }

        public static RootCause empty() {
            return new RootCause(null, null, null, null);
        }
    }

    /**
     * An observation: a contributing factor, something that went well or wrong, a lucky break.
     *
     * @param title       the short form
     * @param description what it was
     * @param impact      how it helped or hurt the response
     * @param severity    how much it mattered ("High", "Medium", "Low"), for what went wrong
     */
    public record Finding(String title, String description, String impact, String severity) {
        public Finding {
            title = Text.orEmpty(title);
            description = Text.orEmpty(description);
            impact = Text.orEmpty(impact);
            severity = Text.orEmpty(severity);
        }

        public static Finding of(String title) {
            return new Finding(title, null, null, null);
        }
    }

    /** One step of the five whys: the question asked and its answer. */
    public record Why(String question, String answer) {
        public Why {
            question = Text.orEmpty(question);
            answer = Text.orEmpty(answer);
        }
    }

    /** A lesson: what we learned and how we will apply it. */
    public record Lesson(LessonKind kind, String title, String learned, String apply) {
        public Lesson {
            kind = kind == null ? LessonKind.GENERAL : kind;
            title = Text.orEmpty(title);
            learned = Text.orEmpty(learned);
            apply = Text.orEmpty(apply);
        }
    }

    public enum LessonKind implements Coded {
        GENERAL, TECHNICAL, PROCESS, COMMUNICATION;

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** One prevention measure, ticked when in place. */
    public record PreventionMeasure(MeasureKind kind, String text, boolean done) {
        public PreventionMeasure {
            kind = kind == null ? MeasureKind.TECHNICAL : kind;
            text = Text.orEmpty(text);
        }
    }

    public enum MeasureKind implements Coded {
        MONITORING, PROCESS, TECHNICAL;

        @Override
        public String code() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
