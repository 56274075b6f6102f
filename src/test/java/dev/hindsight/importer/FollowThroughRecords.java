package dev.hindsight.importer;

import dev.hindsight.importer.*;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RecordGenerator;
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * The follow-through facts laid over any record: action items with a team, a kind, the organisation's word for
 * their priority and every status; reviewers with an account, a comment (now and then with a pipe or a line
 * break), the revision of their verdict and whether it is outdated; dated follow-up reviews, some held; the
 * knowledge-sharing checklist; a final waiver. Same seed, same record. {@link Carried} is what every layout must
 * give back of them.
 */
final class FollowThroughRecords {

    private static final List<String> TEAMS = List.of("Payments", "Platform", "Site Reliability", "Networking", "");

    private FollowThroughRecords() {
    }

    static PostMortem overlay(PostMortem base, long seed, Conventions conventions) {
        RecordGenerator g = new RecordGenerator(seed * 104_729 + 3, conventions);
        LocalDate day = base.dateWritten() != null ? base.dateWritten() : LocalDate.of(2026, 3, 2);
        List<ActionItem> items = new ArrayList<>();
        for (ActionItem a : base.actionItems()) {
            Priority p = a.priority();
            String label = p == null ? "" : g.pick(List.of(p.code(), conventions.actionPolicy().label(p),
                    List.of("Immediate", "Short-term", "Long-term").get(p.ordinal()), ""));
            items.add(new ActionItem(a.key(), a.title(), a.description(), a.owner(), p, a.dueDate(),
                    g.pick(List.of(ActionStatus.values())), a.ticket(), g.pick(TEAMS),
                    g.chance(4) ? null : g.pick(List.of(ActionKind.values())), label, List.of()));
        }
        if (items.isEmpty()) {
            items.add(new ActionItem("AI-1", g.words(3, 6), "", g.name(), Priority.P0, day.plusDays(2),
                    ActionStatus.IN_PROGRESS, "", "Payments", ActionKind.CORRECTIVE, "Immediate", List.of()));
        }
        List<Reviewer> reviewers = new ArrayList<>(base.reviewers().stream().map(r -> reviewer(g, r)).toList());
        if (reviewers.isEmpty()) {
            reviewers.add(reviewer(g, new Reviewer(g.name(), "Technical Lead", ReviewState.LGTM, day.plusDays(1))));
        }
        List<FollowUpReview> followUps = g.some(1, 4, () -> new FollowUpReview(day.plusDays(g.between(7, 90)),
                g.words(2, 5), g.chance(3)));
        return base.toBuilder().actionItems(items).reviewers(reviewers).followUpReviews(followUps)
                .knowledgeSharing(base.knowledgeSharing().isEmpty()
                        ? g.some(1, 4, () -> new ChecklistItem(g.words(2, 6), g.chance(2))) : base.knowledgeSharing())
                .finalWaiver(g.chance(3) ? null : new FinalWaiver(g.words(4, 9) + (g.chance(3) ? "\n" + g.words(2, 4) : ""),
                        g.name(), Instant.parse("2026-03-04T10:15:30.250Z").plusSeconds(g.between(0, 900_000))))
                .build();
    }

    private static Reviewer reviewer(RecordGenerator g, Reviewer r) {
        String comment = g.chance(4) ? "" : g.words(3, 9) + (g.chance(4) ? " | " + g.words(1, 3) : "")
                + (g.chance(4) ? "\n" + g.words(2, 5) : "");
        return new Reviewer(r.name(), r.role(), r.state(), r.date(),
                g.chance(3) ? "" : r.name().toLowerCase().replace(' ', '.'), comment,
                r.state() == ReviewState.NOT_REVIEWED ? 0 : g.between(1, 40), r.state() != ReviewState.NOT_REVIEWED && g.chance(3));
    }

    /** The new facts, in an order no layout changes: action items by title, reviewers as listed. */
    record Carried(List<List<Object>> actions, List<Reviewer> reviewers, List<FollowUpReview> followUps,
                   List<ChecklistItem> knowledgeSharing, FinalWaiver waiver) {

        static Carried of(PostMortem r) {
            return new Carried(r.actionItems().stream()
                    .map(a -> Arrays.<Object>asList(a.title(), a.team(), a.kind(), a.priorityLabel(), a.priority(),
                            a.status()))
                    .sorted(Comparator.comparing(Object::toString)).toList(),
                    r.reviewers(), r.followUpReviews(), r.knowledgeSharing(), r.finalWaiver());
        }
    }

    /** Renders the record in the layout, imports it back, and checks every new fact came back. */
    static PostMortem assertSurvives(PostMortem original, String markdown, BuiltInTemplate layout,
                                     DocumentImporter importer) {
        Imported imported = importer.read(markdown, null);
        assertThat(imported.layout()).isEqualTo(layout);
        assertThat(Carried.of(imported.record())).as(markdown).isEqualTo(Carried.of(original));
        return imported.record();
    }

    static String render(Renderer renderer, PostMortem r, BuiltInTemplate layout, RenderOptions options) {
        return renderer.markdown(r, layout.templateName(), options);
    }
}
