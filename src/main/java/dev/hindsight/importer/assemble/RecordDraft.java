package dev.hindsight.importer.assemble;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.AnalysisBuilder;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.DetectionBuilder;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.ImpactBuilder;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemBuilder;
import dev.hindsight.incident.Responder;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;

/**
 * The record being assembled, and where each of its fields came from. Lists keep their values' lines so the
 * report can name "timeline[3]" after the events are put in time order. One per document; not thread-safe.
 */
final class RecordDraft {

    final PostMortemBuilder record = PostMortem.builder();
    final AnalysisBuilder analysis = Analysis.builder();
    final ImpactBuilder impact = Impact.builder();
    final DetectionBuilder detection = Detection.builder();
    final List<Sourced<TimelineEvent>> events = new ArrayList<>();
    final List<Sourced<ActionItem>> actionItems = new ArrayList<>();
    final List<Sourced<Responder>> responders = new ArrayList<>();
    final List<Sourced<ReportedTime>> reportedTimes = new ArrayList<>();
    final List<Sourced<Link>> references = new ArrayList<>();
    final List<Sourced<Analysis.Finding>> contributingFactors = new ArrayList<>();
    final List<Sourced<Analysis.Finding>> wentWell = new ArrayList<>();
    final List<Sourced<Analysis.Finding>> wentWrong = new ArrayList<>();
    final List<Sourced<Analysis.Finding>> gotLucky = new ArrayList<>();
    final List<Sourced<Analysis.Why>> fiveWhys = new ArrayList<>();
    final List<Sourced<Analysis.Lesson>> lessons = new ArrayList<>();
    final List<Sourced<ExtraSection>> extras = new ArrayList<>();
    final List<Sourced<Impact.BlastRadiusFigure>> blastRadius = new ArrayList<>();
    final List<Sourced<String>> appsAndApis = new ArrayList<>();
    final List<Sourced<dev.hindsight.review.Reviewer>> reviewers = new ArrayList<>();
    /**
     * The day the document was written, as set on {@link #record}: what a seed layout's action items are dated
     * from, kept here so the record need not be built (every field copied) just to ask it.
     */
    private java.time.LocalDate dateWritten;
    /** How the severity was assessed, as a field or heading states it; "" until one does. */
    private String severityAssessment = "";
    /** Notes written in brackets after a severity's level ("P1 (Major Incident)"), in the order read. */
    private final List<String> severityNotes = new ArrayList<>();
    /** The detection story as read so far, for what its words tell (the discovery method); null if none. */
    String story;
    private final List<ImportReport.Field> fields = new ArrayList<>();
    /**
     * The paths in {@link #fields}, for {@link #has}: asked for every labelled line a document has, which searched
     * the list each time.
     */
    private final Set<String> paths = new HashSet<>();
    private boolean titledByField;

    /** Sets the day the document was written. */
    void dateWritten(java.time.LocalDate day) {
        record.dateWritten(day);
        dateWritten = day;
    }

    /** The day the document was written, as set so far; null when none is. */
    java.time.LocalDate dateWritten() {
        return dateWritten;
    }

    /** Sets how the severity was assessed, as the document states it under a label or heading of its own. */
    void severityAssessment(String text) {
        severityAssessment = text == null ? "" : text;
    }

    /**
     * Adds the note written after a severity's level to its assessment. Noted as read, but the field is not taken:
     * a heading or label stating the assessment is still read, and the note is put before its text.
     */
    void severityNote(Sourced<String> note) {
        if (!severityNotes.contains(note.value())) {
            severityNotes.add(note.value());
            fields.add(new ImportReport.Field("severityAssessment", shorten(note.value()), List.of(note.lines())));
        }
    }

    /** The assessment as the record holds it: the notes after the severity's level, then what the document states. */
    private String assessment() {
        List<String> parts = new ArrayList<>();
        severityNotes.stream().filter(n -> !severityAssessment.contains(n)).forEach(parts::add);
        if (!severityAssessment.isBlank()) {
            parts.add(severityAssessment);
        }
        return String.join("\n\n", parts);
    }

    /** Notes that a field was read from these lines. */
    void field(String path, String value, Lines from) {
        fields.add(new ImportReport.Field(path, shorten(value), List.of(from)));
        paths.add(path);
    }

    /** Whether a field is already read, by its path ("dateWritten", "analysis.summary"); "title" from a field. */
    boolean has(String path) {
        if (path.equals("title")) {
            return titledByField;
        }
        return paths.contains(path);
    }

    /** The title read from a labelled field replaces the one taken from a heading. */
    void retitle(String value, Lines from) {
        fields.removeIf(f -> f.field().equals("title"));
        fields.add(new ImportReport.Field("title", shorten(value), List.of(from)));
        paths.add("title");
        titledByField = true;
    }

    /** The fields read, single values first and then each list's items at their final index. */
    List<ImportReport.Field> fields(List<Sourced<TimelineEvent>> orderedEvents) {
        List<ImportReport.Field> out = new ArrayList<>(fields);
        listed(out, "timeline", orderedEvents, e -> e.local().toLocalDateTime() + " " + e.text());
        listed(out, "actionItems", actionItems, a -> a.title() + (a.owner().isEmpty() ? "" : " (" + a.owner() + ")")
                + " — " + a.status());
        listed(out, "responders", responders, r -> r.name() + (r.role().isEmpty() ? "" : ", " + r.role()));
        listed(out, "reportedTimes", reportedTimes, t -> t.metric().label() + ": " + t.asWritten());
        listed(out, "references", references, l -> l.url());
        listed(out, "analysis.contributingFactors", contributingFactors, Analysis.Finding::title);
        listed(out, "analysis.wentWell", wentWell, Analysis.Finding::title);
        listed(out, "analysis.wentWrong", wentWrong, Analysis.Finding::title);
        listed(out, "analysis.gotLucky", gotLucky, Analysis.Finding::title);
        listed(out, "analysis.fiveWhys", fiveWhys, w -> w.question() + " " + w.answer());
        listed(out, "analysis.lessons", lessons, Analysis.Lesson::title);
        listed(out, "extraSections", extras, ExtraSection::heading);
        listed(out, "reviewers", reviewers, r -> r.name() + " — " + r.state().code());
        return out;
    }

    private static <T> void listed(List<ImportReport.Field> out, String path, List<Sourced<T>> values,
                                   Function<T, String> shown) {
        for (int i = 0; i < values.size(); i++) {
            Sourced<T> v = values.get(i);
            out.add(new ImportReport.Field(path + "[" + i + "]", shorten(shown.apply(v.value())), List.of(v.lines())));
        }
    }

    /** The record as read so far, its timeline in time order and in the document's zone when it states one. */
    PostMortem build(List<Sourced<TimelineEvent>> orderedEvents, dev.hindsight.importer.read.TimeContext time) {
        if (time.zone() != null) {
            record.timeZone(time.zone());
        } else if (!orderedEvents.isEmpty() && orderedEvents.stream().map(e -> e.value().zone()).distinct().count() == 1) {
            // No zone stated for the document, but every entry carries the same one ("2:28pm CEST"): the record's.
            record.timeZone(orderedEvents.get(0).value().zone());
        }
        return record.severityAssessment(assessment())
                .analysis(analysis.contributingFactors(values(contributingFactors)).wentWell(values(wentWell))
                        .wentWrong(values(wentWrong)).gotLucky(values(gotLucky)).fiveWhys(values(fiveWhys))
                        .lessons(values(lessons)).build())
                .impact(impact.blastRadius(values(blastRadius)).appsAndApis(values(appsAndApis)).build())
                .detection(detection.build())
                .timeline(new dev.hindsight.timeline.Timeline(values(orderedEvents)))
                .actionItems(values(actionItems))
                .responders(values(responders))
                .reportedTimes(values(reportedTimes))
                .references(values(references))
                .extraSections(values(extras))
                .reviewers(values(reviewers))
                .build();
    }

    static <T> List<T> values(List<Sourced<T>> sourced) {
        return sourced.stream().map(Sourced::value).toList();
    }

    private static String shorten(String value) {
        String one = value == null ? "" : value.replace('\n', ' ').strip();
        return one.length() > 120 ? one.substring(0, 117) + "..." : one;
    }
}
