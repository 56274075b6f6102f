package dev.hindsight.importer.layouts;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.AnalysisBuilder;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.ImpactBuilder;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemBuilder;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the incident post-mortem: "# Incident Post-Mortem: Title", the Date / Duration / Impact / Severity /
 * Prepared by lines, Issue Summary, a Timeline of "- **2:05 PM**: event" bullets in the zone it states once,
 * Root Cause Analysis, Resolution, Impact Assessment bullets, Action Items grouped Immediate / Short-term /
 * Long-term, Lessons Learned (went well, went wrong, got lucky), Prevention Measures, Communication Notes and
 * the Appendix (metrics, related incidents, references). Sections may be missing, reordered or renamed
 * slightly; sections it does not know are left for the importer to keep.
 */
public final class PostmortemReader implements LayoutReader {

    private static final Pattern TITLE = Pattern.compile("(?i)^(?:incident\\s+)?post[\\s-]?mortem(?:\\s+report)?"
            + "\\s*(?:[:\\-–—]\\s*(.*))?$");
    private static final String[] DISTINCT = {"Issue Summary", "Where We Got Lucky", "Communication Notes",
        "Relevant Metrics", "Short-term Improvements", "Long-term Projects", "Appendix"};
    private static final String[] SHARED = {"Timeline", "Root Cause Analysis", "Resolution", "Impact Assessment",
        "Action Items", "Immediate Actions", "Lessons Learned", "What Went Well", "What Went Wrong",
        "Prevention Measures", "Related Incidents", "References"};
    private static final String[] OTHERS = {"Executive Summary", "Five Whys Analysis", "Review and Approval",
        "Incident Details", "Responders", "Abstract", "Next Steps", "Escalation", "Recovery"};

    private static final String[] DISTINCT_KEYS = normal(DISTINCT);
    private static final String[] SHARED_KEYS = normal(SHARED);
    private static final String[] OTHER_KEYS = normal(OTHERS);

    private static String[] normal(String[] names) {
        return java.util.Arrays.stream(names).map(Section::normal).toArray(String[]::new);
    }

    /** How many of the normalised names some heading is, or starts with as a word. */
    static int present(SourceDocument d, String[] normalNames) {
        int found = 0;
        for (String name : normalNames) {
            if (d.hasHeading(name)) {
                found++;
            }
        }
        return found;
    }

    @Override
    public BuiltInTemplate layout() {
        return BuiltInTemplate.POSTMORTEM;
    }

    @Override
    public int score(SourceDocument d) {
        int score = 2 * present(d, DISTINCT_KEYS) + present(d, SHARED_KEYS) - 2 * present(d, OTHER_KEYS);
        Section top = top(d);
        if (top.level() == 1 && TITLE.matcher(top.heading()).matches()) {
            score += 4;
        }
        boolean preparedBy = false;
        boolean duration = false;
        for (String line : top.lines()) {
            String label = PostmortemText.labelOf(line);
            preparedBy |= PostmortemText.matches(label, "Prepared by");
            duration |= PostmortemText.matches(label, "Duration");
        }
        score += (preparedBy ? 2 : 0) + (duration ? 1 : 0);
        if (!d.frontMatter().isEmpty()) {
            score -= 3;
        }
        return Math.max(score, 0);
    }

    @Override
    public PostMortem read(SourceDocument d, ImportContext context) {
        PostMortemBuilder b = PostMortem.builder();
        Section top = top(d);
        if (top.level() == 1) {
            d.take(top.heading());
        }
        b.title(title(top));
        PostmortemText.Labels header = new PostmortemText.Labels(top.lines());
        LocalDate written = PostmortemClock.date(header.value("Date", "Date written")
                .replaceFirst("^DATE$", ""), null).orElse(null);
        b.dateWritten(written);
        b.author(header.value("Prepared by", "Prepared by (Name(s))", "Author", "Authors"));
        String severity = header.value("Severity");
        SeverityWords.read(severity, context.conventions().severityScale()).ifPresentOrElse(b::severity, () -> {
            if (!severity.isEmpty()) {
                context.note("severity '" + severity + "' is not on any scale Hindsight knows; left empty");
            }
        });

        Optional<Section> timelineSection = d.take("Timeline");
        ZoneId zone = PostmortemClock.statedZone(timelineSection.map(Section::lines).orElse(List.of()),
                        context.conventions().timeZone())
                .or(() -> PostmortemClock.statedZone(d.lines(), context.conventions().timeZone()))
                .or(() -> Times.time(header.value("Duration")).map(Times.TimeOfDay::zone))
                .orElse(context.conventions().timeZone());
        String durationLine = header.value("Duration");
        LocalDate firstDay = PostmortemClock.date(durationLine, written).orElse(written);
        PostmortemClock.Cursor cursor = new PostmortemClock.Cursor(zone, firstDay);
        List<TimelineEvent> events = timelineSection.map(s -> PostmortemTimeline.read(s, cursor, context))
                .orElse(List.of());
        LocalDate incidentDay = events.isEmpty() ? firstDay : events.get(0).at().atZone(zone).toLocalDate();
        PostmortemClock.Span span = PostmortemClock.span(durationLine, incidentDay, zone);
        b.timeline(new Timeline(PostmortemTimeline.withSpan(events, span, zone)));
        b.timeZone(zone);

        AnalysisBuilder analysis = Analysis.builder();
        d.take("Issue Summary", "Summary", "Executive Summary").ifPresent(s -> analysis.summary(PostmortemText.prose(s)));
        d.take("Root Cause Analysis", "Root Cause", "Root Causes").ifPresent(s -> analysis.rootCause(
                new Analysis.RootCause(null, PostmortemText.prose(s), null, null)));
        d.take("Resolution", "Resolution and Recovery").ifPresent(s -> analysis.resolution(PostmortemText.prose(s)));
        d.take("What Went Well").ifPresent(s -> analysis.wentWell(findings(s)));
        d.take("What Went Wrong", "What Didn't Go Well", "What Did Not Go Well", "What Went Poorly",
                "What Could Have Gone Better").ifPresent(s -> analysis.wentWrong(findings(s)));
        d.take("Where We Got Lucky", "Where Did We Get Lucky", "Where We Were Lucky", "Lucky")
                .ifPresent(s -> analysis.gotLucky(findings(s)));
        d.take("Prevention Measures", "Prevention").ifPresent(s -> analysis.prevention(PostmortemText.prose(s)));
        d.take("Relevant Metrics", "Metrics", "Graphs").ifPresent(s -> analysis.supportingMetrics(PostmortemText.prose(s)));
        b.analysis(analysis.build());

        ImpactBuilder impact = Impact.builder().summary(header.value("Impact"));
        String totalDuration = durationLine.isEmpty() || span.start().isPresent() ? "" : durationLine;
        Optional<Section> assessment = d.take("Impact Assessment", "Impact");
        if (assessment.isPresent()) {
            PostmortemText.Labels lines = new PostmortemText.Labels(assessment.get().lines());
            impact.users(PostmortemLinks.users(lines.value("Users Affected", "Users Impacted",
                    "Customers Affected")));
            impact.services(PostmortemLinks.services(lines.value("Services Affected",
                    "Services Impacted", "Affected Services", "Systems Affected")));
            impact.businessImpact(lines.value("Business Impact"));
            String stated = lines.value("Duration", "Total Duration", "Downtime");
            totalDuration = stated.isEmpty() ? totalDuration : stated;
        }
        b.impact(impact.build());
        b.reportedTimes(reported(b.build(), totalDuration));

        LocalDate near = written != null ? written : incidentDay;
        List<ActionItem> actions = new ArrayList<>();
        d.sections().stream().filter(s -> s.key().equals("action items") && !s.bullets().isEmpty()).findFirst()
                .ifPresent(s -> actions.addAll(PostmortemActions.read(d.take(s.heading()).orElse(s), null, near, context)));
        d.take("Immediate Actions", "Immediate", "P0").ifPresent(s ->
                actions.addAll(PostmortemActions.read(s, Priority.P0, near, context)));
        d.take("Short-term Improvements", "Short-term", "P1").ifPresent(s ->
                actions.addAll(PostmortemActions.read(s, Priority.P1, near, context)));
        d.take("Long-term Projects", "Long-term", "P2").ifPresent(s ->
                actions.addAll(PostmortemActions.read(s, Priority.P2, near, context)));
        b.actionItems(actions);

        PostmortemClock.Cursor messages = new PostmortemClock.Cursor(zone, incidentDay);
        d.take("Communication Notes", "Communication").ifPresent(s ->
                b.communication(PostmortemCommunication.read(s, messages)));
        d.take("Related Incidents", "Related Postmortems").ifPresent(s -> b.relatedIncidents(PostmortemLinks.related(s)));
        d.take("References", "Links").ifPresent(s -> b.references(PostmortemLinks.references(s)));
        return b.build();
    }

    /** The "# Incident Post-Mortem: Title" section, or the text before the first heading when there is none. */
    private static Section top(SourceDocument d) {
        return d.sections().stream().filter(s -> s.level() == 1).findFirst()
                .or(() -> d.sections().stream().filter(s -> s.level() == 0).findFirst())
                .orElse(new Section(0, "", List.of(), 1));
    }

    private static String title(Section top) {
        Matcher m = TITLE.matcher(top.heading());
        String title = m.matches() ? (m.group(1) == null ? "" : m.group(1)) : top.heading();
        return Placeholders.value(title);
    }

    private static List<Analysis.Finding> findings(Section s) {
        return PostmortemText.items(s).stream().map(Section::unboxed).map(Analysis.Finding::of).toList();
    }

    /** The stated total duration, kept only when the timeline cannot measure it. */
    private static List<ReportedTime> reported(PostMortem soFar, String stated) {
        long minutes = stated.isEmpty() ? -1 : PostmortemText.minutes(stated);
        if (minutes < 0 || soFar.startedAt().isPresent() && soFar.resolvedAt().isPresent()) {
            return List.of();
        }
        return List.of(new ReportedTime(Metric.TOTAL_DURATION, minutes, stated));
    }
}
