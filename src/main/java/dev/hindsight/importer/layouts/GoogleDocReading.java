package dev.hindsight.importer.layouts;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.importer.layouts.GoogleDocLines.Block;
import dev.hindsight.importer.layouts.GoogleDocLines.Kind;
import dev.hindsight.importer.layouts.GoogleDocLines.Line;
import dev.hindsight.importer.layouts.GoogleDocLines.Part;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.Analysis.Why;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemBuilder;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.review.Reviewer;
import dev.hindsight.timeline.Gap;
import dev.hindsight.timeline.Timeline;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/** One reading of a Google-Docs post-mortem: its parts, line by line, into a record. Not thread-safe. */
final class GoogleDocReading {

    private static final Pattern SEVERITY_CHOICES = Pattern.compile("(?i)^sev\\s*1\\s*/\\s*sev\\s*2\\b.*");
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\(\\s*according to[^)]*\\)");
    /** Longer than every label {@link #row} knows and than the prefixes it looks for. */
    private static final int LABEL_KEY = 23;
    private static final Pattern ACTION_KEY = Pattern.compile("(?i)^<?\\s*AI\\s?-?\\d+\\s*:.*");

    private final ImportContext context;
    private final PostMortemBuilder record = PostMortem.builder();
    private final List<Reviewer> reviewers = new ArrayList<>();
    private final List<Impact.BlastRadiusFigure> figures = new ArrayList<>();
    private final List<String> apps = new ArrayList<>();
    private final List<GoogleDocTimeline.Row> timelineRows = new ArrayList<>();
    private final List<String> timelineWords = new ArrayList<>();
    private final Map<Metric, String> timings = new EnumMap<>(Metric.class);
    private final List<String> counts = new ArrayList<>();
    private final List<String> teams = new ArrayList<>();
    private final Map<Part, List<Finding>> findings = new EnumMap<>(Part.class);
    private final List<Finding> factors = new ArrayList<>();
    private final List<Why> whys = new ArrayList<>();
    private final List<ActionItem> actions = new ArrayList<>();
    private final List<ExtraSection> extras = new ArrayList<>();
    private String title = "";
    private String summary = "";
    private String why = "";

    GoogleDocReading(ImportContext context) {
        this.context = context;
        for (Part p : List.of(Part.WELL, Part.WRONG, Part.LUCKY)) {
            findings.put(p, new ArrayList<>());
        }
    }

    PostMortem read(List<Block> blocks) {
        blocks.forEach(this::block);
        ZoneId zone = timelineWords.stream().map(GoogleDocTimeline::zone).flatMap(Optional::stream).findFirst()
                .orElse(null);
        if (zone == null) {
            zone = context.conventions().timeZone();
            if (!timelineRows.isEmpty()) {
                context.note("the timeline does not say which zone its times are in; read as " + zone.getId());
            }
        }
        LocalDate day = timelineWords.stream().map(Times::date).flatMap(Optional::stream).findFirst()
                .or(() -> Times.date(title)).or(() -> Times.date(summary)).orElse(null);
        Timeline timeline = new Timeline(GoogleDocTimeline.events(timelineRows, zone, day, context));
        participants();
        return record.title(title).timeZone(zone).timeline(timeline).reportedTimes(reported(timeline))
                .reviewers(reviewers).actionItems(actions).extraSections(extras)
                .impact(Impact.builder().summary(summary).blastRadius(figures).appsAndApis(apps).build())
                .analysis(Analysis.builder().wentWell(findings.get(Part.WELL)).wentWrong(findings.get(Part.WRONG))
                        .gotLucky(findings.get(Part.LUCKY)).contributingFactors(factors).fiveWhys(whys)
                        .rootCause(new Analysis.RootCause(null, null, why, null)).build())
                .build();
    }

    private void block(Block block) {
        Part part = block.part();
        if (part == Part.TIMELINE) {
            timelineWords.add(block.heading());
        }
        List<String> text = new ArrayList<>();
        List<String> stray = new ArrayList<>();
        for (Line line : block.lines()) {
            switch (line.kind()) {
                case ROW -> {
                    if (!row(line, part)) {
                        stray.add(line.raw());
                    }
                }
                case SEPARATOR -> { }
                case BLANK -> {
                    text.add("");
                    stray.add("");
                }
                default -> content(line, part, text, stray);
            }
        }
        if (part == Part.IMPACT) {
            summary = GoogleDocText.join(summary, GoogleDocText.paragraphs(text));
        } else if (part == Part.WHY) {
            why = GoogleDocText.join(why, GoogleDocText.paragraphs(text));
        }
        String kept = GoogleDocText.paragraphs(stray);
        if (!kept.isEmpty()) {
            String heading = block.heading().isEmpty() ? "Notes" : block.heading();
            extras.add(new ExtraSection(heading, kept));
            context.note("text under '" + heading + "' has no field of its own; kept as an extra section");
        }
    }

    private void content(Line line, Part part, List<String> text, List<String> stray) {
        String t = line.text();
        boolean actionPart = part == Part.ACTIONS || part == Part.P0 || part == Part.P1 || part == Part.P2;
        if (!actionPart && GoogleDocGuidance.isGuidance(t)) {
            return; // an action item filled in inside the seed's brackets is still an item: action() decides
        }
        switch (part) {
            case IMPACT -> text.add(line.raw());
            case WHY -> {
                if (line.kind() == Kind.BULLET) {
                    factors.add(Finding.of(t));
                } else if (line.kind() == Kind.NUMBERED) {
                    whys.add(GoogleDocItems.why(t));
                } else {
                    text.add(line.raw());
                }
            }
            case WELL, WRONG, LUCKY -> findings.get(part).add(Finding.of(t));
            case REVIEWERS -> GoogleDocItems.reviewer(List.of(t), context).ifPresent(reviewers::add);
            case ACTIONS, P0, P1, P2 -> {
                if (line.kind() != Kind.TEXT || ACTION_KEY.matcher(t).matches()) {
                    Priority priority = part == Part.ACTIONS ? null : Priority.valueOf(part.name());
                    GoogleDocItems.action(t, priority).ifPresent(actions::add);
                } else if (!GoogleDocGuidance.isGuidance(t)) {
                    stray.add(line.raw());
                }
            }
            case TIMELINE -> {
                if (Times.date(t).isPresent() || t.toLowerCase(java.util.Locale.ROOT).contains("times are in")) {
                    timelineWords.add(t);
                } else {
                    stray.add(line.raw());
                }
            }
            default -> stray.add(line.raw());
        }
    }

    /** A row, wherever it stands: a timeline row, one of the layout's labels, or a reviewer. False if none. */
    private boolean row(Line line, Part part) {
        List<String> cells = line.cells();
        String label = cells.get(0);
        if (allUnfilled(cells)) {
            return true;
        }
        Times.TimeOfDay time = GoogleDocTimeline.time(label);
        if (time != null) {
            timelineRows.add(new GoogleDocTimeline.Row(cells, time));
            return true;
        }
        String key = Section.normal(label, LABEL_KEY);
        String value = line.value();
        boolean filled = !GoogleDocGuidance.unfilled(value);
        switch (key) {
            case "investigation doc", "investigation document", "investigation" -> {
                record.investigationDoc(GoogleDocItems.investigationDoc(value));
                return true;
            }
            case "title" -> {
                title = filled ? value : "";
                return true;
            }
            case "author" -> {
                record.author(filled ? value : "");
                return true;
            }
            case "severity" -> {
                severity(value);
                return true;
            }
            case "time", "measure", "engineers" -> {
                return true;
            }
            default -> {
            }
        }
        // Both forms start "number of", in any case: most labels are not asked.
        boolean numberOf = label.regionMatches(true, 0, "number of ", 0, 10);
        String figure = numberOf ? GoogleDocItems.counted(label, " affected", false) : null;
        String engineers;
        Metric timing;
        if (figure != null) {
            if (filled) {
                Long number = GoogleDocItems.figure(value, label, context);
                figures.add(new Impact.BlastRadiusFigure(figure, number));
            }
        } else if (key.startsWith("apps apis affected") || key.startsWith("apps affected")) {
            apps.addAll(GoogleDocItems.list(value));
        } else if ((timing = GoogleDocDurations.metric(key)) != null) {
            if (filled) {
                timings.putIfAbsent(timing, value);
            }
        } else if (numberOf && (engineers = GoogleDocItems.counted(label, " engineer", true)) != null) {
            if (filled) {
                counts.add(value + " " + engineers);
            }
        } else if (key.startsWith("teams involved")) {
            teams.addAll(GoogleDocItems.list(value));
        } else if (part == Part.REVIEWERS) {
            GoogleDocItems.reviewer(cells, context).ifPresent(reviewers::add);
        } else {
            return false;
        }
        return true;
    }

    private static boolean allUnfilled(List<String> cells) {
        for (String cell : cells) {
            if (!GoogleDocGuidance.unfilled(cell)) {
                return false;
            }
        }
        return true;
    }

    private void severity(String value) {
        String written = ACCORDING_TO.matcher(value).replaceAll("").strip();
        if (GoogleDocGuidance.unfilled(value) || written.isEmpty() || SEVERITY_CHOICES.matcher(written).matches()) {
            return;
        }
        SeverityWords.read(written, context.conventions().severityScale()).ifPresentOrElse(record::severity,
                () -> context.note("severity '" + value + "' is not a level of the " + context.conventions()
                        .severityScale().name() + " scale; left unset"));
    }

    /** The timing rows the timeline cannot measure, as stated; a measured figure wins over a stated one. */
    private List<ReportedTime> reported(Timeline timeline) {
        List<ReportedTime> out = new ArrayList<>();
        for (Map.Entry<Metric, String> t : timings.entrySet()) {
            Optional<Long> minutes = GoogleDocDurations.minutes(t.getValue());
            Optional<Duration> measured = ResponseMetrics.measured(t.getKey(), timeline.milestones());
            if (measured.isPresent()) {
                if (minutes.isPresent() && Math.abs(minutes.get() - measured.get().toMinutes()) > 1
                        && !Gap.describe(measured.get()).equals(t.getValue())) {
                    context.note(t.getKey().label() + " is stated as '" + t.getValue() + "' but the timeline measures "
                            + Gap.describe(measured.get()) + "; the measured figure is kept");
                }
                continue;
            }
            if (minutes.isEmpty()) {
                context.note(t.getKey().label() + " '" + t.getValue() + "' is not a length of time; kept as written");
            }
            out.add(new ReportedTime(t.getKey(), minutes.orElse(null), t.getValue()));
        }
        return out;
    }

    /** Head counts and teams cannot recreate the people they count; they are noted so nobody loses them. */
    private void participants() {
        if (!counts.isEmpty()) {
            context.note("participants as the document counts them: " + String.join(", ", counts) + " engineers;"
                    + " a count names nobody, so no responders were recorded (add them by name to keep them)");
        }
        if (!teams.isEmpty()) {
            context.note("teams involved as the document lists them: " + String.join(", ", teams) + "; teams come"
                    + " from the responders, so add the responders with their teams to keep them");
        }
    }
}
