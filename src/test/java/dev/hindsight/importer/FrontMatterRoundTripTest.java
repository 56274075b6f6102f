package dev.hindsight.importer;

import dev.hindsight.importer.*;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Communication;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RecordGenerator;
import dev.hindsight.incident.RelatedIncident;
import dev.hindsight.incident.Responder;
import dev.hindsight.incident.Status;
import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.severity.Severity;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.FrontMatterView;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Templates;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Property: for any record, rendering it in the front-matter layout and importing that document gives back every
 * field the layout carries. 300 generated records, each filled further with what the generator leaves empty and
 * this layout carries: joined-at times and profile links, recovery results, a communication log, references,
 * related post-mortems, extra sections, actions without a priority or due date, and now and then a timeline with
 * no resolution (so the stated duration is what is kept).
 *
 * <p>Not carried, so not compared: the layout writes times to the minute ("2026-03-08 01:40 PST"), so instants
 * are compared truncated to minutes; each time is written in the document's zone, so an event's own zone is the
 * document's; event authors, sources and details; responder disciplines; contributing factors' descriptions and
 * impact; lessons' kinds and how to apply them; action items' keys, descriptions and tickets; the author, owner,
 * review meeting and everything else the seed has no place for (reviewers and the other follow-through facts
 * travel in the Follow-through appendix, checked by everyFollowThroughFactSurvivesAFrontMatterDocument). The
 * layout orders references by its own labels (incident.io, Slack Thread, GitHub Issues/PRs, Dashboards, then others), so the projection does too.
 */
class FrontMatterRoundTripTest {

    private static final Conventions CONVENTIONS = Conventions.defaults();
    private static final Renderer RENDERER = new Renderer(Templates.builtIn(), CONVENTIONS);
    private static final DocumentImporter IMPORTER = new DocumentImporter(CONVENTIONS);

    static LongStream seeds() {
        return LongStream.rangeClosed(1, 300);
    }

    /** What the front-matter layout carries of a record. */
    record Carried(String id, String title, Status status, LocalDate dateWritten, Severity severity,
                   Long statedDuration, String summary, Impact.UsersAffected users, List<String> services,
                   ZoneId timeZone, List<List<Object>> timeline, String method, String story, String earlierSignals,
                   List<String> detectionGaps, List<List<Object>> responders, List<List<Object>> messages,
                   Severity initialSeverity, String severityAssessment, List<String> escalationGaps,
                   List<String> mitigationSteps, String recoveryMetrics, List<String> automation, String rootCause,
                   List<String> contributingFactors, List<List<Object>> actionItems, List<List<String>> lessons,
                   List<Link> references, List<RelatedIncident> related, List<ExtraSection> extras) {

        static Carried of(PostMortem r) {
            Analysis a = r.analysis();
            boolean measured = ResponseMetrics.measured(Metric.TOTAL_DURATION, r.timeline().milestones()).isPresent();
            return new Carried(r.id(), r.title(), r.status(), r.dateWritten(), r.severity(),
                    measured ? null : r.durationMinutes().orElse(null), a.summary(), r.impact().users(),
                    r.impact().services(), r.timeZone(),
                    r.timeline().events().stream().map(e -> List.<Object>of(minute(e.at()), e.zone(), e.text(),
                            e.kind(), e.result())).toList(),
                    r.detection().method(), r.detection().story(), r.detection().earlierSignals(), r.detection().gaps(),
                    r.responders().stream().map(p -> Arrays.<Object>asList(p.name(), p.role(), p.team(), p.link(),
                            minute(p.joinedAt()))).toList(),
                    r.communication().log().stream().map(m -> Arrays.<Object>asList(minute(m.at()), m.channel(),
                            m.external(), m.message())).toList(),
                    r.initialSeverity(), r.severityAssessment(), a.escalationGaps(), a.mitigationSteps(),
                    a.recoveryMetrics(), a.automationOpportunities(), a.rootCause().summary(),
                    a.contributingFactors().stream().map(Analysis.Finding::title).toList(),
                    r.actionItems().stream().map(i -> Arrays.<Object>asList(i.priority(), i.title(), i.owner(),
                            i.dueDate(), i.status())).toList(),
                    a.lessons().stream().map(l -> List.of(l.title(), l.learned())).toList(),
                    references(r.references()), r.relatedIncidents(), r.extraSections());
        }

        private static Instant minute(Instant at) {
            return at == null ? null : at.truncatedTo(ChronoUnit.MINUTES);
        }

        private static List<Link> references(List<Link> links) {
            List<Link> out = new ArrayList<>();
            for (String label : FrontMatterView.REFERENCE_LABELS) {
                links.stream().filter(l -> FrontMatterView.referenceLabel(l.name()).filter(label::equals).isPresent())
                        .map(l -> new Link(label, l.url())).forEach(out::add);
            }
            links.stream().filter(l -> FrontMatterView.referenceLabel(l.name()).isEmpty()).forEach(out::add);
            return out.stream().filter(l -> !l.url().isBlank()).toList();
        }
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("seeds")
    void aRenderedFrontMatterDocumentImportsBackToTheSameFields(long seed) {
        PostMortem original = filledIn(seed);
        String markdown = RENDERER.markdown(original, "front-matter", RenderOptions.defaults());

        Imported imported = IMPORTER.read(markdown, null);

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.FRONT_MATTER);
        assertThat(Carried.of(imported.record())).as(markdown).isEqualTo(Carried.of(original));
        assertFrontMatterIsYaml(markdown);

        // The template's comments left in, or its placeholders left out, change nothing that is read back.
        RenderOptions other = seed % 2 == 0 ? RenderOptions.defaults().withGuidance(true)
                : RenderOptions.defaults().withPlaceholders(false);
        String variant = RENDERER.markdown(original, "front-matter", other);
        assertThat(Carried.of(IMPORTER.read(variant, null).record())).as(variant).isEqualTo(Carried.of(original));
    }

    /** The header is "---", five-plus "key: value" lines whose values are plain words or valid quoted strings, "---". */
    static void assertFrontMatterIsYaml(String markdown) {
        List<String> lines = markdown.lines().toList();
        assertThat(lines.get(0)).isEqualTo("---");
        int end = lines.subList(1, lines.size()).indexOf("---") + 1;
        assertThat(end).as("closing ---").isGreaterThan(1);
        List<String> keys = new ArrayList<>();
        for (String line : lines.subList(1, end)) {
            assertThat(line).as(line).matches("^[a-z_]+: (\"([^\"\\\\]|\\\\[\\\\\"nrt]|\\\\x[0-9a-f]{2})*\"|[a-z_]+)$");
            keys.add(line.substring(0, line.indexOf(':')));
        }
        assertThat(keys).containsExactly("title", "incident_id", "status", "date", "severity", "duration");
    }

    /** The generated record, with what this layout carries and the generator leaves empty filled in. */
    static PostMortem filledIn(long seed) {
        RecordGenerator g = new RecordGenerator(seed * 7919, CONVENTIONS);
        PostMortem r = new RecordGenerator(seed, CONVENTIONS).record();
        List<TimelineEvent> events = new ArrayList<>();
        boolean unresolved = g.chance(8);
        for (TimelineEvent e : r.timeline().events()) {
            EventKind kind = unresolved && e.kind() == EventKind.RESOLVED ? EventKind.NOTE : e.kind();
            events.add(new TimelineEvent(e.at(), e.zone(), e.text(), kind, null, null,
                    g.chance(4) ? g.words(2, 6) : "", List.of()));
        }
        Instant start = events.get(0).at();
        List<String> channels = List.of("Slack #incidents", "Status page", "Email to customers", "Zoom bridge",
                "Slack #eng-leads", "Public status page");
        List<String> labels = List.of("incident.io", "Slack Thread", "GitHub Issues/PRs", "Dashboards",
                "slack thread", "Runbook", "Vendor ticket", "");
        return r.toBuilder()
                .timeline(new Timeline(events))
                .reportedTimes(unresolved ? List.of(new ReportedTime(Metric.TOTAL_DURATION,
                        (long) g.between(5, 1439), "")) : List.of())
                .impact(r.impact().toBuilder().users(new Impact.UsersAffected(r.impact().users().count(),
                        r.impact().users().percent(), g.chance(3) ? g.words(2, 6) : "")).build())
                .responders(r.responders().stream().map(p -> new Responder(p.name(), p.role(), p.team(),
                        p.discipline(), g.chance(3) ? null : start.plusSeconds(g.between(0, 20_000)),
                        g.chance(2) ? "" : "https://people.example.com/" + p.name().split(" ")[0].toLowerCase()))
                        .toList())
                .communication(r.communication().toBuilder().log(g.some(0, 4, () -> new Communication.Message(
                        g.chance(8) ? null : start.plusSeconds(g.between(0, 30_000)), g.pick(channels),
                        g.chance(2), g.words(3, 10)))).build())
                .references(g.some(0, 5, () -> new Link(g.pick(labels), "https://links.example.com/"
                        + g.between(1, 9999))))
                .relatedIncidents(g.some(0, 3, () -> g.chance(3)
                        ? new RelatedIncident("", "https://wiki.example.com/pm/" + g.between(1, 99), "")
                        : new RelatedIncident("INC-2023-" + g.between(1000, 9999),
                                g.chance(2) ? "" : "https://hindsight.example.com/" + g.between(1, 99),
                                g.chance(2) ? "" : g.words(2, 6))))
                .actionItems(r.actionItems().stream().map(i -> new ActionItem(i.key(), i.title(), i.description(),
                        g.chance(6) ? "" : i.owner(), g.chance(6) ? null : i.priority(),
                        g.chance(6) ? null : i.dueDate(), i.status(), i.ticket())).toList())
                .extraSections(g.chance(4) ? List.of(new ExtraSection(g.words(2, 4), g.paragraph())) : List.of())
                .build();
    }

    @ParameterizedTest(name = "seed {0}")
    @MethodSource("followThroughSeeds")
    void everyFollowThroughFactSurvivesAFrontMatterDocument(long seed) {
        PostMortem original = FollowThroughRecords.overlay(filledIn(seed), seed, CONVENTIONS);
        String markdown = RENDERER.markdown(original, "front-matter",
                RenderOptions.defaults().withGuidance(seed % 2 == 0));

        PostMortem imported = FollowThroughRecords.assertSurvives(original, markdown, BuiltInTemplate.FRONT_MATTER,
                IMPORTER);

        assertThat(Carried.of(imported)).as(markdown).isEqualTo(Carried.of(original));
        assertFrontMatterIsYaml(markdown);
    }

    static LongStream followThroughSeeds() {
        return LongStream.rangeClosed(1, 100);
    }
}
