package dev.hindsight.insights;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.DerivedGeneration;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.ReaderScope;
import dev.hindsight.insights.InsightsReport.ActionFigures;
import dev.hindsight.insights.InsightsReport.Compliance;
import dev.hindsight.insights.InsightsReport.Group;
import dev.hindsight.insights.InsightsReport.MetricFigures;
import dev.hindsight.insights.InsightsReport.Named;
import dev.hindsight.insights.InsightsReport.PeriodCount;
import dev.hindsight.insights.InsightsReport.PeriodItems;
import dev.hindsight.insights.InsightsReport.Recurring;
import dev.hindsight.metrics.Metric;
import dev.hindsight.severity.SeverityLevel;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * Insights across incidents: distributions of response times with intervals, target compliance, counts, what
 * recurs, and follow-through, for the incidents a filter selects and a reader may see. The page, the API and the
 * CSV all ask this. Thread-safe.
 */
public final class Insights {

    /** The response times shown, in the order of IncidentRows' columns. */
    public static final List<Metric> METRICS = List.of(Metric.TIME_TO_DETECT, Metric.TIME_TO_ACKNOWLEDGE,
            Metric.TIME_TO_MITIGATE, Metric.TIME_TO_RESOLVE);
    /** How many services, factors, teams and discovery methods are listed (the most frequent). */
    public static final int TOP = 10;
    static final String METHOD = "Quantiles interpolate between the nearest ranks (type 7). 95% intervals: "
            + "percentile bootstrap, " + Resampling.RESAMPLES + " resamples, seed " + Resampling.SEED + ", for groups "
            + "of up to " + Resampling.BOOTSTRAP_MAX + " incidents; distribution-free order-statistic interval for "
            + "larger ones. Groups of fewer than " + Sample.TOO_FEW + " incidents get no figures. A change between "
            + "periods is distinguishable from noise only when the interval of the difference in medians excludes 0.";

    /** Snapshots a report is tried in before one older than the kept figures reads every row itself. */
    private static final int ATTEMPTS = 3;
    /** The reader {@link #prepare} asks as: no account has this name (an account's name holds no colon). */
    private static final String PREPARING = "hindsight:preparing";

    private final Database database;
    private final Conventions conventions;
    private final Clock clock;
    private final ReportCache cache = new ReportCache();
    private final NodeFigures figures = new NodeFigures();

    public Insights(Database database, Conventions conventions, Clock clock) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.conventions = Objects.requireNonNull(conventions, "conventions is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    public Conventions conventions() {
        return conventions;
    }

    /**
     * Every figure for {@code filter}, over the incidents {@code reader} may see: kept until the next save on any node
     * ({@link ReportCache}), for every reader who sees the same incidents; computed, when not kept, from the figures
     * of every incident this node keeps in memory ({@link NodeFigures}), caught up with the saves since.
     */
    public InsightsReport report(InsightsFilter filter, Principal reader) {
        ReaderScope scope = ReaderScope.of(reader);
        LocalDate today = LocalDate.now(clock.withZone(ZoneOffset.UTC));
        for (int attempt = 1; ; attempt++) {
            boolean last = attempt == ATTEMPTS;
            try {
                // One snapshot for the key and the rows, so a report is of exactly the state its key names
                // (ReportCache); a reader waiting for another's report waits after closing it.
                return ReportCache.await(database.readSnapshot(h -> {
                    long generation = DerivedGeneration.read(h);
                    List<String> seen = scope.restrictedSeen(h);
                    return cache.lookup(new ReportCache.Key(filter, generation, today, seen),
                            () -> figures.report(h, generation, filter, seen, today, last,
                                    selected -> build(filter, selected.rows(), selected.items())));
                }));
            } catch (NodeFigures.SnapshotBehind e) {
                // Begun before a save the kept figures already count: a new snapshot sees it too.
            }
        }
    }

    /**
     * Reads every incident's figures into this node's copy and keeps the all-time report of the readers named on no
     * restricted incident (most people), as the first of them to open the insights page would: at 100,000 incidents
     * that first view took 840 to 900 ms, and the views after it 150. A node does this once, after it starts.
     *
     * @return the report kept
     */
    public InsightsReport prepare() {
        return report(InsightsFilter.all(), Principal.of(PREPARING, Set.of()));
    }

    /** Every figure, computed from the rows in SQL (never from the cache or the kept figures). */
    InsightsReport compute(InsightsFilter filter, Principal reader, LocalDate today) {
        FigureRows sql = new FigureRows(filter, reader);
        return database.readSnapshot(h -> build(filter, sql.incidents(h), sql.items(h, today)));
    }

    private InsightsReport build(InsightsFilter filter, IncidentRows rows, ItemCounts items) {
        Map<LocalDate, Integer> opened = items.opened();
        Map<LocalDate, Integer> closed = items.closed();
        Periods periods = periods(rows, opened, closed, filter.groupBy());
        Map<String, Integer> services = rows.services.top(TOP);
        Map<String, Integer> teams = rows.teams.top(TOP);
        int[] periodOf = new int[rows.size];
        for (int i = 0; i < rows.size; i++) {
            periodOf[i] = periods.indexOf(rows.startedDay[i]);
        }
        List<MetricFigures> metrics = new ArrayList<>();
        for (int m = 0; m < METRICS.size(); m++) {
            metrics.add(metric(m, rows, periods, periodOf, List.copyOf(services.keySet()),
                    List.copyOf(teams.keySet())));
        }
        Recurring recurring = new Recurring(named(services), named(rows.factors.top(TOP)),
                named(rows.discoveryMethods.top(TOP)), named(teams));
        ActionFigures actions = actionItems(periods, opened, closed, items.open(), items.hours());
        return new InsightsReport(filter, rows.size, periods.keys(), metrics, compliance(rows), counts(rows, periods),
                recurring, actions, Sample.of("resolutionToFinal", values(rows.toFinal, rows.size, 3600.0))
                .distribution(), METHOD);
    }

    private static Periods periods(IncidentRows rows, Map<LocalDate, Integer> opened, Map<LocalDate, Integer> closed,
                                   Grouping grouping) {
        long first = Long.MAX_VALUE;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < rows.size; i++) {
            first = Math.min(first, rows.startedDay[i]);
            last = Math.max(last, rows.startedDay[i]);
        }
        for (Map<LocalDate, Integer> days : List.of(opened, closed)) {
            for (LocalDate day : days.keySet()) {
                first = Math.min(first, day.toEpochDay());
                last = Math.max(last, day.toEpochDay());
            }
        }
        return Periods.between(first, last, grouping);
    }

    private MetricFigures metric(int m, IncidentRows rows, Periods periods, int[] periodOf, List<String> services,
                                 List<String> teams) {
        Metric metric = METRICS.get(m);
        String code = metric.code();
        long[] seconds = rows.seconds[m];
        // Walking the incidents in the order of this metric makes every group's values come out sorted.
        int[] order = ascending(seconds, rows.size);
        List<Group> bySeverity = new ArrayList<>();
        for (SeverityLevel level : conventions.severityScale().levels()) {
            bySeverity.add(group(code, String.valueOf(level.level()), level.label(),
                    select(seconds, order, i -> rows.severity[i] == level.level())));
        }
        List<double[]> perPeriod = split(seconds, order, periodOf, periods.size());
        List<Group> byPeriod = new ArrayList<>();
        List<Sample> samples = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            Sample sample = Sample.of(code + " " + periods.keys().get(p), perPeriod.get(p));
            samples.add(sample);
            byPeriod.add(new Group(periods.keys().get(p), periods.keys().get(p), sample.distribution()));
        }
        List<PeriodChange> changes = new ArrayList<>();
        for (int p = 1; p < samples.size(); p++) {
            changes.add(PeriodChange.between(periods.keys().get(p - 1), samples.get(p - 1), periods.keys().get(p),
                    samples.get(p)));
        }
        return new MetricFigures(code, metric.label(), Sample.of(code, select(seconds, order, i -> true))
                .distribution(), bySeverity, byPeriod, changes,
                byName(code, rows.services.valuesOf(services, order, seconds, 60.0)),
                byName(code, rows.teams.valuesOf(teams, order, seconds, 60.0)));
    }

    /** The rows that have a value in {@code column}, in ascending order of it (ties by row). */
    static int[] ascending(long[] column, int size) {
        long[] keys = new long[size];
        int n = 0;
        for (int i = 0; i < size; i++) {
            if (column[i] != IncidentRows.NONE) {
                // Value in the high bits, row in the low 24: one primitive sort orders both. Values past 2^39
                // seconds (17,000 years) are clamped; they cannot be real response times.
                keys[n++] = (Math.min(Math.max(column[i], 0), (1L << 39) - 1) << 24) | i;
            }
        }
        long[] sorted = java.util.Arrays.copyOf(keys, n);
        java.util.Arrays.sort(sorted);
        int[] order = new int[n];
        for (int i = 0; i < n; i++) {
            order[i] = (int) (sorted[i] & ((1 << 24) - 1));
        }
        return order;
    }

    private static Group group(String code, String key, String label, double[] minutes) {
        return new Group(key, label, Sample.of(code + " " + key, minutes).distribution());
    }

    private static List<Group> byName(String code, Map<String, double[]> minutesByName) {
        List<Group> out = new ArrayList<>();
        minutesByName.forEach((name, minutes) -> out.add(group(code, name, name, minutes)));
        return out;
    }

    private static List<double[]> split(long[] seconds, int[] order, int[] periodOf, int periods) {
        int[] sizes = new int[periods];
        for (int row : order) {
            if (periodOf[row] >= 0) {
                sizes[periodOf[row]]++;
            }
        }
        List<double[]> out = new ArrayList<>();
        for (int size : sizes) {
            out.add(new double[size]);
        }
        int[] filled = new int[periods];
        for (int row : order) {
            int p = periodOf[row];
            if (p >= 0) {
                out.get(p)[filled[p]++] = seconds[row] / 60.0;
            }
        }
        return out;
    }

    private List<Compliance> compliance(IncidentRows rows) {
        List<Compliance> out = new ArrayList<>();
        for (int m = 0; m < METRICS.size(); m++) {
            Metric metric = METRICS.get(m);
            for (SeverityLevel level : conventions.severityScale().levels()) {
                Optional<Duration> target = conventions.targets().target(metric, level.level());
                if (target.isEmpty()) {
                    continue;
                }
                long limit = target.get().getSeconds();
                int measured = 0;
                int met = 0;
                for (int i = 0; i < rows.size; i++) {
                    long s = rows.seconds[m][i];
                    if (rows.severity[i] == level.level() && s != IncidentRows.NONE) {
                        measured++;
                        met += s < limit ? 1 : 0;
                    }
                }
                out.add(new Compliance(metric.code(), metric.label(), level.level(), level.label(), limit / 60.0,
                        measured, met, measured == 0 ? null : met / (double) measured));
            }
        }
        return out;
    }

    private List<PeriodCount> counts(IncidentRows rows, Periods periods) {
        List<SeverityLevel> levels = conventions.severityScale().levels();
        int[][] counts = new int[periods.size()][levels.size() + 1];
        for (int i = 0; i < rows.size; i++) {
            int p = periods.indexOf(rows.startedDay[i]);
            int level = rows.severity[i];
            if (p >= 0) {
                counts[p][level >= 1 && level <= levels.size() ? level - 1 : levels.size()]++;
            }
        }
        List<PeriodCount> out = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            Map<String, Integer> bySeverity = new LinkedHashMap<>();
            int total = 0;
            for (int l = 0; l <= levels.size(); l++) {
                bySeverity.put(l < levels.size() ? levels.get(l).label() : "none", counts[p][l]);
                total += counts[p][l];
            }
            out.add(new PeriodCount(periods.keys().get(p), total, bySeverity));
        }
        return out;
    }

    private static ActionFigures actionItems(Periods periods, Map<LocalDate, Integer> opened,
                                             Map<LocalDate, Integer> closed, long[] open, Map<Long, Integer> hours) {
        int[][] perPeriod = new int[periods.size()][2];
        int[] totals = new int[2];
        List<Map<LocalDate, Integer>> both = List.of(opened, closed);
        for (int k = 0; k < 2; k++) {
            for (Map.Entry<LocalDate, Integer> e : both.get(k).entrySet()) {
                int p = periods.indexOf(e.getKey().toEpochDay());
                if (p >= 0) {
                    perPeriod[p][k] += e.getValue();
                }
                totals[k] += e.getValue();
            }
        }
        List<PeriodItems> byPeriod = new ArrayList<>();
        for (int p = 0; p < periods.size(); p++) {
            byPeriod.add(new PeriodItems(periods.keys().get(p), perPeriod[p][0], perPeriod[p][1]));
        }
        double[] toClose = hours.entrySet().stream()
                .flatMapToDouble(e -> java.util.stream.DoubleStream.generate(() -> e.getKey()).limit(e.getValue()))
                .toArray();
        return new ActionFigures(byPeriod, totals[0], totals[1], open[0], open[1],
                Sample.of("hoursToClose", toClose).distribution());
    }

    private static List<Named> named(Map<String, Integer> counts) {
        List<Named> out = new ArrayList<>();
        counts.forEach((name, n) -> out.add(new Named(name.isEmpty() ? "(not stated)" : name, n)));
        return out;
    }

    private static double[] values(long[] column, int size, double unit) {
        return select(column, size, i -> true, unit);
    }

    /** The minutes of the rows in {@code order} that {@code keep} accepts, in that order. */
    private static double[] select(long[] seconds, int[] order, java.util.function.IntPredicate keep) {
        double[] out = new double[order.length];
        int n = 0;
        for (int row : order) {
            if (keep.test(row)) {
                out[n++] = seconds[row] / 60.0;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static double[] select(long[] column, int size, java.util.function.IntPredicate keep, double unit) {
        int n = 0;
        double[] out = new double[size];
        for (int i = 0; i < size; i++) {
            if (column[i] != IncidentRows.NONE && keep.test(i)) {
                out[n++] = column[i] / unit;
            }
        }
        return java.util.Arrays.copyOf(out, n);
    }

}
