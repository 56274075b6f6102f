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
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import dev.hindsight.template.BuiltInTemplate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Follow-through facts read from documents people wrote in the seeds' shapes, and from the appendix. */
class FollowThroughImportTest {

    private static final DocumentImporter IMPORTER = new DocumentImporter(Conventions.defaults());

    private static final String REVIEW = """
            # Post-Incident Review: Queue workers stalled

            **Incident ID:** INC-2026-0311
            **Severity:** SEV-2

            ## Incident Details

            ### Basic Information

            | Field | Value |
            |-------|-------|
            | Incident ID | INC-2026-0311 |

            ## Root Cause Analysis

            ### Five Whys Analysis

            1. **Why did the workers stall?**
               - The broker connection pool ran dry

            ## Action Items

            ### Immediate Actions (Complete within 1 week)

            | ID | Action | Owner | Team | Kind | Priority | Due Date | Status |
            |----|--------|-------|------|------|----------|----------|--------|
            | AI-1 | Raise the pool ceiling | Mira Olsen | Messaging | corrective | Immediate | 2026-03-20 | In Progress |

            ## Review and Approval

            ### Approvals

            | Role | Name | Approved | Date | Comment |
            |------|------|----------|------|---------|
            | Incident Commander | Mira Olsen | Yes | 2026-03-14 | Fine once AI-1 lands |
            | Technical Lead | Tomas Berg | No | [Date] | |

            ## Follow-up

            ### Action Item Review

            **Next Review Date:** 2026-03-21

            **Review Cadence:**
            - Week 1 (2026-03-21): Check immediate actions
            - [x] 2026-03-15: Check the pool alert
            - Month 3: Final review

            ### Knowledge Sharing

            - [x] Post-mortem published internally
            - [ ] Team meeting presentation scheduled
            """;

    @Test
    void aReviewInTheSeedsShapeGivesApprovalCommentsDatedFollowUpsAndPriorityWords() {
        Imported imported = IMPORTER.read(REVIEW, null);
        PostMortem r = imported.record();

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.REVIEW);
        assertThat(r.reviewers()).extracting(Reviewer::name, Reviewer::state, Reviewer::comment)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Mira Olsen", ReviewState.LGTM, "Fine once AI-1 lands"),
                        org.assertj.core.groups.Tuple.tuple("Tomas Berg", ReviewState.NOT_REVIEWED, ""));
        assertThat(r.followUpReviews()).containsExactly(
                new FollowUpReview(LocalDate.of(2026, 3, 21), "Check immediate actions", false),
                new FollowUpReview(LocalDate.of(2026, 3, 15), "Check the pool alert", true));
        assertThat(r.reviewMeeting().cadence()).containsExactly("Month 3: Final review");
        assertThat(r.nextReviewDate()).isEqualTo(LocalDate.of(2026, 3, 21));
        assertThat(r.knowledgeSharing()).containsExactly(new ChecklistItem("Post-mortem published internally", true),
                new ChecklistItem("Team meeting presentation scheduled", false));
        ActionItem item = r.actionItems().get(0);
        assertThat(List.<Object>of(item.priority(), item.priorityLabel(), item.team(), item.kind(), item.status()))
                .containsExactly(Priority.P0, "Immediate", "Messaging", ActionKind.CORRECTIVE, ActionStatus.IN_PROGRESS);
    }

    @Test
    void theAppendixFillsWhatASevDocumentHasNoPlaceForWhateverTheOrderOfItsColumns() {
        String sev = """
                # SEV-0311: Queue workers stalled
                2026-03-13

                * **Level:** 2
                * **Discovery:** Alerts

                ## Next Steps

                * [ ] Raise the pool ceiling (OPS-12)
                * [x] Page the messaging on-call sooner

                ## Follow-through

                ### Action Item Details

                | Action | Priority | Team | Status | Kind |
                |--------|----------|------|--------|------|
                | Raise the pool ceiling | Immediate | Messaging | in_progress | corrective |

                ### Reviewers

                | Name | Comment | Verdict | Account | Role | Revision | Outdated |
                |------|---------|---------|---------|------|----------|----------|
                | Tomas Berg | Needs a load test \\| first<br>then fine | changes_requested | tberg | Technical Lead | 3 | Yes |

                ### Follow-up Reviews

                - [ ] 2026-03-21: Check immediate actions

                ### Knowledge Sharing

                - [x] Post-mortem published internally

                ### Final Waiver

                - Reason: The load test needs the new cluster
                - By: Ana Ruiz
                - At: 2026-03-19T16:00:00Z
                """;

        PostMortem r = IMPORTER.read(sev, null).record();

        assertThat(r.actionItems()).extracting(ActionItem::title, ActionItem::team, ActionItem::kind,
                        ActionItem::priorityLabel, ActionItem::priority, ActionItem::status)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Raise the pool ceiling", "Messaging",
                                ActionKind.CORRECTIVE, "Immediate", Priority.P0, ActionStatus.IN_PROGRESS),
                        org.assertj.core.groups.Tuple.tuple("Page the messaging on-call sooner", "", null, "", null,
                                ActionStatus.DONE));
        assertThat(r.reviewers()).containsExactly(new Reviewer("Tomas Berg", "Technical Lead",
                ReviewState.CHANGES_REQUESTED, null, "tberg", "Needs a load test | first\nthen fine", 3, true));
        assertThat(r.followUpReviews()).containsExactly(
                new FollowUpReview(LocalDate.of(2026, 3, 21), "Check immediate actions", false));
        assertThat(r.knowledgeSharing()).containsExactly(new ChecklistItem("Post-mortem published internally", true));
        assertThat(r.finalWaiver()).isEqualTo(new FinalWaiver("The load test needs the new cluster", "Ana Ruiz",
                Instant.parse("2026-03-19T16:00:00Z")));
        assertThat(r.extraSections()).isEmpty();
    }

    @Test
    void aFollowThroughSectionPeopleWroteThemselvesIsKeptAsAnExtraSection() {
        String sev = """
                # SEV-0312: Queue workers stalled again

                * **Level:** 3

                ## Next Steps

                * [ ] Raise the pool ceiling

                ## Follow-through

                Mira checks the pool every Monday until the ceiling is raised.
                """;

        PostMortem r = IMPORTER.read(sev, null).record();

        assertThat(r.extraSections()).singleElement().satisfies(x -> {
            assertThat(x.heading()).isEqualTo("Follow-through");
            assertThat(x.body()).contains("every Monday");
        });
        assertThat(r.followUpReviews()).isEmpty();
    }

    @Test
    void aGoogleDocsReviewerTableKeepsItsVerdictsAndDatesAndTheAppendixAddsTheComment() {
        String doc = String.join("\n", "Title\tQueue workers stalled", "Author\tMira Olsen", "Severity\tSEV2", "",
                "Reviewers / List of stakeholders", "", "Name\tState (Not Reviewed/LGTM)\tDate",
                "Tomas Berg\tLGTM\t2026-03-14", "Ana Ruiz\tNot Reviewed\t", "", "Blast Radius", "",
                "Timing of the response", "", "P0 Action Items (should be done within 48 hours)", "",
                "- AI-1: Raise the pool ceiling, owner: Mira Olsen", "", "## Follow-through", "", "### Reviewers", "",
                "| Name | Role | Account | Comment |", "|---|---|---|---|",
                "| Tomas Berg | Technical Lead | tberg | Ship it |", "");

        Imported imported = IMPORTER.read(doc, null);

        assertThat(imported.layout()).isEqualTo(BuiltInTemplate.GOOGLE_DOC);
        assertThat(imported.record().reviewers()).containsExactly(
                new Reviewer("Tomas Berg", "Technical Lead", ReviewState.LGTM, LocalDate.of(2026, 3, 14), "tberg",
                        "Ship it", 0, false),
                new Reviewer("Ana Ruiz", "", ReviewState.NOT_REVIEWED, null));
    }
}
