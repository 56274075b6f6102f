package dev.hindsight.insights;

import dev.hindsight.insights.InsightsReport.Compliance;
import dev.hindsight.insights.InsightsReport.Group;
import dev.hindsight.insights.InsightsReport.MetricFigures;
import dev.hindsight.insights.InsightsReport.Named;
import dev.hindsight.insights.InsightsReport.PeriodCount;
import dev.hindsight.insights.InsightsReport.PeriodItems;
import dev.hindsight.kernel.InvalidInput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * One figure of a report as CSV (RFC 4180: comma-separated, CRLF line ends, fields quoted when they hold a comma,
 * quote or line break), the same numbers the page's table shows. A cell that a spreadsheet would run as a formula
 * (starting with =, +, - or @) is prefixed with a quote. Stateless.
 */
public final class InsightsCsv {

    /** The figures that can be downloaded, by the name {@code ?figure=} takes. */
    public static final List<String> FIGURES = List.of("response-times", "changes", "compliance", "counts",
            "recurring", "action-items", "resolution-to-final");

    private InsightsCsv() {
    }

    /**
     * @throws InvalidInput naming {@code figure} when it is none of {@link #FIGURES}
     */
    public static String write(InsightsReport report, String figure) {
        List<List<Object>> rows = switch (figure == null ? "" : figure) {
            case "response-times" -> responseTimes(report);
            case "changes" -> changes(report);
            case "compliance" -> compliance(report);
            case "counts" -> counts(report);
            case "recurring" -> recurring(report);
            case "action-items" -> actionItems(report);
            case "resolution-to-final" -> List.of(distributionHeader("figure", "group"),
                    distributionRow("hoursResolutionToFinal", "all", report.resolutionToFinal()));
            default -> throw InvalidInput.of("figure", "must be one of " + String.join(", ", FIGURES) + ", was '"
                    + (figure == null ? "" : figure.length() > 40 ? figure.substring(0, 40) + "…" : figure) + "'");
        };
        StringBuilder out = new StringBuilder();
        for (List<Object> row : rows) {
            for (int i = 0; i < row.size(); i++) {
                out.append(i == 0 ? "" : ",").append(cell(row.get(i)));
            }
            out.append("\r\n");
        }
        return out.toString();
    }

    private static List<List<Object>> responseTimes(InsightsReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(distributionHeader("metric", "by", "group"));
        for (MetricFigures m : report.metrics()) {
            rows.add(distributionRow(m.metric(), "all", "all", m.overall()));
            groups(rows, m.metric(), "severity", m.bySeverity());
            groups(rows, m.metric(), "period", m.byPeriod());
            groups(rows, m.metric(), "service", m.byService());
            groups(rows, m.metric(), "team", m.byTeam());
        }
        return rows;
    }

    private static void groups(List<List<Object>> rows, String metric, String by, List<Group> groups) {
        for (Group g : groups) {
            rows.add(distributionRow(metric, by, g.label(), g.distribution()));
        }
    }

    private static List<Object> distributionHeader(String... keys) {
        List<Object> header = new ArrayList<>(List.of(keys));
        header.addAll(List.of("n", "min", "p25", "median", "median_ci_low", "median_ci_high", "p75", "p90",
                "p90_ci_low", "p90_ci_high", "max", "interval_method", "note"));
        return header;
    }

    private static List<Object> distributionRow(Object... keysThenDistribution) {
        List<Object> row = new ArrayList<>();
        for (int i = 0; i < keysThenDistribution.length - 1; i++) {
            row.add(keysThenDistribution[i]);
        }
        Distribution d = (Distribution) keysThenDistribution[keysThenDistribution.length - 1];
        row.addAll(java.util.Arrays.asList(d.n(), d.min(), d.p25(), d.median(),
                d.medianInterval() == null ? null : d.medianInterval().low(),
                d.medianInterval() == null ? null : d.medianInterval().high(), d.p75(), d.p90(),
                d.p90Interval() == null ? null : d.p90Interval().low(),
                d.p90Interval() == null ? null : d.p90Interval().high(), d.max(),
                d.medianInterval() == null ? null : d.medianInterval().method(), d.note()));
        return row;
    }

    private static List<List<Object>> changes(InsightsReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("metric", "earlier", "later", "earlier_median", "later_median", "difference", "ci_low",
                "ci_high", "interval_method", "distinguishable_from_noise", "verdict"));
        for (MetricFigures m : report.metrics()) {
            for (PeriodChange c : m.changes()) {
                rows.add(java.util.Arrays.asList(m.metric(), c.earlier(), c.later(), c.earlierMedian(),
                        c.laterMedian(), c.difference(), c.interval() == null ? null : c.interval().low(),
                        c.interval() == null ? null : c.interval().high(),
                        c.interval() == null ? null : c.interval().method(), c.distinguishable(), c.verdict()));
            }
        }
        return rows;
    }

    private static List<List<Object>> compliance(InsightsReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("metric", "severity", "target_minutes", "measured", "met", "share_met"));
        for (Compliance c : report.compliance()) {
            rows.add(java.util.Arrays.asList(c.metric(), c.severityLabel(), c.targetMinutes(), c.measured(), c.met(),
                    c.share()));
        }
        return rows;
    }

    private static List<List<Object>> counts(InsightsReport report) {
        List<List<Object>> rows = new ArrayList<>();
        List<Object> header = new ArrayList<>(List.of("period", "incidents"));
        if (!report.counts().isEmpty()) {
            report.counts().get(0).bySeverity().keySet().forEach(k -> header.add("severity " + k));
        }
        rows.add(header);
        for (PeriodCount c : report.counts()) {
            List<Object> row = new ArrayList<>(List.of(c.period(), c.incidents()));
            row.addAll(c.bySeverity().values());
            rows.add(row);
        }
        return rows;
    }

    private static List<List<Object>> recurring(InsightsReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("kind", "name", "incidents"));
        named(rows, "service", report.recurring().services());
        named(rows, "contributing factor", report.recurring().factors());
        named(rows, "discovery method", report.recurring().discoveryMethods());
        named(rows, "team", report.recurring().teams());
        return rows;
    }

    private static void named(List<List<Object>> rows, String kind, List<Named> names) {
        names.forEach(n -> rows.add(List.of(kind, n.name(), n.incidents())));
    }

    private static List<List<Object>> actionItems(InsightsReport report) {
        List<List<Object>> rows = new ArrayList<>();
        rows.add(List.of("period", "opened", "closed"));
        for (PeriodItems p : report.actionItems().byPeriod()) {
            rows.add(List.of(p.period(), p.opened(), p.closed()));
        }
        return rows;
    }

    private static String cell(Object value) {
        if (value == null) {
            return "";
        }
        String text = value instanceof Double d ? number(d) : String.valueOf(value);
        if (!text.isEmpty() && "=+-@".indexOf(text.charAt(0)) >= 0 && !(value instanceof Number)) {
            text = "'" + text;
        }
        if (text.contains(",") || text.contains("\"") || text.contains("\n") || text.contains("\r")) {
            return "\"" + text.replace("\"", "\"\"") + "\"";
        }
        return text;
    }

    /** Up to three decimals, without trailing zeros: 5.5, 28, 191.483. */
    static String number(double value) {
        String text = String.format(Locale.ROOT, "%.3f", value);
        text = text.replaceAll("0+$", "");
        return text.endsWith(".") ? text.substring(0, text.length() - 1) : text;
    }
}
