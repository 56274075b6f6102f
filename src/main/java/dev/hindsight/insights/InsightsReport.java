package dev.hindsight.insights;

import java.util.List;
import java.util.Map;

/**
 * Every figure of the insights page and API for one filter, as one reader may see them. Response times are in
 * minutes; times to close an action item and from resolution to a final post-mortem in hours. Immutable.
 *
 * @param filter        what the figures are over
 * @param incidents     how many incidents that is
 * @param periods       the periods from the first incident's to the last's, empty ones included
 * @param metrics       time to detect, acknowledge, mitigate and resolve
 * @param compliance    how often each target was met, per metric and severity
 * @param counts        incidents per period, and per severity within it
 * @param recurring     services, contributing factors, discovery methods and teams that come back most
 * @param actionItems   follow-through on the incidents' action items
 * @param resolutionToFinal hours from resolution to the post-mortem becoming final, over the final ones
 * @param method        how the intervals were found, in words
 */
public record InsightsReport(InsightsFilter filter, int incidents, List<String> periods, List<MetricFigures> metrics,
                             List<Compliance> compliance, List<PeriodCount> counts, Recurring recurring,
                             ActionFigures actionItems, Distribution resolutionToFinal, String method) {

    /** One response time: over everything, and by severity, period, service and team. */
    public record MetricFigures(String metric, String label, Distribution overall, List<Group> bySeverity,
                                List<Group> byPeriod, List<PeriodChange> changes, List<Group> byService,
                                List<Group> byTeam) {
    }

    /** One group's distribution ("2026-03", "SEV2", "checkout"). */
    public record Group(String key, String label, Distribution distribution) {
    }

    /**
     * A target and how often it was met: {@code met} of the {@code measured} incidents of the severity took less
     * than {@code targetMinutes}; {@code share} is null when none was measured.
     */
    public record Compliance(String metric, String label, int severity, String severityLabel, double targetMinutes,
                             int measured, int met, Double share) {
    }

    /** Incidents in a period, and per severity label within it. */
    public record PeriodCount(String period, int incidents, Map<String, Integer> bySeverity) {
    }

    /** A name and the number of incidents it appears in. */
    public record Named(String name, int incidents) {
    }

    public record Recurring(List<Named> services, List<Named> factors, List<Named> discoveryMethods,
                            List<Named> teams) {
    }

    /**
     * Follow-through: items opened and closed per period (by the day each happened), how many are open and overdue
     * now, and the hours from opening to closing (in whole hours).
     */
    public record ActionFigures(List<PeriodItems> byPeriod, int opened, int closed, long openNow, long overdueNow,
                                Distribution hoursToClose) {
    }

    public record PeriodItems(String period, int opened, int closed) {
    }
}
