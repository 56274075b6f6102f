package dev.hindsight.web;

import dev.hindsight.insights.Distribution;
import dev.hindsight.insights.InsightsReport;
import dev.hindsight.insights.InsightsReport.Group;
import dev.hindsight.insights.InsightsReport.MetricFigures;
import dev.hindsight.insights.InsightsReport.PeriodCount;
import dev.hindsight.insights.InsightsReport.PeriodItems;
import dev.hindsight.web.InsightsChart.Key;
import dev.hindsight.web.InsightsChart.Mark;
import dev.hindsight.web.InsightsChart.Tick;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The insights page's charts, laid out in SVG coordinates from a report: time to resolve by severity as boxes, its
 * monthly (or quarterly) median with the 95% interval, incidents per period, and action items opened and closed.
 * Stateless.
 */
final class InsightsCharts {

    private static final String BLUE = "#1f5fbf";
    private static final String ORANGE = "#b35c00";
    private static final String GREY = "#4d5766";
    /** At most this many period labels along an axis; the table has every one. */
    private static final int LABELS = 12;

    private InsightsCharts() {
    }

    static List<InsightsChart> of(InsightsReport report, String query) {
        MetricFigures resolve = report.metrics().stream().filter(m -> m.metric().equals("timeToResolve"))
                .findFirst().orElseThrow();
        return List.of(bySeverity(resolve, query), medians(resolve, report.filter().groupBy().code(), query),
                counts(report.counts(), query), items(report.actionItems().byPeriod(), query));
    }

    private static InsightsChart bySeverity(MetricFigures resolve, String query) {
        List<Group> groups = resolve.bySeverity();
        double max = nice(groups.stream().map(Group::distribution).filter(d -> !d.tooFew())
                .mapToDouble(Distribution::p90).max().orElse(60));
        double band = plotWidth() / Math.max(1, groups.size());
        List<Mark> marks = new ArrayList<>();
        List<Tick> xTicks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < groups.size(); i++) {
            Group g = groups.get(i);
            Distribution d = g.distribution();
            double centre = InsightsChart.LEFT + band * (i + 0.5);
            xTicks.add(new Tick(centre, "Severity " + g.label()));
            rows.add(distributionRow("Severity " + g.label(), d));
            if (d.tooFew()) {
                marks.add(Mark.text(centre, y(max / 2, max), "too few (" + d.n() + ")"));
                continue;
            }
            double half = Math.min(40, band / 4);
            String label = "Severity " + g.label() + ": median " + minutes(d.median()) + ", middle half "
                    + minutes(d.p25()) + " to " + minutes(d.p75()) + ", 90th percentile " + minutes(d.p90());
            marks.add(Mark.line(centre, y(d.min(), max), centre, y(d.p90(), max), GREY, label));
            marks.add(Mark.rect(centre - half, y(d.p75(), max), 2 * half, y(d.p25(), max) - y(d.p75(), max), BLUE,
                    label));
            marks.add(Mark.line(centre - half, y(d.median(), max), centre + half, y(d.median(), max), "#ffffff",
                    label));
        }
        return new InsightsChart("chart-severity", "Time to resolve by severity",
                "Each box spans the middle half of the incidents of a severity, the white line is the median and the "
                        + "whisker runs from the quickest to the 90th percentile.", "Severity", "Minutes",
                xTicks, yTicks(max), marks, List.of(), distributionColumns("Severity"), rows,
                "/insights.csv?figure=response-times" + query);
    }

    private static InsightsChart medians(MetricFigures resolve, String grouping, String query) {
        List<Group> periods = resolve.byPeriod();
        double max = nice(periods.stream().map(Group::distribution).filter(d -> !d.tooFew())
                .mapToDouble(d -> d.medianInterval().high()).max().orElse(60));
        double band = plotWidth() / Math.max(1, periods.size());
        List<Mark> marks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            Group g = periods.get(i);
            Distribution d = g.distribution();
            double centre = InsightsChart.LEFT + band * (i + 0.5);
            rows.add(distributionRow(g.label(), d));
            if (d.tooFew()) {
                continue;
            }
            String label = g.label() + ": median " + minutes(d.median()) + " (95% interval "
                    + minutes(d.medianInterval().low()) + " to " + minutes(d.medianInterval().high()) + ", "
                    + d.n() + " incidents)";
            marks.add(Mark.line(centre, y(d.medianInterval().low(), max), centre, y(d.medianInterval().high(), max),
                    GREY, label));
            marks.add(Mark.dot(centre, y(d.median(), max), BLUE, label));
        }
        return new InsightsChart("chart-medians", "Median time to resolve per " + grouping,
                "Dots are medians; the line through each is its 95% interval. Where two intervals overlap a lot, the "
                        + "change between them may be noise. Periods with fewer than 8 incidents have no dot.",
                capital(grouping), "Minutes", periodTicks(periods.stream().map(Group::label).toList(), band), yTicks(max),
                marks, List.of(), distributionColumns(capital(grouping)), rows,
                "/insights.csv?figure=response-times" + query);
    }

    private static InsightsChart counts(List<PeriodCount> counts, String query) {
        double max = nice(counts.stream().mapToInt(PeriodCount::incidents).max().orElse(1));
        double band = plotWidth() / Math.max(1, counts.size());
        List<Mark> marks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        List<String> columns = new ArrayList<>(List.of("Period", "Incidents"));
        if (!counts.isEmpty()) {
            counts.get(0).bySeverity().keySet().forEach(k -> columns.add(k.equals("none") ? "No severity"
                    : "Severity " + k));
        }
        for (int i = 0; i < counts.size(); i++) {
            PeriodCount c = counts.get(i);
            double x = InsightsChart.LEFT + band * i + band * 0.15;
            marks.add(Mark.rect(x, y(c.incidents(), max), band * 0.7, y(0, max) - y(c.incidents(), max), BLUE,
                    c.period() + ": " + c.incidents() + " incidents"));
            List<String> row = new ArrayList<>(List.of(c.period(), String.valueOf(c.incidents())));
            c.bySeverity().values().forEach(n -> row.add(String.valueOf(n)));
            rows.add(row);
        }
        return new InsightsChart("chart-counts", "Incidents per period", "Bars count the incidents that started in "
                + "each period.", "Period", "Incidents",
                periodTicks(counts.stream().map(PeriodCount::period).toList(), band), yTicks(max), marks, List.of(),
                columns, rows, "/insights.csv?figure=counts" + query);
    }

    private static InsightsChart items(List<PeriodItems> periods, String query) {
        double max = nice(periods.stream().mapToInt(p -> Math.max(p.opened(), p.closed())).max().orElse(1));
        double band = plotWidth() / Math.max(1, periods.size());
        List<Mark> marks = new ArrayList<>();
        List<List<String>> rows = new ArrayList<>();
        for (int i = 0; i < periods.size(); i++) {
            PeriodItems p = periods.get(i);
            double x = InsightsChart.LEFT + band * i + band * 0.1;
            double w = band * 0.4;
            marks.add(Mark.rect(x, y(p.opened(), max), w, y(0, max) - y(p.opened(), max), BLUE,
                    p.period() + ": " + p.opened() + " opened"));
            marks.add(Mark.rect(x + w, y(p.closed(), max), w, y(0, max) - y(p.closed(), max), ORANGE,
                    p.period() + ": " + p.closed() + " closed"));
            rows.add(List.of(p.period(), String.valueOf(p.opened()), String.valueOf(p.closed())));
        }
        return new InsightsChart("chart-items", "Action items opened and closed", "Pairs of bars: items opened "
                + "(left) and closed (right) in each period, for the filtered incidents.", "Period", "Action items",
                periodTicks(periods.stream().map(PeriodItems::period).toList(), band), yTicks(max), marks,
                List.of(new Key(BLUE, "Opened"), new Key(ORANGE, "Closed")), List.of("Period", "Opened", "Closed"),
                rows, "/insights.csv?figure=action-items" + query);
    }

    static List<String> distributionColumns(String first) {
        return List.of(first, "Incidents", "Median", "95% interval of the median", "90th percentile",
                "95% interval of the 90th percentile", "Note");
    }

    static List<String> distributionRow(String label, Distribution d) {
        if (d.tooFew()) {
            return List.of(label, String.valueOf(d.n()), "", "", "", "", d.note());
        }
        return List.of(label, String.valueOf(d.n()), minutes(d.median()), interval(d.medianInterval().low(),
                d.medianInterval().high()), minutes(d.p90()), interval(d.p90Interval().low(), d.p90Interval().high()),
                d.medianInterval().method().equals("bootstrap") ? "bootstrap interval" : "order-statistic interval");
    }

    /** A duration in minutes as people read it: "42 min", "3.5 h", "2.1 d". */
    static String minutes(double minutes) {
        if (minutes < 120) {
            return String.format(Locale.ROOT, minutes < 10 ? "%.1f min" : "%.0f min", minutes);
        }
        if (minutes < 48 * 60) {
            return String.format(Locale.ROOT, "%.1f h", minutes / 60);
        }
        return String.format(Locale.ROOT, "%.1f d", minutes / (24 * 60));
    }

    static String interval(double low, double high) {
        return minutes(low) + " to " + minutes(high);
    }

    private static List<Tick> periodTicks(List<String> labels, double band) {
        int step = Math.max(1, (int) Math.ceil(labels.size() / (double) LABELS));
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i < labels.size(); i += step) {
            ticks.add(new Tick(InsightsChart.LEFT + band * (i + 0.5), labels.get(i)));
        }
        return ticks;
    }

    private static List<Tick> yTicks(double max) {
        List<Tick> ticks = new ArrayList<>();
        for (int i = 0; i <= 4; i++) {
            double value = max * i / 4;
            ticks.add(new Tick(y(value, max), value == Math.rint(value) ? String.valueOf((long) value)
                    : String.format(Locale.ROOT, "%.1f", value)));
        }
        return ticks;
    }

    private static double plotWidth() {
        return InsightsChart.WIDTH - InsightsChart.LEFT - InsightsChart.RIGHT;
    }

    private static double y(double value, double max) {
        double height = InsightsChart.HEIGHT - InsightsChart.TOP - InsightsChart.BOTTOM;
        return InsightsChart.HEIGHT - InsightsChart.BOTTOM - height * Math.min(value, max) / max;
    }

    /** The smallest of 1, 2, 2.5, 5 times a power of ten that is at least {@code value}. */
    static double nice(double value) {
        if (!(value > 0)) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(value)));
        for (double step : new double[] {1, 2, 2.5, 5, 10}) {
            if (step * power >= value) {
                return step * power;
            }
        }
        return 10 * power;
    }

    private static String capital(String text) {
        return text.substring(0, 1).toUpperCase(Locale.ROOT) + text.substring(1);
    }
}
