package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.review.ApprovalPolicy;
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every transition of the review and who may make it, on a real store. */
class ReviewWorkflowTest {

    private static final Principal ANA = Principal.of("ana", Set.of(), false);     // incident commander
    private static final Principal TOM = Principal.of("tom", Set.of(), false);     // technical lead
    private static final Principal JONAS = Principal.of("jonas", Set.of(), false); // engineering manager
    private static final Principal EVE = Principal.of("eve", Set.of(), false);     // an editor, not a reviewer
    private static final Principal ADMIN = Principal.of("root", Set.of(), true);

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-10T09:00:00Z"));
    private StoreUnderTest store;
    private Incidents incidents;

    @BeforeEach
    void open() {
        store = StoreUnderTest.of(DatabaseKind.SQLITE);
        incidents = new Incidents(store.database(), Conventions.defaults(), clock);
    }

    @AfterEach
    void close() {
        store.close();
    }

    private PostMortem draftWithUrgentItem() {
        return incidents.create(PostMortem.draft("Checkout failed for 40 minutes").toBuilder()
                .actionItems(List.of(ActionItem.of("Alert on payment error rate", "tom", Priority.P0, null),
                        ActionItem.of("Load-test the payment pool", "ana", Priority.P2, null)))
                .build(), "eve");
    }

    private static List<Reviewer> requiredReviewers() {
        return List.of(new Reviewer("Ana Costa", "Incident Commander", null, null, "ana", null, 0, false),
                new Reviewer("Tom Reed", "Technical Lead", null, null, "tom", null, 0, false),
                new Reviewer("Jonas Weber", "Engineering Manager", null, null, "jonas", null, 0, false));
    }

    private PostMortem change(Principal who, PostMortem current, UnaryOperator<PostMortemBuilder> edit) {
        return incidents.as(who).update(current.id(), current.revision(), edit.apply(current.toBuilder()).build(),
                who.user());
    }

    private PostMortem inReview() {
        PostMortem draft = draftWithUrgentItem();
        return change(EVE, draft, b -> b.status(Status.IN_REVIEW).reviewers(requiredReviewers()));
    }

    private PostMortem verdict(Principal who, PostMortem current, ReviewState state, String comment) {
        List<Reviewer> reviewers = new ArrayList<>();
        for (Reviewer r : current.reviewers()) {
            reviewers.add(r.isAnsweredBy(who.user()) ? new Reviewer(r.name(), r.role(), state, null, r.account(),
                    comment, 0, false) : r);
        }
        return change(who, current, b -> b.reviewers(reviewers));
    }

    private PostMortem approvedByAll() {
        PostMortem record = inReview();
        for (Principal who : List.of(ANA, TOM, JONAS)) {
            record = verdict(who, record, ReviewState.LGTM, "Reads well");
        }
        return record;
    }

    private PostMortem withItemsDone(Principal who, PostMortem current) {
        List<ActionItem> done = current.actionItems().stream().map(a -> new ActionItem(a.key(), a.title(),
                a.description(), a.owner(), a.priority(), a.dueDate(), ActionStatus.DONE, a.ticket(), a.team(),
                a.kind(), a.priorityLabel(), a.history())).toList();
        return change(who, current, b -> b.actionItems(done));
    }

    @Test
    void requestingAReviewNeedsAReviewerInEveryRoleThatMustApprove() {
        PostMortem draft = draftWithUrgentItem();
        assertThatThrownBy(() -> change(EVE, draft, b -> b.status(Status.IN_REVIEW)))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("reviewers: name at least one reviewer");
        assertThatThrownBy(() -> change(EVE, draft, b -> b.status(Status.IN_REVIEW)
                .reviewers(requiredReviewers().subList(0, 2))))
                .hasMessageContaining("no reviewer in the role Engineering Manager");
        assertThat(incidents.get(draft.id()).revision()).isEqualTo(1);

        PostMortem review = change(EVE, draft, b -> b.status(Status.IN_REVIEW).reviewers(requiredReviewers()));
        assertThat(review.status()).isEqualTo(Status.IN_REVIEW);
    }

    @Test
    void startingAReviewSchedulesFollowUpsOnTheCadenceAndTheKnowledgeSharingChecklist() {
        PostMortem review = inReview();
        assertThat(review.followUpReviews()).extracting(f -> f.date()).containsExactly(LocalDate.of(2026, 3, 17),
                LocalDate.of(2026, 3, 24), LocalDate.of(2026, 4, 10), LocalDate.of(2026, 6, 10));
        assertThat(review.nextReviewDate()).isEqualTo(LocalDate.of(2026, 3, 17));
        assertThat(review.knowledgeSharing()).extracting(ChecklistItem::text)
                .contains("Post-mortem published internally", "Documentation updated");
        assertThat(review.knowledgeSharing()).noneMatch(ChecklistItem::done);
    }

    @Test
    void aDocumentBroughtInAlreadyInReviewCountsItsFollowUpsFromTheDayItWasWritten() {
        PostMortem imported = incidents.create(PostMortem.draft("Imported review").toBuilder()
                .status(Status.IN_REVIEW).dateWritten(LocalDate.of(2026, 1, 31)).build(), "importer");
        assertThat(imported.followUpReviews()).extracting(f -> f.date()).containsExactly(LocalDate.of(2026, 2, 7),
                LocalDate.of(2026, 2, 14), LocalDate.of(2026, 2, 28), LocalDate.of(2026, 4, 30));
        assertThat(imported.nextReviewDate()).isEqualTo(LocalDate.of(2026, 2, 7));
    }

    @Test
    void aDraftCannotBeMadeFinalWithoutAReview() {
        PostMortem draft = draftWithUrgentItem();
        assertThatThrownBy(() -> change(EVE, draft, b -> b.status(Status.FINAL)))
                .hasMessageContaining("status: a draft cannot be made final directly");
    }

    @Test
    void onlyTheReviewersOwnAccountRecordsTheirVerdictStampedWithTheDayAndRevision() {
        PostMortem review = inReview();
        assertThatThrownBy(() -> verdictFor(EVE, review, "ana", ReviewState.LGTM))
                .hasMessageContaining("reviewers[0].state: only ana may record their own verdict");
        assertThatThrownBy(() -> verdictFor(ADMIN, review, "tom", ReviewState.LGTM))
                .hasMessageContaining("reviewers[1].state: only tom may record their own verdict");
        clock.advance(Duration.ofDays(1));
        PostMortem approved = verdict(ANA, review, ReviewState.LGTM, "Clear timeline");
        Reviewer ana = approved.reviewers().get(0);
        assertThat(ana.state()).isEqualTo(ReviewState.LGTM);
        assertThat(ana.date()).isEqualTo(LocalDate.of(2026, 3, 11));
        assertThat(ana.revision()).isEqualTo(approved.revision());
        assertThat(ana.comment()).isEqualTo("Clear timeline");
    }

    private PostMortem verdictFor(Principal who, PostMortem current, String account, ReviewState state) {
        List<Reviewer> reviewers = current.reviewers().stream().map(r -> r.isAnsweredBy(account)
                ? new Reviewer(r.name(), r.role(), state, null, r.account(), null, 0, false) : r).toList();
        return change(who, current, b -> b.reviewers(reviewers));
    }

    @Test
    void verdictsAreRecordedOnlyWhileInReview() {
        PostMortem draft = change(EVE, draftWithUrgentItem(), b -> b.reviewers(requiredReviewers()));
        assertThatThrownBy(() -> verdict(ANA, draft, ReviewState.LGTM, ""))
                .hasMessageContaining("verdicts are recorded while the post-mortem is in review; it is draft");
    }

    @Test
    void finalNeedsEveryRequiredApproval() {
        PostMortem review = withItemsDone(EVE, inReview());
        PostMortem twoOfThree = verdict(TOM, verdict(ANA, review, ReviewState.LGTM, ""), ReviewState.LGTM, "");
        assertThatThrownBy(() -> change(EVE, twoOfThree, b -> b.status(Status.FINAL)))
                .hasMessageContaining("status: cannot be final: no current approval from the Engineering Manager");
        PostMortem all = verdict(JONAS, twoOfThree, ReviewState.LGTM, "");
        assertThat(change(EVE, all, b -> b.status(Status.FINAL)).status()).isEqualTo(Status.FINAL);
    }

    @Test
    void changesRequestedBlockFinalUntilTheReviewerApproves() {
        PostMortem review = withItemsDone(EVE, approvedByAll());
        PostMortem changes = verdict(TOM, review, ReviewState.CHANGES_REQUESTED, "Root cause is a symptom");
        assertThatThrownBy(() -> change(EVE, changes, b -> b.status(Status.FINAL)))
                .hasMessageContaining("Tom Reed requested changes");
    }

    @Test
    void aChangeToTheAnalysisAfterApprovalOutdatesItAndMustBeRenewed() {
        PostMortem approved = withItemsDone(EVE, approvedByAll());
        assertThat(approved.reviewers()).noneMatch(Reviewer::outdated); // finishing items is not the analysis
        PostMortem edited = change(EVE, approved, b -> b.analysis(approved.analysis().toBuilder()
                .rootCause(new dev.hindsight.incident.Analysis.RootCause("A connection pool too small for the retry storm", "", "", "")).build()));
        assertThat(edited.reviewers()).allMatch(Reviewer::outdated);
        assertThat(edited.reviewers()).allMatch(r -> r.state() == ReviewState.LGTM && r.revision() < edited.revision());
        assertThatThrownBy(() -> change(EVE, edited, b -> b.status(Status.FINAL)))
                .hasMessageContaining("no current approval from the Incident Commander");

        PostMortem renewed = edited;
        for (Principal who : List.of(ANA, TOM, JONAS)) {
            renewed = verdict(who, renewed, ReviewState.LGTM, "Still good");
        }
        assertThat(renewed.reviewers()).noneMatch(Reviewer::outdated);
        assertThat(change(EVE, renewed, b -> b.status(Status.FINAL)).status()).isEqualTo(Status.FINAL);
    }

    @Test
    void aDocumentReadBackInOverOutdatedVerdictsKeepsThemOutdatedAndIsNotRefused() {
        PostMortem approved = approvedByAll();
        PostMortem edited = change(EVE, approved, b -> b.analysis(approved.analysis().toBuilder()
                .summary("The pool was too small").build()));
        // As an importer reads a rendered document: each verdict with its date, nothing about outdated.
        List<Reviewer> asWritten = edited.reviewers().stream().map(r -> new Reviewer(r.name(), r.role(), r.state(),
                r.date(), r.account(), r.comment(), r.revision(), false)).toList();
        PostMortem reimported = change(EVE, edited, b -> b.reviewers(asWritten).title("Checkout failed, revised"));
        assertThat(reimported.reviewers()).allMatch(Reviewer::outdated);
    }

    @Test
    void whenApprovalsNeedNotBeRenewedAnOutdatedOneStillCountsAndIsShownAsOutdated() {
        incidents = new Incidents(store.database(), Conventions.defaults().withFollowThrough(
                Conventions.defaults().actionPolicy(), new ApprovalPolicy(
                        ApprovalPolicy.defaults().requiredRoles(), false, List.of()),
                Conventions.defaults().reviewCadence()), clock);
        PostMortem approved = withItemsDone(EVE, approvedByAll());
        PostMortem edited = change(EVE, approved, b -> b.title("Checkout failed for 41 minutes")
                .analysis(approved.analysis().toBuilder().summary("Longer than first thought").build()));
        assertThat(edited.reviewers()).allMatch(Reviewer::outdated);
        assertThat(change(EVE, edited, b -> b.status(Status.FINAL)).status()).isEqualTo(Status.FINAL);
    }

    @Test
    void anOpenTopPriorityItemBlocksFinalUnlessSomeoneAllowedRecordsWhy() {
        PostMortem approved = approvedByAll();
        assertThatThrownBy(() -> change(EVE, approved, b -> b.status(Status.FINAL)))
                .hasMessageContaining("cannot be final while 1 P0 action item is open (AI-1)");
        assertThatThrownBy(() -> change(EVE, approved, b -> b.status(Status.FINAL)
                .finalWaiver(new FinalWaiver("Tracked in OPS-12", null, null))))
                .hasMessageContaining("finalWaiver: may be recorded only by an administrator or a reviewer in the "
                        + "role Engineering Manager");
        assertThat(incidents.get(approved.id()).status()).isEqualTo(Status.IN_REVIEW);

        PostMortem waived = change(JONAS, approved, b -> b.status(Status.FINAL)
                .finalWaiver(new FinalWaiver("Alert ships with the next release, tracked in OPS-12", "someone else",
                        null)));
        assertThat(waived.status()).isEqualTo(Status.FINAL);
        assertThat(waived.finalWaiver()).isEqualTo(new FinalWaiver(
                "Alert ships with the next release, tracked in OPS-12", "jonas", clock.instant()));
    }

    @Test
    void anAdministratorMayRecordTheWaiverToo() {
        PostMortem approved = approvedByAll();
        PostMortem waived = change(ADMIN, approved, b -> b.status(Status.FINAL)
                .finalWaiver(new FinalWaiver("Accepted risk until the vendor fix", null, null)));
        assertThat(waived.finalWaiver().by()).isEqualTo("root");
    }

    @Test
    void aFinalPostMortemCanBeReopenedAndKeepsItsHistory() {
        PostMortem approved = withItemsDone(EVE, approvedByAll());
        PostMortem fin = change(EVE, approved, b -> b.status(Status.FINAL));
        PostMortem reopened = change(EVE, fin, b -> b.status(Status.DRAFT));
        assertThat(reopened.status()).isEqualTo(Status.DRAFT);
        assertThat(reopened.finalWaiver()).isNull();
        assertThat(incidents.history(fin.id())).extracting(StoredRevision::revision)
                .contains(fin.revision(), reopened.revision());
        assertThat(incidents.revision(fin.id(), fin.revision()).status()).isEqualTo(Status.FINAL);
    }

    @Test
    void aReviewCanBeWithdrawnToDraft() {
        PostMortem review = inReview();
        assertThat(change(EVE, review, b -> b.status(Status.DRAFT)).status()).isEqualTo(Status.DRAFT);
    }

    @Test
    void theCommandLineOperatorMayRecordAVerdictForAnyReviewer() {
        PostMortem review = inReview();
        List<Reviewer> reviewers = review.reviewers().stream().map(r -> new Reviewer(r.name(), r.role(),
                ReviewState.LGTM, null, r.account(), "recorded from the meeting", 0, false)).toList();
        PostMortem approved = incidents.update(review.id(), review.revision(),
                review.toBuilder().reviewers(reviewers).build(), "operator");
        assertThat(approved.reviewers()).allMatch(r -> r.state() == ReviewState.LGTM);
    }

    @Test
    void aNewRecordFromSomeoneButTheOperatorBringsVerdictsAsThePastTheyApproveNothingHere() {
        List<Reviewer> forged = requiredReviewers().stream().map(r -> new Reviewer(r.name(), r.role(),
                ReviewState.LGTM, LocalDate.of(2026, 3, 1), r.account(), "", 7, false)).toList();
        PostMortem created = incidents.as(EVE).create(PostMortem.draft("Brought in").toBuilder()
                .status(Status.FINAL).reviewers(forged)
                .finalWaiver(new FinalWaiver("Says jonas", "jonas", Instant.parse("2020-01-01T00:00:00Z")))
                .actionItems(List.of(new ActionItem("AI-1", "Alert", "", "tom", Priority.P2, null, ActionStatus.DONE, "",
                        "", null, "", List.of(new dev.hindsight.actions.StatusChange(ActionStatus.DONE, "jonas",
                        Instant.parse("2020-01-01T00:00:00Z")))))).build(), "eve");
        assertThat(created.reviewers()).allMatch(r -> r.revision() == 0 && r.fromDocument());
        assertThat(created.finalWaiver().by()).isEqualTo("eve");
        assertThat(created.actionItems().get(0).history()).extracting(dev.hindsight.actions.StatusChange::by)
                .containsExactly("eve");
        PostMortem reopened = change(EVE, created, b -> b.status(Status.IN_REVIEW));
        assertThatThrownBy(() -> change(EVE, reopened, b -> b.status(Status.FINAL)))
                .hasMessageContaining("no current approval from the Incident Commander");
    }

    @Test
    void theRightToWaiveIsJudgedOnTheReviewersBeforeTheChange() {
        PostMortem approved = approvedByAll();
        List<Reviewer> withEve = new ArrayList<>(approved.reviewers());
        withEve.add(new Reviewer("Eve", "Engineering Manager", null, null, "eve", null, 0, false));
        assertThatThrownBy(() -> change(EVE, approved, b -> b.status(Status.FINAL).reviewers(withEve)
                .finalWaiver(new FinalWaiver("Because I say so", null, null))))
                .hasMessageContaining("finalWaiver: may be recorded only by an administrator");
    }

    @Test
    void whileInReviewNoReviewerIsRemovedOrPointedAtAnotherAccount() {
        PostMortem review = inReview();
        assertThatThrownBy(() -> change(EVE, review, b -> b.reviewers(review.reviewers().subList(0, 2))))
                .hasMessageContaining("Jonas Weber (jonas, Engineering Manager) cannot be removed or changed");
        List<Reviewer> repointed = new ArrayList<>(review.reviewers());
        Reviewer tom = repointed.get(1);
        repointed.set(1, new Reviewer(tom.name(), tom.role(), null, null, "eve", null, 0, false));
        assertThatThrownBy(() -> change(EVE, review, b -> b.reviewers(repointed)))
                .hasMessageContaining("Tom Reed (tom, Technical Lead) cannot be removed");
        PostMortem withdrawn = change(EVE, review, b -> b.status(Status.DRAFT));
        assertThat(change(EVE, withdrawn, b -> b.reviewers(review.reviewers().subList(0, 2))).reviewers()).hasSize(2);
    }

    @Test
    void namingOneselfBesideTheRealApproverAddsNothingEveryReviewerInARequiredRoleMustApprove() {
        PostMortem review = withItemsDone(EVE, inReview());
        List<Reviewer> plusEve = new ArrayList<>(review.reviewers());
        plusEve.add(new Reviewer("Eve", "Engineering Manager", null, null, "eve", null, 0, false));
        PostMortem added = change(EVE, review, b -> b.reviewers(plusEve));
        PostMortem evesOwn = verdict(EVE, verdict(ANA, verdict(TOM, added, ReviewState.LGTM, ""), ReviewState.LGTM,
                ""), ReviewState.LGTM, "");
        assertThatThrownBy(() -> change(EVE, evesOwn, b -> b.status(Status.FINAL)))
                .hasMessageContaining("no current approval from the Engineering Manager");
    }

    @Test
    void theReviewersCannotChangeInTheStepThatMakesItFinal() {
        PostMortem approved = withItemsDone(EVE, approvedByAll());
        List<Reviewer> plus = new ArrayList<>(approved.reviewers());
        plus.add(new Reviewer("Sam", "Stakeholder", null, null, "sam", null, 0, false));
        assertThatThrownBy(() -> change(EVE, approved, b -> b.status(Status.FINAL).reviewers(plus)))
                .hasMessageContaining("reviewers: change the reviewers and make it final in separate steps");
    }

    @Test
    void withEveryNamedReviewerApprovingAReviewWithNobodyInItCannotBeFinal() {
        incidents = new Incidents(store.database(), Conventions.defaults().withFollowThrough(
                Conventions.defaults().actionPolicy(), new ApprovalPolicy(List.of(), true, List.of()),
                Conventions.defaults().reviewCadence()), clock);
        PostMortem draft = incidents.create(PostMortem.draft("Small one"), "eve");
        PostMortem review = change(EVE, draft, b -> b.status(Status.IN_REVIEW).reviewers(requiredReviewers()
                .subList(0, 1)));
        assertThatThrownBy(() -> change(EVE, review, b -> b.status(Status.FINAL).reviewers(List.of())))
                .hasMessageContaining("cannot be final: nobody has reviewed it");
    }

    @Test
    void whenApprovalsNeedNotBeRenewedAnOutdatedRequestForChangesStillStands() {
        incidents = new Incidents(store.database(), Conventions.defaults().withFollowThrough(
                Conventions.defaults().actionPolicy(), new ApprovalPolicy(
                        ApprovalPolicy.defaults().requiredRoles(), false, List.of()),
                Conventions.defaults().reviewCadence()), clock);
        PostMortem review = withItemsDone(EVE, approvedByAll());
        PostMortem changes = verdict(TOM, review, ReviewState.CHANGES_REQUESTED, "Root cause is a symptom");
        PostMortem edited = change(EVE, changes, b -> b.analysis(changes.analysis().toBuilder().summary("Tidied")
                .build()));
        assertThatThrownBy(() -> change(EVE, edited, b -> b.status(Status.FINAL)))
                .hasMessageContaining("Tom Reed requested changes");
    }

    @Test
    void anItemsHistoryKeepsItsFirstEntryAndTheNewestAndNeverBlocksASave() {
        PostMortem record = draftWithUrgentItem();
        for (int i = 0; i < 502; i++) {
            ActionItem a = record.actionItems().get(1);
            ActionStatus next = a.status() == ActionStatus.DONE ? ActionStatus.OPEN : ActionStatus.DONE;
            List<ActionItem> items = List.of(record.actionItems().get(0), new ActionItem(a.key(), a.title(), "",
                    a.owner(), a.priority(), a.dueDate(), next, "", "", null, a.priorityLabel(), a.history()));
            record = incidents.update(record.id(), record.revision(), record.toBuilder().actionItems(items).build(),
                    "eve");
        }
        List<dev.hindsight.actions.StatusChange> history = record.actionItems().get(1).history();
        assertThat(history).hasSize(500);
        assertThat(history.get(0).status()).isEqualTo(ActionStatus.OPEN);
        assertThat(record.actionItems().get(1).status()).isEqualTo(ActionStatus.OPEN);
        assertThat(history.get(499).status()).isEqualTo(ActionStatus.OPEN);
    }

    @Test
    void theNextReviewDateIsTheEarliestFollowUpNotHeldAndNoneOnceAllAreHeld() {
        PostMortem review = inReview();
        List<dev.hindsight.review.FollowUpReview> held = review.followUpReviews().stream()
                .map(dev.hindsight.review.FollowUpReview::held).toList();
        PostMortem firstHeld = change(EVE, review, b -> b.followUpReviews(List.of(held.get(0),
                review.followUpReviews().get(1), review.followUpReviews().get(2), review.followUpReviews().get(3))));
        assertThat(firstHeld.nextReviewDate()).isEqualTo(LocalDate.of(2026, 3, 24));
        PostMortem allHeld = change(EVE, firstHeld, b -> b.followUpReviews(held));
        assertThat(allHeld.nextReviewDate()).isNull();
    }
}
