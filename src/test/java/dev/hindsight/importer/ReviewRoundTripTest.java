package dev.hindsight.importer;

import dev.hindsight.importer.*;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RecordGenerator;
import dev.hindsight.incident.RelatedIncident;
import dev.hindsight.incident.Status;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.Reviewer;
import dev.hindsight.severity.Severity;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Specimen;
import dev.hindsight.template.Templates;
import dev.hindsight.timeline.Gap;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for any record, rendering it as a post-incident review and importing that document gives back every
 * field the review layout carries. 300 records from the shared generator, and 300 from {@link ReviewRecords},
 * which also fills communication, checklists, links, attachments, unprioritised actions, every kind of timeline
 * entry and stated response times.
 *
 * <p>What the layout cannot carry, and so {@link Carried} leaves out: seconds (times are written "HH:MM", so
 * instants compare to the minute), each event's own zone (every time is written in the document's zone), an
 * event's author, source and result, the author, lastUpdated (written by the store), the severity assessment, the
 * detection story (kept only when "How detected" names no configured method), earlier signals and detection
 * gaps, apps and APIs, blast radius, responders' team, discipline, join time and link, the narrative, where we got
 * lucky, recovery metrics, escalation and its gaps, automation opportunities, supporting metrics, the severity of
 * contributing factors and of what went well, action items' description and ticket, the investigation doc, and
 * the order between lists the layout groups (lessons, prevention measures and action items by kind, internal and
 * external messages). Response times are carried only for the five the layout writes (detect, acknowledge,
 * mitigate, resolve, total) and only where the timeline cannot measure them, since a measured figure wins.
 */
class ReviewRoundTripTest {

    private static final Conventions CONVENTIONS = Conventions.defaults();
    private static final Renderer RENDERER = new Renderer(Templates.builtIn(), CONVENTIONS);
    private static final DocumentImporter IMPORTER = new DocumentImporter(CONVENTIONS);
    private static final Set<Metric> WRITTEN = Set.of(Metric.TIME_TO_DETECT, Metric.TIME_TO_ACKNOWLEDGE,
            Metric.TIME_TO_MITIGATE, Metric.TIME_TO_RESOLVE, Metric.TOTAL_DURATION);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    /** What the review layout carries of a record. */
    record Carried(String id, String title, LocalDate dateWritten, Status status, String owner, LocalDate nextReview,
                   Severity severity, Severity initialSeverity, String method, Link alert, String firstResponder,
                   Impact impact, List<List<String>> responders, ZoneId timeZone, List<List<Object>> timeline,
                   List<List<Object>> reported, Analysis analysis, List<List<Object>> actions, List<Reviewer> reviewers,
                   ReviewMeeting reviewMeeting, Communication communication, List<ChecklistItem> knowledgeSharing,
                   List<ChecklistItem> supportingDocuments, List<RelatedIncident> related, List<Link> references,
                   List<Link> attachments, List<ExtraSection> extras) {

        static Carried of(PostMortem r) {
            Impact i = r.impact();
            Analysis a = r.analysis();
            Communication c = r.communication();
            List<Communication.Message> log = new ArrayList<>(c.log().stream().filter(m -> !m.external()).toList());
            log.addAll(c.log().stream().filter(Communication.Message::external).toList());
            return new Carried(r.id(), r.title(), r.dateWritten(), r.status(), r.owner(), r.nextReviewDate(),
                    r.severity(), r.initialSeverity(), r.detection().method(), r.detection().alertLink(),
                    r.detection().firstResponder(),
                    i.toBuilder().appsAndApis(List.of()).blastRadius(List.of()).build(),
                    r.responders().stream().map(p -> List.of(p.name(), p.role())).toList(),
                    r.timeline().isEmpty() ? null : r.timeZone(),
                    r.timeline().events().stream().map(e -> List.<Object>of(minute(e.at()), e.text(), e.kind(),
                            e.details())).toList(),
                    reported(r),
                    new Analysis(a.summary(), a.oneLineSummary(), "", a.rootCause(), plain(a.contributingFactors()),
                            a.fiveWhys(), a.resolutionSummary(), a.resolution(), a.mitigationSteps(), "",
                            plain(a.wentWell()), a.wentWrong(), List.of(), a.effectiveProcedures(), a.procedureGaps(),
                            a.lessons().stream().sorted(Comparator.comparing(l -> l.kind().ordinal())).toList(),
                            a.prevention(), a.preventionMeasures().stream()
                            .sorted(Comparator.comparing(m -> m.kind().ordinal())).toList(), "", List.of(), List.of(), ""),
                    r.actionItems().stream().sorted(Comparator.comparing(ActionItem::priority,
                                    Comparator.nullsLast(Comparator.<Priority>naturalOrder())))
                            .map(x -> java.util.Arrays.<Object>asList(x.key(), x.title(), x.owner(), x.priority(),
                                    x.dueDate(), x.status())).toList(),
                    r.reviewers(), r.reviewMeeting(),
                    c.toBuilder().log(log.stream().map(m -> new Communication.Message(m.at() == null ? null
                            : minute(m.at()), m.channel(), m.external(), m.message())).toList()).build(),
                    r.knowledgeSharing(), r.supportingDocuments(), r.relatedIncidents(), r.references(),
                    r.attachments(), r.extraSections());
        }

        private static Instant minute(Instant at) {
            return at.truncatedTo(ChronoUnit.MINUTES);
        }

        /** Contributing factors and what went well have no severity in this layout. */
        private static List<Finding> plain(List<Finding> findings) {
            return findings.stream().map(f -> new Finding(f.title(), f.description(), f.impact(), "")).toList();
        }

        /**
         * The stated response times the document writes: for the five metrics it has a place for, where the
         * timeline cannot measure them, in whole minutes and as worded (the figure itself when no words were kept).
         */
        private static List<List<Object>> reported(PostMortem r) {
            List<List<Object>> out = new ArrayList<>();
            for (Metric metric : Metric.values()) {
                if (!WRITTEN.contains(metric) || ResponseMetrics.measured(metric, r.timeline().milestones()).isPresent()) {
                    continue;
                }
                r.reportedTimes().stream().filter(t -> t.metric() == metric).findFirst().ifPresent(t -> out.add(
                        java.util.Arrays.asList(metric, t.minutes(), t.asWritten().isBlank() && t.minutes() != null
                                ? Gap.describe(Duration.ofMinutes(t.minutes())) : t.asWritten())));
            }
            return out;
        }

        static List<List<Object>> reportedAsRead(PostMortem r) {
            return r.reportedTimes().stream().map(t -> java.util.Arrays.<Object>asList(t.metric(), t.minutes(),
                    t.asWritten())).toList();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aGeneratedRecordRendersAndImportsBackToTheSameFields(long seed) {
        roundTrip(new RecordGenerator(seed, CONVENTIONS).record());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRecordFillingEveryReviewFieldRendersAndImportsBackToTheSameFields(long seed) {
        roundTrip(new ReviewRecords(seed, CONVENTIONS).record());
    }

    /** Guidance kept, placeholders left out and a 12-hour clock change how the document reads, not what it holds. */
    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aReviewWithGuidanceWithoutPlaceholdersOnATwelveHourClockImportsBackToTheSameFields(long seed) {
        roundTrip(new ReviewRecords(seed, CONVENTIONS).record(),
                RenderOptions.defaults().withGuidance(true).withPlaceholders(false).withTwelveHour(true));
    }

    @Test
    void theSpecimenRecordImportsBackToTheSameFields() {
        roundTrip(Specimen.record());
    }

    private static void roundTrip(PostMortem original) {
        roundTrip(original, RenderOptions.defaults());
    }

    private static void roundTrip(PostMortem original, RenderOptions options) {
        String markdown = RENDERER.markdown(original, "review", options);

        Imported imported = IMPORTER.read(markdown, null);

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.REVIEW);
        Carried expected = Carried.of(original);
        Carried actual = Carried.of(imported.record());
        assertThat(actual).as(markdown).isEqualTo(expected);
        assertThat(Carried.reportedAsRead(imported.record())).as(markdown).isEqualTo(expected.reported());
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("followThroughSeeds")
    void everyFollowThroughFactSurvivesAReview(long seed) {
        PostMortem original = FollowThroughRecords.overlay(new ReviewRecords(seed, CONVENTIONS).record(), seed,
                CONVENTIONS);
        RenderOptions options = seed % 2 == 0 ? RenderOptions.defaults()
                : RenderOptions.defaults().withGuidance(true).withPlaceholders(false).withTwelveHour(true);

        FollowThroughRecords.assertSurvives(original, RENDERER.markdown(original, "review", options),
                BuiltInTemplate.REVIEW, IMPORTER);
        roundTrip(original, options);
    }

    static LongStream followThroughSeeds() {
        return LongStream.rangeClosed(1, 100);
    }
}
