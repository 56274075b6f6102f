package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the response times a document states: labelled lines ("Time to recovery: 84 minutes", "TTR: 1h 24m",
 * "Time to detect: 12 min", "Duration: 1 hour and 48 minutes", "Downtime: 2h", "MTTR: ...", two-cell table rows)
 * and prose ("an outage lasting 1 hour and 48 minutes", "was down for 66 minutes", "detected within 4 minutes":
 * {@link ProseDurations}). Stateless; thread-safe.
 *
 * <p>Each metric is read once, the first time it is stated; a later different figure is noted. A figure under a
 * label wins over one in prose wherever each stands: prose says "down for 4 hours" of a part of the outage as
 * readily as of the whole, a label names what it measures. A labelled metric whose value states no figure
 * ("about a day" does; "see below" does not) is kept in words with no minutes; "N/A", "unknown" and template
 * placeholders are not read. "TTR", "MTTR" and "time to recovery" are read as time to resolve, logged as a guess:
 * teams use them for recover, repair and resolve alike. Lines that state no time are left to the other readers,
 * not logged.
 */
public final class StatsReader {

    private record Label(String name, Metric metric, boolean guessed, String prefix) {
        Label(String name, Metric metric, boolean guessed) {
            this(name, metric, guessed, name + " ");
        }
    }

    private static final List<Label> LABELS = List.of(
            labels(Metric.TIME_TO_DETECT, false, "time to detect", "time to detection", "ttd", "mttd", "detection time",
                    "time to discover", "time to discovery", "time to notice"),
            labels(Metric.TIME_TO_ACKNOWLEDGE, false, "time to acknowledge", "time to acknowledgement", "time to ack",
                    "tta", "mtta", "time to respond", "time to response", "time to engage", "response time"),
            labels(Metric.TIME_TO_UNDERSTAND, false, "time to understand", "time to identify", "time to diagnose",
                    "time to root cause", "time to identification"),
            labels(Metric.TIME_TO_PARTIAL_RECOVERY, false, "time to partial recovery", "time to partial"),
            labels(Metric.TIME_TO_SOLUTION, false, "time to solution", "time to solve", "time to fix"),
            labels(Metric.TIME_TO_MITIGATE, false, "time to mitigate", "time to mitigation", "ttm", "mttm",
                    "mitigation time"),
            labels(Metric.TIME_TO_FULL_RECOVERY, false, "time to full recovery", "time to full"),
            labels(Metric.TIME_TO_RESOLVE, false, "time to resolve", "time to resolution", "resolution time",
                    "time to close"),
            labels(Metric.TIME_TO_RESOLVE, true, "time to recovery", "time to recover", "time to restore",
                    "time to restoration", "recovery time", "ttr", "mttr", "time to repair"),
            labels(Metric.TOTAL_DURATION, false, "duration", "total duration", "incident duration", "outage duration",
                    "impact duration", "downtime", "total downtime", "outage length", "length of outage",
                    "time down", "outage time", "duration of impact", "duration of outage", "duration of the outage",
                    "total outage"))
            .stream().flatMap(List::stream).toList();

    /** The first word of each label's name: a label whose first word is another is none of them. */
    private static final Set<String> FIRST_WORDS = LABELS.stream().map(l -> l.name().split(" ")[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    private static final Pattern NOT_WORD = Pattern.compile("[^a-z]+");
    private static final Pattern CLOCK = Pattern.compile("(\\d{1,2}):(\\d{2})");
    private static final Set<String> NO_FIGURE = Set.of("n/a", "na", "none", "unknown", "tbd", "tbc", "-", "?", "??",
            "ongoing", "n.a.", "not applicable", "not measured", "unknown yet");

    private static final Columns METRICS_TABLE = Columns.of("metrics");

    private StatsReader() {
    }

    /**
     * The times a passage states, kept apart by how each is stated, each metric at most once in each list.
     *
     * @param labelled under a label ("Duration: 6 hours 48 minutes", a metrics table's row)
     * @param inProse  in prose ("was down for 66 minutes", "detected within 4 minutes")
     */
    public record Stated(List<Sourced<ReportedTime>> labelled, List<Sourced<ReportedTime>> inProse) {
        public Stated {
            labelled = List.copyOf(labelled);
            inProse = List.copyOf(inProse);
        }

        /** Whether a label states the metric. */
        public boolean labels(Metric metric) {
            return labelled.stream().anyMatch(t -> t.value().metric() == metric);
        }
    }

    /** Each metric once, in the order the document states them: the labelled figure when there is one. */
    public static List<Sourced<ReportedTime>> read(List<Block> blocks, ImportLog log) {
        return read(blocks, log, false);
    }

    /** As {@link #read(List, ImportLog)}, the labelled and the prose figures apart; a later different one noted. */
    public static Stated readApart(List<Block> blocks, ImportLog log) {
        return readApart(blocks, log, false);
    }

    /**
     * As {@link #read(List, ImportLog)}.
     *
     * @param asWritten a labelled time that states no figure ("N/A") is kept as written, without minutes (a layout
     *                  whose timing rows hold the response times' words as the record has them)
     */
    public static List<Sourced<ReportedTime>> read(List<Block> blocks, ImportLog log, boolean asWritten) {
        Stated stated = readApart(blocks, log, asWritten);
        List<Sourced<ReportedTime>> out = new ArrayList<>(stated.labelled());
        for (var t : stated.inProse()) {
            var labelled = stated.labelled().stream().filter(l -> l.value().metric() == t.value().metric()).findFirst();
            if (labelled.isEmpty()) {
                out.add(t);
            } else if (!java.util.Objects.equals(labelled.get().value().minutes(), t.value().minutes())) {
                log.note(t.value().metric().label() + " is stated as '" + labelled.get().value().asWritten() + "' ("
                        + labelled.get().lines() + ") and in prose as '" + t.value().asWritten() + "' (" + t.lines()
                        + "); the labelled one is kept");
            }
        }
        out.sort(java.util.Comparator.comparingInt(t -> t.lines().first()));
        return out;
    }

    private static Stated readApart(List<Block> blocks, ImportLog log, boolean asWritten) {
        Map<Metric, Sourced<ReportedTime>> found = new EnumMap<>(Metric.class);
        List<Sourced<ReportedTime>> out = new ArrayList<>();
        Map<Metric, Sourced<ReportedTime>> foundInProse = new EnumMap<>(Metric.class);
        List<Sourced<ReportedTime>> inProse = new ArrayList<>();
        String[] table = null;
        for (Block b : blocks) {
            if (b.is(Block.Kind.TABLE_HEADER)) {
                table = metricsTable(b.cells());
            } else if (!b.is(Block.Kind.TABLE_ROW)) {
                table = null;
            }
            if (table != null && b.is(Block.Kind.TABLE_ROW)) {
                // "Time to Detect | 5 min | 12 min | No": the metric named in one column, its figure in another.
                List<String> cells = b.cells();
                int name = Columns.indexOf(table, "metric");
                int actual = Columns.indexOf(table, "actual");
                if (name < cells.size() && actual < cells.size()) {
                    var written = new LabelledLines.Labelled(cells.get(name).strip(), cells.get(actual).strip());
                    Label label = label(written.label());
                    if (label != null) {
                        stated(label, written, b.lines(), log, asWritten).ifPresent(t -> keep(t, found, out, log));
                    }
                }
                continue;
            }
            for (WrittenLine line : lines(b)) {
                String text = line.scanned();
                var labelled = b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM) || b.is(Block.Kind.QUOTE)
                        ? LabelledLines.read(text) : LabelledLines.read(List.of(b)).stream().findFirst().map(Sourced::value);
                Label label = labelled.map(l -> label(l.label())).orElse(null);
                if (label != null) {
                    stated(label, labelled.get(), line.lines(), log, asWritten).ifPresent(t -> keep(t, found, out, log));
                    continue;
                }
                for (ReportedTime t : ProseDurations.in(text)) {
                    keep(new Sourced<>(t, line.lines()), foundInProse, inProse, log);
                }
            }
        }
        return new Stated(out, inProse);
    }

    /**
     * The columns of a metrics table wider than a label and a value ("Metric | Target | Actual | Met?"), by the
     * words in importer/columns.json; null when it names no metric column and no figure column.
     */
    private static String[] metricsTable(List<String> header) {
        if (header.size() <= 2) {
            return null;
        }
        String[] fields = METRICS_TABLE.assign(header, Columns.Match.LAST_WORD);
        return Columns.indexOf(fields, "metric") >= 0 && Columns.indexOf(fields, "actual") >= 0 ? fields : null;
    }

    /** The metric a label names, or null; "Time to detect (first alert to page)" names time to detect. */
    static Label label(String written) {
        // Most labels a document writes name none of these: their first word says so before the label is rewritten.
        String first = firstWord(written);
        if (first != null && !FIRST_WORDS.contains(first)) {
            return null;
        }
        String l = NOT_WORD.matcher(written.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        int space = l.indexOf(' ');
        if (!FIRST_WORDS.contains(space < 0 ? l : l.substring(0, space))) {
            return null; // every label named below starts with one of these words
        }
        for (Label label : LABELS) {
            if (l.equals(label.name()) || l.startsWith(label.prefix())) {
                return label;
            }
        }
        return null;
    }

    /**
     * The label's first run of letters, lowered: its first word once lowered with every other character a space.
     * Null when a character outside ASCII comes before that run ends, as lowering it may make or unmake a letter.
     */
    private static String firstWord(String written) {
        int start = -1;
        int i = 0;
        for (; i < written.length(); i++) {
            char c = written.charAt(i);
            if (c >= 128) {
                return null;
            }
            boolean letter = c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z';
            if (letter && start < 0) {
                start = i;
            } else if (!letter && start >= 0) {
                break;
            }
        }
        return start < 0 ? "" : written.substring(start, i).toLowerCase(Locale.ROOT);
    }

    private static Optional<Sourced<ReportedTime>> stated(Label label, LabelledLines.Labelled written, Lines lines,
                                                          ImportLog log, boolean asWritten) {
        String v = Placeholders.value(written.value());
        if (asWritten && !v.isEmpty() && NO_FIGURE.contains(v.toLowerCase(Locale.ROOT))) {
            return Optional.of(new Sourced<>(new ReportedTime(label.metric(), null, v), lines));
        }
        if (v.isEmpty() || NO_FIGURE.contains(v.toLowerCase(Locale.ROOT)) || "[{<(".indexOf(v.charAt(0)) >= 0) {
            return Optional.empty();
        }
        if (label.guessed()) {
            log.guess(label.metric().code(), "'" + written.label() + "' read as " + label.metric().label(), lines);
        }
        Metric metric = label.metric();
        Optional<DurationPhrase> phrase = DurationPhrase.find(v, 0);
        if (phrase.isPresent()) {
            DurationPhrase rounded = DurationPhrase.at(v, 0).filter(p -> p.end() == phrase.get().end()).orElse(phrase.get());
            return Optional.of(new Sourced<>(new ReportedTime(metric,
                    DurationMinutes.minutes(phrase.get().text()).orElse(null), rounded.text()), lines));
        }
        Matcher from = CLOCK.matcher(v);
        if (from.find()) {
            int start = Integer.parseInt(from.group(1)) * 60 + Integer.parseInt(from.group(2));
            if (from.find() && start < 24 * 60) {
                int end = Integer.parseInt(from.group(1)) * 60 + Integer.parseInt(from.group(2));
                long minutes = Math.floorMod(end - start, 24 * 60);
                log.guess(metric.code(), "'" + v + "' read as the " + minutes + " minutes between its two times"
                        + (end < start ? ", across midnight" : ""), lines);
                return Optional.of(new Sourced<>(new ReportedTime(metric, minutes, v), lines));
            }
        }
        // "1:20" and a bare "45" have no unit: hours and minutes, and minutes, as the Google-Docs layout reads them.
        Optional<Long> bare = DurationMinutes.minutes(v);
        if (bare.isPresent()) {
            log.guess(metric.code(), "'" + v + "' has no unit; read as " + bare.get() + " minutes", lines);
        }
        return Optional.of(new Sourced<>(new ReportedTime(metric, bare.orElse(null), v), lines));
    }

    private static void keep(Sourced<ReportedTime> t, Map<Metric, Sourced<ReportedTime>> found,
                             List<Sourced<ReportedTime>> out, ImportLog log) {
        Metric metric = t.value().metric();
        Sourced<ReportedTime> first = found.get(metric);
        if (first == null) {
            found.put(metric, t);
            out.add(t);
        } else if (!java.util.Objects.equals(first.value().minutes(), t.value().minutes())) {
            log.note(metric.label() + " is stated as '" + first.value().asWritten() + "' (" + first.lines() + ") and as '"
                    + t.value().asWritten() + "' (" + t.lines() + "); the first is kept");
        }
    }

    private static List<WrittenLine> lines(Block b) {
        return switch (b.kind()) {
            case PARAGRAPH, LIST_ITEM, QUOTE -> WrittenLine.of(b);
            case TABLE_ROW, TABLE_HEADER, FRONT_MATTER -> b.cells().size() == 2
                    ? List.of(new WrittenLine(b.text(), b.lines(), b)) : List.of();
            default -> List.of();
        };
    }

    private static List<Label> labels(Metric metric, boolean guessed, String... names) {
        return java.util.Arrays.stream(names).map(n -> new Label(n, metric, guessed)).toList();
    }
}
