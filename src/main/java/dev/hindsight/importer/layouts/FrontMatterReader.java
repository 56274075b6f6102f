package dev.hindsight.importer.layouts;

import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.AnalysisBuilder;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemBuilder;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.severity.SeverityScale;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.timeline.Timeline;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Reads the incident.io-style layout: a YAML header (title, incident_id, status, date, severity, duration), the
 * summary with its Impact bullets and Timeline Overview, then Detection, Escalation, Recovery, Prevention and
 * References, each with the sub-sections the template gives them. Sections may be missing, reordered or extra;
 * HTML comments and placeholders left in are ignored. See {@link FrontMatterTimeline} for how the three timeline
 * tables become one timeline.
 */
public final class FrontMatterReader implements LayoutReader {

    private static final Pattern LABELLED = Pattern.compile("^\\s*(?:[-*+]\\s+)?\\*\\*([^*]+?):?\\*\\*:?.*$");
    private static final Pattern BLOCK = Pattern.compile("(?i)^\\*\\*(impact|timeline overview):?\\*\\*:?\\s*$");
    private static final Pattern IMPACT_LINE = Pattern.compile("^[-*+]\\s+([^:]+):\\s*(.*)$");
    private static final Pattern LESSON = Pattern.compile("^\\*\\*(.+?):\\*\\*\\s*(.*)$|^\\*\\*(.+?)\\*\\*\\s*[:—-]\\s*(.*)$");
    private static final Pattern ITEM = Pattern.compile("^[-*+]\\s.*");
    private static final Pattern COMMENT = Pattern.compile("(?s)<!--.*?-->");
    private static final Pattern LIST_SEPARATOR = Pattern.compile("[,;]");
    private static final List<String> SECTIONS = List.of("summary", "detection", "escalation", "recovery",
            "prevention", "references", "impact", "timeline", "root cause", "action items", "lessons learned");
    private static final Set<String> METHOD_LABELS = Set.of("method", "detection method", "detected by", "discovery",
            "discovered via", "detected via");

    /** The headings only this layout has, and those it shares, normalised. */
    private static final String[] DISTINCT_HEADINGS = Stream.of("Detection Gaps", "Escalation Gaps",
            "Automation Opportunities", "Detection Timeline", "Recovery Timeline", "Who responded",
            "Was severity assessed correctly", "Were there earlier signals we missed", "Key Metrics During Recovery")
            .map(Section::normal).toArray(String[]::new);
    private static final String[] HEADINGS = Stream.of("Summary", "Detection", "Escalation", "Recovery", "Prevention",
            "References").map(Section::normal).toArray(String[]::new);

    @Override
    public BuiltInTemplate layout() {
        return BuiltInTemplate.FRONT_MATTER;
    }

    @Override
    public int score(SourceDocument d) {
        Map<String, String> yaml = FrontMatterFields.yaml(d.lines());
        int score = yaml.containsKey("incident_id") ? 4 : yaml.isEmpty() ? 0 : 1;
        return score + 2 * present(d, DISTINCT_HEADINGS) + present(d, HEADINGS);
    }

    /** How many of the normalised names some heading is, or starts with as a word. */
    private static int present(SourceDocument d, String[] normalNames) {
        int found = 0;
        for (String name : normalNames) {
            if (d.hasHeading(name)) {
                found++;
            }
        }
        return found;
    }

    @Override
    public PostMortem read(SourceDocument d, ImportContext context) {
        SeverityScale scale = context.conventions().severityScale();
        Map<String, String> yaml = FrontMatterFields.yaml(d.lines());
        PostMortemBuilder b = PostMortem.builder();
        AnalysisBuilder analysis = Analysis.builder();
        Optional<Section> h1 = d.sections().stream().filter(s -> s.level() == 1).findFirst()
                .filter(s -> SECTIONS.stream().noneMatch(n -> s.key().equals(n) || s.key().startsWith(n + " ")));
        h1.ifPresent(s -> d.take(s.heading()));
        String title = Placeholders.value(yaml.getOrDefault("title", ""));
        b.title(title.isEmpty() ? h1.map(s -> Placeholders.value(s.heading())).orElse("") : title);
        String id = Placeholders.value(yaml.getOrDefault("incident_id", yaml.getOrDefault("id", "")));
        b.id(id.isEmpty() ? null : id);
        b.status(FrontMatterFields.status(yaml.getOrDefault("status", ""), context));
        LocalDate written = Times.date(Placeholders.value(yaml.getOrDefault("date", ""))).orElse(null);
        b.dateWritten(written);
        SeverityWords.read(yaml.getOrDefault("severity", ""), scale).ifPresent(b::severity);

        // Summary: the paragraph, the Impact bullets and the Timeline Overview.
        Summary summary = d.take("Summary", "Executive Summary", "Overview").map(FrontMatterReader::summary)
                .orElse(new Summary("", Map.of(), List.of()));
        String summaryText = summary.text();
        String intro = h1.map(Section::text).orElse("");
        if (!intro.isBlank() && summaryText.isEmpty()) {
            summaryText = intro;
        } else if (!intro.isBlank()) {
            b.extraSections(List.of(new ExtraSection(h1.get().heading(), intro)));
        }
        analysis.summary(summaryText);

        List<List<String>> detectionRows = rows(d.take("Detection Timeline"));
        List<List<String>> recoveryRows = rows(d.take("Recovery Timeline"));
        List<List<String>> responderRows = rows(d.take("Who responded", "Responders", "Who was involved"));
        List<List<String>> messageRows = rows(d.take("Communication Timeline", "Communications", "Communication"));
        List<String> timeCells = Stream.of(summary.overview().stream().map(FrontMatterTimeline.Overview::time),
                detectionRows.stream().map(r -> r.get(0)), recoveryRows.stream().map(r -> r.get(0)),
                responderRows.stream().map(r -> r.size() > 2 ? r.get(2) : ""), messageRows.stream().map(r -> r.get(0)))
                .flatMap(s -> s).toList();
        ZoneId zone = FrontMatterTimes.firstZone(timeCells).orElse(context.conventions().timeZone());
        LocalDate day = FrontMatterTimes.firstDate(timeCells).orElse(written);
        LocalDateTime anchor = FrontMatterTimes.anchor(timeCells, day, zone);
        Timeline timeline = new Timeline(FrontMatterTimeline.read(summary.overview(), detectionRows, recoveryRows,
                anchor, zone, context));
        b.timeZone(zone).timeline(timeline);
        b.responders(FrontMatterTables.responders(responderRows, anchor, zone, context));
        b.communication(Communication.builder().log(FrontMatterTables.messages(messageRows, anchor, zone, context))
                .build());

        String duration = Placeholders.value(yaml.getOrDefault("duration", summary.impact().getOrDefault("duration", "")));
        if (ResponseMetrics.measured(Metric.TOTAL_DURATION, timeline.milestones()).isEmpty() && !duration.isEmpty()) {
            b.reportedTimes(List.of(new ReportedTime(Metric.TOTAL_DURATION,
                    FrontMatterFields.minutes(duration).orElse(null), duration)));
        }
        b.impact(Impact.builder().users(FrontMatterFields.users(summary.impact().getOrDefault("users", "")))
                .services(list(summary.impact().getOrDefault("services", ""))).build());

        String story = "";
        String method = "";
        Optional<Section> how = d.take("How was the incident detected", "How was it detected", "How detected");
        if (how.isPresent()) {
            method = labelled(how.get(), METHOD_LABELS);
            story = withoutLabels(how.get(), METHOD_LABELS);
        }
        method = method.isEmpty() ? guessMethod(story) : method;
        b.detection(Detection.builder().method(method.isEmpty() ? "" : context.discoveryMethod(method)).story(story)
                .earlierSignals(d.take("Were there earlier signals", "Earlier signals").map(Section::text).orElse(""))
                .gaps(checklist(d.take("Detection Gaps"))).build());

        d.take("Was severity assessed correctly", "Severity assessment").ifPresent(s -> {
            SeverityWords.read(s.labelled("Initial severity"), scale).ifPresent(b::initialSeverity);
            if (Placeholders.value(yaml.getOrDefault("severity", "")).isEmpty()) {
                SeverityWords.read(s.labelled("Actual severity"), scale)
                        .or(() -> SeverityWords.read(s.labelled("Final severity"), scale)).ifPresent(b::severity);
            }
            b.severityAssessment(withoutLabels(s, Set.of("initial severity", "actual severity", "final severity")));
        });
        analysis.escalationGaps(checklist(d.take("Escalation Gaps")));
        analysis.mitigationSteps(d.take("What actions were taken to mitigate", "Mitigation steps", "Mitigation")
                .map(Section::bullets).orElse(List.of()));
        analysis.recoveryMetrics(d.take("Key Metrics During Recovery", "Key Metrics").map(Section::text).orElse(""));
        analysis.automationOpportunities(checklist(d.take("Automation Opportunities")));
        analysis.rootCause(new Analysis.RootCause(d.take("Root Cause").map(Section::text).orElse(""), null, null, null));
        analysis.contributingFactors(d.take("Contributing Factors").map(Section::bullets).orElse(List.of()).stream()
                .map(Analysis.Finding::of).toList());
        b.actionItems(FrontMatterTables.actionItems(rows(d.take("Action Items", "Follow-up actions")),
                written != null ? written : day, context));
        analysis.lessons(d.take("Lessons Learned", "Lessons").map(FrontMatterReader::lessons).orElse(List.of()));
        d.take("References", "Links").ifPresent(s -> {
            b.references(FrontMatterFields.references(s));
            b.relatedIncidents(FrontMatterFields.related(s));
        });
        List<String> keys = d.keys();
        for (String group : List.of("Detection", "Escalation", "Recovery", "Prevention")) {
            String wanted = Section.normal(group);
            for (int i = 0; i < keys.size(); i++) {
                if (keys.get(i).equals(wanted) && d.sections().get(i).text().isBlank()) {
                    d.skip(group);
                    break;
                }
            }
        }
        return b.analysis(analysis.build()).build();
    }

    /** The summary's paragraph, its Impact bullets by label (users, duration, services) and its overview rows. */
    record Summary(String text, Map<String, String> impact, List<FrontMatterTimeline.Overview> overview) {
    }

    private static Summary summary(Section s) {
        List<String> paragraph = new ArrayList<>();
        Map<String, String> impact = new java.util.HashMap<>();
        List<String> table = new ArrayList<>();
        String block = "";
        for (String line : uncommented(s.lines())) {
            String t = line.strip();
            Matcher start = BLOCK.matcher(t);
            if (start.matches()) {
                block = start.group(1).toLowerCase(Locale.ROOT);
                continue;
            }
            if (block.equals("impact") && (t.isEmpty() || ITEM.matcher(t).matches())) {
                Matcher m = IMPACT_LINE.matcher(t.replace("**", ""));
                if (m.matches()) {
                    impact.put(impactKey(m.group(1)), Placeholders.value(m.group(2)));
                }
                continue;
            }
            if (block.equals("timeline overview") && (t.contains("|") || t.isEmpty() && table.isEmpty())) {
                table.add(line);
                continue;
            }
            block = "";
            if (!Section.isGuidance(t)) {
                paragraph.add(line);
            }
        }
        List<FrontMatterTimeline.Overview> overview = new ArrayList<>();
        for (List<String> row : Tables.rows(table)) {
            String text = row.size() > 1 ? Placeholders.value(String.join(" | ", row.subList(1, row.size()))) : "";
            overview.add(new FrontMatterTimeline.Overview(FrontMatterTimeline.overviewKind(text, overview.size()),
                    row.get(0), text));
        }
        return new Summary(Section.unescape(String.join("\n", paragraph).strip()), impact, overview);
    }

    private static String impactKey(String label) {
        String l = Section.normal(label);
        return l.contains("user") || l.contains("customer") ? "users" : l.contains("duration") ? "duration"
                : l.contains("service") || l.contains("system") ? "services" : l;
    }

    /** The lines without HTML comments, whether on a line of their own, inline, or over several lines. */
    private static List<String> uncommented(List<String> lines) {
        String joined = COMMENT.matcher(String.join("\n", lines)).replaceAll("");
        return List.of(joined.split("\n", -1));
    }

    private static List<List<String>> rows(Optional<Section> s) {
        return s.map(section -> FrontMatterTables.rows(section.lines())).orElse(List.of()).stream()
                .filter(r -> !r.isEmpty()).toList();
    }

    private static List<String> checklist(Optional<Section> s) {
        return s.map(Section::bullets).orElse(List.of()).stream().map(Section::unboxed)
                .filter(t -> !Placeholders.isUnfilled(t)).toList();
    }

    private static List<String> list(String text) {
        return Stream.of(LIST_SEPARATOR.split(text)).map(String::strip).filter(t -> !Placeholders.isUnfilled(t)).toList();
    }

    /** The value of the first "**Label:** value" line whose label is one of those given. */
    private static String labelled(Section s, Set<String> labels) {
        return labels.stream().map(s::labelled).filter(v -> !v.isEmpty()).findFirst().orElse("");
    }

    /** The section's text without its "**Label:** value" lines for the labels given. */
    private static String withoutLabels(Section s, Set<String> labels) {
        List<String> kept = new ArrayList<>();
        for (String line : s.text().split("\n", -1)) {
            Matcher m = LABELLED.matcher(line);
            if (!(m.matches() && labels.contains(Section.normal(m.group(1))))) {
                kept.add(line);
            }
        }
        return String.join("\n", kept).strip();
    }

    /** A discovery method from how the detection is told, by the first telling word; empty when none. */
    private static String guessMethod(String story) {
        String s = story.toLowerCase(Locale.ROOT);
        String[][] words = {{"alert", "Alerts"}, {"monitor", "Alerts"}, {"paged", "Alerts"}, {"pagerduty", "Alerts"},
            {"customer", "User Reports"}, {"user report", "User Reports"}, {"support ticket", "User Reports"},
            {"review", "Review"}};
        int first = Integer.MAX_VALUE;
        String method = "";
        for (String[] w : words) {
            int at = s.indexOf(w[0]);
            if (at >= 0 && at < first) {
                first = at;
                method = w[1];
            }
        }
        return method;
    }

    private static List<Analysis.Lesson> lessons(Section s) {
        List<Analysis.Lesson> out = new ArrayList<>();
        for (String item : s.bullets()) {
            Matcher m = LESSON.matcher(item);
            if (m.matches()) {
                String title = m.group(1) != null ? m.group(1) : m.group(3);
                String learned = m.group(1) != null ? m.group(2) : m.group(4);
                out.add(new Analysis.Lesson(null, title.strip(), learned.strip(), null));
            } else {
                out.add(new Analysis.Lesson(null, "", item, null));
            }
        }
        return out;
    }
}
