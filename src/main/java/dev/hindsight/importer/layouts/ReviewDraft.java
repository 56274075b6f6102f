package dev.hindsight.importer.layouts;

import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.AnalysisBuilder;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.CommunicationBuilder;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.ImpactBuilder;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemBuilder;
import dev.hindsight.incident.Status;
import dev.hindsight.incident.YesNo;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.severity.Severity;
import dev.hindsight.timeline.EventKind;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The record being read from a review document, part by part: the builders, and what one part leaves for
 * another (the basic information's start time for the timeline, response times as stated for wherever the
 * timeline cannot measure them). Not thread-safe: one per import.
 */
final class ReviewDraft {

    final PostMortemBuilder record = PostMortem.builder();
    final AnalysisBuilder analysis = Analysis.builder();
    final ImpactBuilder impact = Impact.builder();
    final CommunicationBuilder communication = Communication.builder();
    final ImportContext context;
    /** The whole document, for the footer's labels wherever they ended up. */
    final List<String> lines;
    /** The Basic Information table: field (normalised) to value. */
    final Map<String, String> basic = new LinkedHashMap<>();
    /** Response times in the document's words ("about 35 minutes"), the first place that states one. */
    private final Map<Metric, String> words = new EnumMap<>(Metric.class);
    /** Response times as figures ("2 hours, 5 minutes") where the layout writes them so. */
    private final Map<Metric, String> figures = new EnumMap<>(Metric.class);

    // What later parts ask of the parts before, kept as it is set: building the record (or the impact or the
    // analysis) copies every list in it, only to read one field.
    private String title;
    private String id;
    private LocalDate dateWritten;
    private Severity severity;
    private Status status;
    /** The summary's one-line summary and root cause sentence, never null once read. */
    String oneLineSummary = "";
    String rootCause = "";
    /** The services, users and data loss the summary's impact block states, as the impact reads them. */
    List<String> services = List.of();
    Impact.UsersAffected users = Impact.UsersAffected.unknown();
    YesNo dataLoss = YesNo.unknown();

    ReviewDraft(ImportContext context, List<String> lines) {
        this.context = context;
        this.lines = lines;
    }

    void title(String title) {
        this.title = title;
        record.title(title);
    }

    void id(String id) {
        this.id = id;
        record.id(id);
    }

    void dateWritten(LocalDate day) {
        this.dateWritten = day;
        record.dateWritten(day);
    }

    void severity(Severity severity) {
        this.severity = severity;
        record.severity(severity);
    }

    void status(Status status) {
        this.status = status;
        record.status(status);
    }

    /** Whether the record, built now, would have no title (as {@link PostMortem} strips it). */
    boolean untitled() {
        return title == null || title.isBlank();
    }

    /** Whether the record, built now, would have no id (a blank one is none). */
    boolean unnumbered() {
        return id == null || id.isBlank();
    }

    LocalDate dateWritten() {
        return dateWritten;
    }

    Severity severity() {
        return severity;
    }

    /** The status the record would have now: draft until one is read. */
    Status status() {
        return status == null ? Status.DRAFT : status;
    }

    /** A response time as the document words it (a metrics table). */
    void stated(Metric metric, String text) {
        if (!ReviewPlaceholders.isUnfilled(text)) {
            words.putIfAbsent(metric, Section.unescape(text.strip()));
        }
    }

    /** A response time as a figure (a duration or recovery time line). */
    void figure(Metric metric, String text) {
        if (!ReviewPlaceholders.isUnfilled(text)) {
            figures.putIfAbsent(metric, text.strip());
        }
    }

    /**
     * The stated response times for the metrics the timeline cannot measure: the words as written, the minutes
     * from a figure when the layout gives one, else from the words.
     */
    List<ReportedTime> reported(Map<EventKind, Instant> milestones) {
        List<ReportedTime> out = new ArrayList<>();
        for (Metric metric : Metric.values()) {
            String written = words.getOrDefault(metric, figures.get(metric));
            if (written == null || ResponseMetrics.measured(metric, milestones).isPresent()) {
                continue;
            }
            Long minutes = ReviewValues.minutes(figures.getOrDefault(metric, ""))
                    .or(() -> ReviewValues.minutes(written)).orElse(null);
            if (minutes == null && written.equalsIgnoreCase("unknown")) {
                continue;
            }
            out.add(new ReportedTime(metric, minutes, written));
        }
        return out;
    }
}
