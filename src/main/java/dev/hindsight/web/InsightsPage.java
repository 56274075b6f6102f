package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.insights.Distribution;
import dev.hindsight.insights.Insights;
import dev.hindsight.insights.InsightsCsv;
import dev.hindsight.insights.InsightsFilter;
import dev.hindsight.insights.InsightsReport;
import dev.hindsight.insights.InsightsReport.Compliance;
import dev.hindsight.insights.InsightsReport.MetricFigures;
import dev.hindsight.insights.PeriodChange;
import dev.hindsight.severity.SeverityLevel;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The insights page: filters, charts with their tables, and every figure, each downloadable as CSV. Thread-safe. */
public final class InsightsPage {

    private final Insights insights;

    InsightsPage(Insights insights) {
        this.insights = insights;
    }

    void register(RoutesConfig routes) {
        routes.get("/insights", this::show);
        routes.get("/insights.csv", this::csv);
    }

    public record Option(String value, String label) {
    }

    /** A table on the page: its heading, columns, rows, and where to download it. */
    public record Table(String id, String title, List<String> columns, List<List<String>> rows, String csv) {
    }

    public record View(Frame frame, Map<String, String> filters, List<Option> severities, int incidents,
                       List<InsightsChart> charts, List<Table> tables, String method, String query) {
        public String filter(String name) {
            return filters.getOrDefault(name, "");
        }
    }

    void show(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : InsightsFilter.PARAMETERS) {
            String value = ctx.queryParam(name);
            filters.put(name, value == null ? "" : value.strip());
        }
        InsightsReport report = InsightsApi.ask(ctx, insights);
        String query = query(filters);
        List<Option> severities = new ArrayList<>();
        for (SeverityLevel level : insights.conventions().severityScale().levels()) {
            severities.add(new Option(String.valueOf(level.level()), level.label()));
        }
        Pages.render(ctx, 200, "insights.jte", new View(Pages.frame(ctx, "Insights"), filters, severities,
                report.incidents(), InsightsCharts.of(report, query), tables(report, query), report.method(), query));
    }

    void csv(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        String figure = ctx.queryParam("figure");
        String body = InsightsCsv.write(InsightsApi.ask(ctx, insights), figure);
        Pages.headers(ctx);
        ctx.header("Content-Disposition", "attachment; filename=\"insights-" + figure + ".csv\"");
        ctx.contentType("text/csv; charset=utf-8").result(body);
    }

    private static List<Table> tables(InsightsReport report, String query) {
        List<Table> tables = new ArrayList<>();
        List<List<String>> overall = new ArrayList<>();
        for (MetricFigures m : report.metrics()) {
            overall.add(InsightsCharts.distributionRow(m.label(), m.overall()));
        }
        tables.add(new Table("response-times", "Response times", InsightsCharts.distributionColumns("Metric"),
                overall, "/insights.csv?figure=response-times" + query));
        List<List<String>> changes = new ArrayList<>();
        for (MetricFigures m : report.metrics()) {
            if (!m.changes().isEmpty()) {
                PeriodChange c = m.changes().get(m.changes().size() - 1);
                changes.add(List.of(m.label(), c.earlier() + " to " + c.later(),
                        c.difference() == null ? "" : signed(c.difference()),
                        c.interval() == null ? "" : signed(c.interval().low()) + " to " + signed(c.interval().high()),
                        c.verdict()));
            }
        }
        tables.add(new Table("changes", "Latest change in the median", List.of("Metric", "Periods",
                "Change in median", "95% interval of the change", "Verdict"), changes,
                "/insights.csv?figure=changes" + query));
        List<List<String>> compliance = new ArrayList<>();
        for (Compliance c : report.compliance()) {
            compliance.add(List.of(c.label(), "Severity " + c.severityLabel(), "under "
                    + InsightsCharts.minutes(c.targetMinutes()), c.met() + " of " + c.measured(),
                    c.share() == null ? "—" : Math.round(c.share() * 100) + "%"));
        }
        tables.add(new Table("compliance", "Target compliance", List.of("Metric", "Severity", "Target", "Met",
                "Share met"), compliance, "/insights.csv?figure=compliance" + query));
        List<List<String>> recurring = new ArrayList<>();
        report.recurring().services().forEach(n -> recurring.add(List.of("Service", n.name(), count(n.incidents()))));
        report.recurring().factors().forEach(n -> recurring.add(List.of("Contributing factor", n.name(),
                count(n.incidents()))));
        report.recurring().discoveryMethods().forEach(n -> recurring.add(List.of("Discovery method", n.name(),
                count(n.incidents()))));
        report.recurring().teams().forEach(n -> recurring.add(List.of("Team", n.name(), count(n.incidents()))));
        tables.add(new Table("recurring", "What recurs", List.of("Kind", "Name", "Incidents"), recurring,
                "/insights.csv?figure=recurring" + query));
        InsightsReport.ActionFigures items = report.actionItems();
        Distribution toClose = items.hoursToClose();
        Distribution toFinal = report.resolutionToFinal();
        tables.add(new Table("follow-through", "Follow-through", List.of("Figure", "Value"), List.of(
                List.of("Action items opened", String.valueOf(items.opened())),
                List.of("Action items closed", String.valueOf(items.closed())),
                List.of("Open now", String.valueOf(items.openNow())),
                List.of("Overdue now", String.valueOf(items.overdueNow())),
                List.of("Median time to close an item", hours(toClose)),
                List.of("Median time from resolution to a final post-mortem", hours(toFinal))),
                "/insights.csv?figure=resolution-to-final" + query));
        return tables;
    }

    private static String hours(Distribution d) {
        if (d.tooFew()) {
            return d.note();
        }
        return InsightsCharts.minutes(d.median() * 60) + " (95% interval " + InsightsCharts.interval(
                d.medianInterval().low() * 60, d.medianInterval().high() * 60) + ", " + d.n() + ")";
    }

    private static String signed(double minutes) {
        return (minutes > 0 ? "+" : minutes < 0 ? "−" : "") + InsightsCharts.minutes(Math.abs(minutes));
    }

    private static String count(int n) {
        return String.valueOf(n);
    }

    /** The filters as "&from=...&service=...", to append to a CSV link. */
    private static String query(Map<String, String> filters) {
        StringBuilder out = new StringBuilder();
        filters.forEach((name, value) -> {
            if (!value.isEmpty()) {
                out.append('&').append(name).append('=').append(URLEncoder.encode(value, StandardCharsets.UTF_8));
            }
        });
        return out.toString();
    }
}
