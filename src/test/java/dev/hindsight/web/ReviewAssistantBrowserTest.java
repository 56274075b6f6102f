package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The review assistant in the editor, in a real Chromium: a blaming sentence typed into a section is found after a
 * pause (not checked per key), its suggested rewrite applied in one click, the finding gone and the text changed;
 * the incident page counts what is left, and requesting review asks to confirm while findings are open. Findings in
 * a timeline entry or an action item show under their table as they are typed, pointing at the input; a finding is
 * dismissed with a reason from the editor or the page's panel, listed with who dismissed it, and reinstated. A
 * responder's name typed in their row shows the blame of them elsewhere beside it (a section, the title, a timeline
 * entry, an action item, a lesson or a five whys answer), its rewrite applied there in one click (the last two in
 * their field of the whole record's JSON) and saved by that part's own form (left unsaved, like typing, where the part
 * holds typing of its own or someone saved first); blame in the title or a timeline entry is rewritten in one click
 * from their own checks too; the whole record typed as JSON shows its findings by path, a rewrite applied inside the
 * JSON, a syntax error by line and column, and a document over the check's bound said without sending it.
 * A reviewer's verdict comment is checked as typed and its rewrite applied before approving.
 */
class ReviewAssistantBrowserTest extends BrowserTest {

    private static final String BLAME = "Checkout failed for 38 minutes. Marco forgot to renew the certificate.";

    /** An event of 8 March 2026, at a time of day in UTC. */
    private static TimelineEvent event(String time, String text, EventKind kind) {
        return new TimelineEvent(Instant.parse("2026-03-08T" + time + ":00Z"), ZoneOffset.UTC, text, kind, null, null);
    }

    @Test
    void anEditorTypesABlamingSentenceSeesTheFindingAndAppliesTheSuggestion() {
        String id = hindsight.incidents.create(PostMortem.draft("Checkout certificate expired"), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            AtomicInteger checks = new AtomicInteger();
            page.onRequest(request -> {
                if (request.url().endsWith("/incidents/" + id + "/findings") && request.postData() != null
                        && request.postData().contains("path=analysis.summary")) {
                    checks.incrementAndGet();
                }
            });
            page.navigate(hindsight.url("/incidents/" + id));
            page.getByText("Edit summary", new Page.GetByTextOptions().setExact(true)).click();
            Locator text = page.getByLabel("Summary (Markdown)");
            Locator box = page.locator("#lint-analysis-summary");
            assertThat(box.locator("[data-findings-count]")).hasText("No findings in this text.");
            int opened = checks.get();

            text.pressSequentially(BLAME, new Locator.PressSequentiallyOptions().setDelay(15));

            Locator finding = box.locator("li.finding");
            assertThat(finding).hasCount(1);
            assertThat(finding).containsText("Marco forgot to renew the certificate.");
            assertThat(finding).containsText("Suggested: The certificate was not renewed.");
            assertThat(box.locator("[data-findings-count]")).hasText("1 finding in this text.");
            assertThat(checks.get() - opened).as("one check after the pause, not one per key of %d", BLAME.length())
                    .isBetween(1, 3);
            Chromium.screenshot(page, "review-assistant-finding");
            Chromium.assertAccessible(page);

            finding.getByRole(AriaRole.BUTTON).click();

            assertThat(text).hasValue("Checkout failed for 38 minutes. The certificate was not renewed.");
            assertThat(box.locator("li.finding")).hasCount(0);
            assertThat(box.locator("[data-findings-count]")).hasText("No findings in this text.");

            page.locator("#analysis-summary").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Save").setExact(true)).click();
            assertThat(page.locator("#analysis-summary > .rendered")).containsText("The certificate was not renewed.");
            // What is left is the draft's lack of action items.
            assertThat(page.locator("#findings-count")).hasText("1 open finding (0 errors, 1 warning, 0 notes)");
        }
    }

    @Test
    void requestingReviewWithOpenFindingsAsksToConfirmFirst() {
        String id = hindsight.incidents.create(PostMortem.draft("Checkout certificate expired").toBuilder()
                .analysis(PostMortem.draft("x").analysis().toBuilder().summary(BLAME).build()).build(), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            assertThat(page.locator("#findings-count")).hasText("2 open findings (1 error, 1 warning, 0 notes)");
            page.locator("#request-form").locator("xpath=ancestor::details").locator("summary").click();
            Locator rows = page.locator("[data-rows=nominees] tr");
            String[][] people = {{"Ivy Chen", "ivy"}, {"Tom Berg", "tom"}, {"Eve Ruiz", "eve"}};
            for (int i = 0; i < people.length; i++) {
                rows.nth(i).locator("input[name$='.name']").fill(people[i][0]);
                rows.nth(i).locator("input[name$='.account']").fill(people[i][1]);
            }
            assertThat(page.locator("#review-findings")).containsText("2 open findings");
            Locator request = page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Request review")
                    .setExact(true));

            request.click();
            assertThat(page.locator("#review-status")).containsText("Draft");
            assertThat((Boolean) page.locator("#review-despite").evaluate("box => box.validity.valueMissing"))
                    .isTrue();

            page.getByLabel("Request review with 2 open findings").check();
            request.click();
            assertThat(page.locator("#review-status")).containsText("In review");
        }
    }

    @Test
    void anEditorDismissesAFindingWithAReasonFromTheEditorSeesItListedAndInTheHistoryAndReinstatesIt() {
        String id = hindsight.incidents.create(PostMortem.draft("Checkout certificate expired").toBuilder()
                .analysis(PostMortem.draft("x").analysis().toBuilder().summary(BLAME).build()).build(), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            Locator count = page.locator("#findings-count");
            assertThat(count).hasText("2 open findings (1 error, 1 warning, 0 notes)");
            page.getByText("Edit summary", new Page.GetByTextOptions().setExact(true)).click();
            Locator box = page.locator("#lint-analysis-summary");
            Locator finding = box.locator("li.finding");
            assertThat(finding).hasCount(1);

            finding.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dismiss").setExact(true))
                    .click();
            Locator reason = finding.getByLabel("Why does this finding not apply? (required)");
            assertThat(reason).isFocused();
            Locator send = finding.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Dismiss finding"));
            send.click();
            assertThat(finding.getByRole(AriaRole.ALERT)).containsText("reason: is required");
            assertThat(count).hasText("2 open findings (1 error, 1 warning, 0 notes)");
            Chromium.assertAccessible(page);

            reason.fill("Marco is the vendor's deploy bot, not a person.");
            send.click();

            assertThat(box.locator("[data-findings-count]")).hasText("No findings in this text.");
            assertThat(box.locator("li.finding")).hasCount(0);
            assertThat(count).hasText("1 open finding (0 errors, 1 warning, 0 notes)");
            Locator dismissed = page.locator("#dismissed li");
            assertThat(dismissed).hasCount(1);
            assertThat(dismissed).containsText("blame.person-failed");
            assertThat(dismissed).containsText("Dismissed by alice");
            assertThat(dismissed).containsText("Marco is the vendor's deploy bot, not a person.");
            Chromium.screenshot(page, "review-assistant-dismissed");

            page.navigate(hindsight.url("/incidents/" + id + "/history"));
            assertThat(page.locator("#dismissals")).containsText("Marco is the vendor's deploy bot, not a person.");
            assertThat(page.locator("#dismissals")).containsText("standing");

            page.navigate(hindsight.url("/incidents/" + id));
            page.locator("#dismissed").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
                    .setName("Reinstate dismissal 1: blame.person-failed on analysis.summary")).click();
            assertThat(count).hasText("2 open findings (1 error, 1 warning, 0 notes)");
            assertThat(count).isFocused();
            assertThat(page.locator("#dismissed")).hasCount(0);

            // From the page's own panel too: the draft's lack of action items does not apply to this one.
            Locator noActions = page.locator("#findings li.finding", new Page.LocatorOptions()
                    .setHasText("completeness.no-action-items"));
            noActions.getByText("Dismiss", new Locator.GetByTextOptions().setExact(true)).click();
            noActions.getByLabel("Why does this finding not apply? (required)").fill("Tracked in the parent incident.");
            noActions.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Dismiss finding")).click();
            assertThat(count).hasText("1 open finding (1 error, 0 warnings, 0 notes)");
            assertThat(page.locator("#dismissed li")).containsText("Tracked in the parent incident.");
        }
    }

    @Test
    void blameTypedInATimelineEntryAndAnActionItemWithoutAnOwnerShowAsTheyAreTyped() {
        String id = hindsight.incidents.create(PostMortem.draft("Checkout certificate expired"), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            Locator timeline = page.locator("#lint-timeline");
            assertThat(timeline.locator("[data-findings-count]")).not().isEmpty();

            page.getByLabel("When (new event)").fill("2026-03-08T14:20");
            Locator what = page.getByLabel("What happened (new event)");
            what.pressSequentially(BLAME, new Locator.PressSequentiallyOptions().setDelay(15));

            Locator blame = timeline.locator("li.finding", new Locator.LocatorOptions()
                    .setHasText("Marco forgot to renew the certificate."));
            assertThat(blame).hasCount(1);
            assertThat(blame.getByRole(AriaRole.LINK)).hasText("What happened (new event)");
            assertThat(what).hasAttribute("aria-describedby", blame.getAttribute("id"));
            assertThat(blame).containsText("Not in the saved record yet");

            Locator actions = page.locator("#lint-actions");
            page.getByLabel("Action (action 1)").fill("Alert on certificate expiry");
            Locator owner = actions.locator("li.finding", new Locator.LocatorOptions().setHasText("has no owner"));
            assertThat(owner).hasCount(1);
            owner.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Owner (action 1)")).click();
            assertThat(page.getByLabel("Owner (action 1)")).isFocused();
            Chromium.screenshot(page, "review-assistant-live-tables");
            Chromium.assertAccessible(page);

            page.keyboard().type("priya");
            assertThat(owner).hasCount(0);
            assertThat(page.getByLabel("Owner (action 1)")).not().hasClass(java.util.regex.Pattern.compile(
                    ".*has-finding.*"));
        }
    }

    @Test
    void aRespondersNameTypedInTheirRowShowsTheBlameOfThemInTheNarrativeAndItsRewriteIsAppliedThere() {
        PostMortem draft = PostMortem.draft("Checkout certificate expired");
        String id = hindsight.incidents.create(draft.toBuilder().analysis(draft.analysis().toBuilder()
                .narrative("The certificate expired at 14:00. Zorbek failed to renew the certificate.").build())
                .build(), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            Locator box = page.locator("#lint-responders");
            assertThat(box.locator("[data-findings-count]")).hasText("No findings in the responders.");

            Locator name = page.getByLabel("Name (responder 1)");
            name.pressSequentially("Zorbek Adeyemi", new Locator.PressSequentiallyOptions().setDelay(15));

            Locator finding = box.locator("li.finding");
            assertThat(finding).hasCount(1);
            assertThat(finding).containsText("Zorbek Adeyemi is named in What happened:");
            assertThat(finding).containsText("Zorbek failed to renew the certificate.");
            assertThat(finding).containsText("Suggested: The certificate was not renewed.");
            assertThat(name).hasAttribute("aria-describedby", finding.getAttribute("id"));
            Chromium.screenshot(page, "review-assistant-responders");
            Chromium.assertAccessible(page);

            finding.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                    "Apply suggestion: The certificate was not renewed.")).click();

            Locator narrative = page.getByLabel("What happened (Markdown)");
            assertThat(narrative).hasValue("The certificate expired at 14:00. The certificate was not renewed.");
            assertThat(narrative).isFocused();
            // Kept at once, through the section's own save: the saved words no longer name them.
            assertThat(page.locator("#analysis-narrative > .rendered")).containsText("The certificate was not renewed.");
            assertThat(page.locator("#analysis-narrative [data-kept]"))
                    .hasText("Saved with the rewrite applied from the responders.");
            assertThat(box.locator("[data-findings-count]")).hasText("No findings in the responders.");
            assertThat(page.locator("#lint-analysis-narrative [data-findings-count]"))
                    .hasText("No findings in this text.");
            assertThat(page.locator("#live")).isHidden();
            assertThat(hindsight.incidents.get(id).analysis().narrative())
                    .isEqualTo("The certificate expired at 14:00. The certificate was not renewed.");

            // The page stands at the new revision: the whole record's JSON, nothing typed in it, shows the new text.
            assertThat(page.locator("#json input[name=revision]")).hasValue("2");
            assertThat((String) page.locator("#j-document").evaluate("area => area.value"))
                    .contains("The certificate was not renewed.").doesNotContain("Zorbek");
            // The name typed meanwhile is still there, and its own save is not taken for a conflict.
            assertThat(name).hasValue("Zorbek Adeyemi");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save responders")).click();
            assertThat(page.locator(".notice")).hasText("Saved.");
            page.reload();

            assertThat(page.getByLabel("Name (responder 1)")).hasValue("Zorbek Adeyemi");
            assertThat(page.getByLabel("What happened (Markdown)"))
                    .hasValue("The certificate expired at 14:00. The certificate was not renewed.");
            assertThat(hindsight.incidents.get(id).revision()).isEqualTo(3);
        }
    }

    @Test
    void aRewriteFromTheRespondersListIsLeftUnsavedWhereTheSectionHoldsTypingOrSomeoneSavedFirst() {
        PostMortem draft = PostMortem.draft("Checkout certificate expired");
        String id = hindsight.incidents.create(draft.toBuilder().analysis(draft.analysis().toBuilder()
                .narrative("The certificate expired at 14:00. Zorbek failed to renew the certificate.")
                .summary("Zorbek forgot to renew the certificate before it expired.").build()).build(), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            page.getByText("Edit what happened", new Page.GetByTextOptions().setExact(true)).click();
            Locator narrative = page.getByLabel("What happened (Markdown)");
            narrative.press("Control+End");
            narrative.pressSequentially(" Checkout failed.");
            page.getByLabel("Name (responder 1)").pressSequentially("Zorbek Adeyemi",
                    new Locator.PressSequentiallyOptions().setDelay(15));
            Locator findings = page.locator("#lint-responders li.finding");
            assertThat(findings).hasCount(2);

            findings.filter(new Locator.FilterOptions().setHasText("named in What happened"))
                    .getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                            "Apply suggestion: The certificate was not renewed.")).click();

            assertThat(narrative).hasValue("The certificate expired at 14:00. The certificate was not renewed. "
                    + "Checkout failed.");
            assertThat(page.locator("#lint-responders")).containsText("Rewritten in What happened, beside changes "
                    + "not saved yet: save it there to keep it.");
            assertThat(hindsight.incidents.get(id).revision()).as("what was typed there is not saved unasked")
                    .isEqualTo(1);

            // Someone else saves the incident; then the summary's rewrite is applied: refused, kept in the editor.
            PostMortem current = hindsight.incidents.get(id);
            hindsight.incidents.update(id, current.revision(), current.toBuilder().title("Certificate expired")
                    .build(), "bob");
            findings.filter(new Locator.FilterOptions().setHasText("named in Summary"))
                    .getByRole(AriaRole.BUTTON).first().click();

            assertThat(page.getByLabel("Summary (Markdown)"))
                    .hasValue("The certificate was not renewed before it expired.");
            assertThat(page.locator("#lint-responders")).containsText("Rewritten in Summary, not saved: someone "
                    + "saved this incident since the page was loaded. Save it there to see why and keep it.");
            assertThat(hindsight.incidents.get(id).analysis().summary())
                    .isEqualTo("Zorbek forgot to renew the certificate before it expired.");
        }
    }

    /**
     * Types Zorbek's name in the first responder's row, and applies the rewrite of the one finding that names them,
     * in {@code place}, from the responders' list. Returns the name's input.
     */
    private static Locator rewriteFromTheResponders(Page page, String place) {
        Locator name = page.getByLabel("Name (responder 1)");
        name.pressSequentially("Zorbek Adeyemi", new Locator.PressSequentiallyOptions().setDelay(15));
        Locator finding = page.locator("#lint-responders li.finding");
        assertThat(finding).hasCount(1);
        assertThat(finding).containsText("Zorbek Adeyemi is named in " + place + ":");
        finding.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                "Apply suggestion: The certificate was not renewed.")).click();
        return name;
    }

    @Test
    void aRespondersNameTypedInTheirRowShowsTheBlameOfThemInTheTitleAndItsRewriteIsSavedThere() {
        String id = hindsight.incidents.create(PostMortem.draft("Zorbek failed to renew the certificate."), "alice")
                .id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            Locator box = page.locator("#lint-responders");
            assertThat(box.locator("[data-findings-count]")).hasText("No findings in the responders.");
            Locator name = rewriteFromTheResponders(page, "the title");

            Locator title = page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true));
            assertThat(title).hasValue("The certificate was not renewed.");
            assertThat(title).isFocused();
            assertThat(page.locator("#summary [data-kept]")).hasText("Saved with the rewrite applied from the "
                    + "responders.");
            assertThat(page.locator("#title")).containsText("The certificate was not renewed.");
            assertThat(page.locator("#summary .meta")).containsText("revision 2");
            assertThat(box.locator("[data-findings-count]")).hasText("No findings in the responders.");
            assertThat(page.locator("#live")).isHidden();
            assertThat(hindsight.incidents.get(id).title()).isEqualTo("The certificate was not renewed.");
            Chromium.assertAccessible(page);

            // Nothing typed meanwhile is lost, and the responders' own save is not taken for a conflict.
            assertThat(name).hasValue("Zorbek Adeyemi");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save responders")).click();
            assertThat(page.locator(".notice")).hasText("Saved.");
            assertThat(page.getByLabel("Name (responder 1)")).hasValue("Zorbek Adeyemi");
            assertThat(hindsight.incidents.get(id).title()).isEqualTo("The certificate was not renewed.");
            assertThat(hindsight.incidents.get(id).revision()).isEqualTo(3);
        }
    }

    @Test
    void aRespondersNameTypedInTheirRowShowsTheBlameOfThemInATimelineEntryAndItsRewriteIsSavedThere() {
        PostMortem draft = PostMortem.draft("Checkout certificate expired");
        String id = hindsight.incidents.create(draft.toBuilder().timeline(new Timeline(java.util.List.of(
                event("14:00", "Checkout began failing", EventKind.STARTED),
                event("14:05", "Zorbek failed to renew the certificate.", EventKind.NOTE)))).build(), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            Locator box = page.locator("#lint-responders");
            assertThat(box.locator("[data-findings-count]")).hasText("No findings in the responders.");
            Locator name = rewriteFromTheResponders(page, "the timeline (event 2)");

            Locator entry = page.getByLabel("What happened (event 2)");
            assertThat(entry).hasValue("The certificate was not renewed.");
            assertThat(entry).isFocused();
            assertThat(page.locator("#timeline [data-kept]")).hasText("Saved with the rewrite applied from the "
                    + "responders.");
            assertThat(box.locator("[data-findings-count]")).hasText("No findings in the responders.");
            assertThat(page.locator("#live")).isHidden();
            var events = hindsight.incidents.get(id).timeline().events();
            assertThat(events).extracting(TimelineEvent::text)
                    .containsExactly("Checkout began failing", "The certificate was not renewed.");
            assertThat(events.get(0).at()).isEqualTo(Instant.parse("2026-03-08T14:00:00Z"));
            Chromium.assertAccessible(page);

            assertThat(name).hasValue("Zorbek Adeyemi");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save responders")).click();
            assertThat(page.locator(".notice")).hasText("Saved.");
            assertThat(page.getByLabel("What happened (event 2)")).hasValue("The certificate was not renewed.");
            assertThat(hindsight.incidents.get(id).revision()).isEqualTo(3);
        }
    }

    @Test
    void aRespondersNameTypedInTheirRowShowsTheBlameOfThemInAnActionItemAndItsRewriteIsSavedThere() {
        PostMortem draft = PostMortem.draft("Checkout certificate expired");
        String id = hindsight.incidents.create(draft.toBuilder().actionItems(java.util.List.of(
                dev.hindsight.actions.ActionItem.of("Alert on certificate expiry", "sre", null, null),
                dev.hindsight.actions.ActionItem.of("Zorbek failed to renew the certificate.", "sre", null, null)))
                .build(), "alice").id();
        PostMortem loaded = hindsight.incidents.get(id);

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            Locator name = rewriteFromTheResponders(page, "the action items (action 2)");

            assertThat(page.getByLabel("Action (action 2)")).hasValue("The certificate was not renewed.");
            assertThat(page.locator("#actions [data-kept]")).hasText("Saved with the rewrite applied from the "
                    + "responders.");
            assertThat(page.locator("#lint-responders [data-findings-count]"))
                    .hasText("No findings in the responders.");
            assertThat(hindsight.incidents.get(id).actionItems()).extracting(dev.hindsight.actions.ActionItem::title)
                    .containsExactly("Alert on certificate expiry", "The certificate was not renewed.");
            assertThat(hindsight.incidents.get(id).actionItems().get(0)).as("the other item saved as it was")
                    .isEqualTo(loaded.actionItems().get(0));
            assertThat(name).hasValue("Zorbek Adeyemi");
        }
    }

    /** A draft whose lesson, and whose five whys' answer after a first sentence, blame Zorbek in the same words. */
    private static PostMortem blamingInALessonAndTheFiveWhys() {
        PostMortem draft = PostMortem.draft("Checkout certificate expired");
        return draft.toBuilder().analysis(draft.analysis().toBuilder()
                .fiveWhys(java.util.List.of(new Analysis.Why("Why did checkout fail?",
                        "The certificate expired. Zorbek failed to renew the certificate.")))
                .lessons(java.util.List.of(new Analysis.Lesson(null, "Certificates",
                        "Zorbek failed to renew the certificate.", "Renew certificates automatically.")))
                .build()).build();
    }

    @Test
    void aRespondersNameTypedInTheirRowShowsTheBlameOfThemInALessonAndTheFiveWhysAndEachRewriteIsSavedInTheJson() {
        String id = hindsight.incidents.create(blamingInALessonAndTheFiveWhys(), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            page.getByText("Edit summary", new Page.GetByTextOptions().setExact(true)).click();
            Locator summary = page.getByLabel("Summary (Markdown)");
            summary.pressSequentially("Checkout failed for 38 minutes.");
            page.getByLabel("Name (responder 1)").pressSequentially("Zorbek Adeyemi",
                    new Locator.PressSequentiallyOptions().setDelay(15));
            Locator findings = page.locator("#lint-responders li.finding");
            assertThat(findings).hasCount(2);
            Locator lesson = findings.filter(new Locator.FilterOptions().setHasText("Zorbek Adeyemi is named in the "
                    + "whole record's JSON (analysis.lessons[0].learned):"));
            Locator why = findings.filter(new Locator.FilterOptions().setHasText("Zorbek Adeyemi is named in the "
                    + "whole record's JSON (analysis.fiveWhys[0].answer):"));
            Locator apply = lesson.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                    "Apply suggestion: The certificate was not renewed."));

            // The lesson first: the same words stand earlier in the JSON, in the five whys, and are left there.
            apply.click();

            Locator document = page.getByLabel("Canonical JSON (see docs/record.md)");
            assertThat(document).isVisible();
            assertThat(page.locator("#json [data-kept]")).hasText("Saved with the rewrite applied from the "
                    + "responders.");
            assertThat(findings).hasCount(1);
            PostMortem saved = hindsight.incidents.get(id);
            assertThat(saved.revision()).isEqualTo(2);
            assertThat(saved.analysis().lessons().get(0).learned()).isEqualTo("The certificate was not renewed.");
            assertThat(saved.analysis().fiveWhys().get(0).answer())
                    .isEqualTo("The certificate expired. Zorbek failed to renew the certificate.");
            assertThat(hindsight.incidents.history(id).get(1).changes()).as("nothing but the lesson changed")
                    .containsExactly("analysis.lessons[0].learned");
            assertThat(page.locator("#json input[name=revision]")).hasValue("2");

            why.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                    "Apply suggestion: The certificate was not renewed.")).click();

            assertThat(page.locator("#lint-responders [data-findings-count]"))
                    .hasText("No findings in the responders.");
            saved = hindsight.incidents.get(id);
            assertThat(saved.revision()).isEqualTo(3);
            assertThat(saved.analysis().fiveWhys().get(0).answer())
                    .isEqualTo("The certificate expired. The certificate was not renewed.");
            assertThat(saved.analysis().lessons().get(0).learned()).isEqualTo("The certificate was not renewed.");
            assertThat(Json.write(saved)).doesNotContain("Zorbek");
            assertThat(document).hasValue(java.util.regex.Pattern.compile("The certificate expired\\. The "
                    + "certificate was not renewed\\."));
            assertThat(page.locator("#json form")).not().hasAttribute("data-dirty", "true");
            assertThat(page.locator("#live")).isHidden();
            Chromium.assertAccessible(page);

            // The typing elsewhere is kept, unsaved, and the responders' own save is not taken for a conflict.
            assertThat(summary).hasValue("Checkout failed for 38 minutes.");
            assertThat(saved.analysis().summary()).isEmpty();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save responders")).click();
            assertThat(page.locator(".notice")).hasText("Saved.");
            assertThat(page.getByLabel("Name (responder 1)")).hasValue("Zorbek Adeyemi");
            assertThat(page.getByLabel("Summary (Markdown)")).hasValue("Checkout failed for 38 minutes.");
            assertThat(hindsight.incidents.get(id).revision()).isEqualTo(4);
        }
    }

    @Test
    void aRewriteFromTheRespondersListIntoTheJsonIsLeftUnsavedAfterAnotherSaveAndBesideAChangeNotSavedThere() {
        String id = hindsight.incidents.create(blamingInALessonAndTheFiveWhys(), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            page.getByLabel("Name (responder 1)").pressSequentially("Zorbek Adeyemi",
                    new Locator.PressSequentiallyOptions().setDelay(15));
            Locator findings = page.locator("#lint-responders li.finding");
            assertThat(findings).hasCount(2);

            // Someone else saves the incident; then the lesson's rewrite is applied: refused, kept in the JSON.
            PostMortem current = hindsight.incidents.get(id);
            hindsight.incidents.update(id, current.revision(), current.toBuilder().title("Certificate expired")
                    .build(), "bob");
            findings.filter(new Locator.FilterOptions().setHasText("(analysis.lessons[0].learned)"))
                    .getByRole(AriaRole.BUTTON).first().click();

            assertThat(page.locator("#lint-responders")).containsText("Rewritten in the whole record's JSON "
                    + "(analysis.lessons[0].learned), not saved: someone saved this incident since the page was "
                    + "loaded. Save it there to see why and keep it.");
            Locator document = page.getByLabel("Canonical JSON (see docs/record.md)");
            assertThat(document).hasValue(java.util.regex.Pattern.compile("\"learned\" ?: ?\"The certificate "
                    + "was not renewed\\.\""));
            assertThat(page.locator("#json [data-unsaved-marker]")).hasText("Unsaved changes");
            assertThat(page.locator("#json input[name=revision]")).hasValue("1");
            PostMortem after = hindsight.incidents.get(id);
            assertThat(after.revision()).as("nothing of the stale save was kept").isEqualTo(2);
            assertThat(after.title()).isEqualTo("Certificate expired");
            assertThat(after.analysis().lessons().get(0).learned())
                    .isEqualTo("Zorbek failed to renew the certificate.");

            // The JSON now holds that rewrite unsaved: the five whys' is applied beside it, and left unsaved too.
            findings.filter(new Locator.FilterOptions().setHasText("(analysis.fiveWhys[0].answer)"))
                    .getByRole(AriaRole.BUTTON).first().click();

            assertThat(page.locator("#lint-responders")).containsText("Rewritten in the whole record's JSON "
                    + "(analysis.fiveWhys[0].answer), beside changes not saved yet: save it there to keep it.");
            assertThat(document).hasValue(java.util.regex.Pattern.compile("\"answer\" ?: ?\"The certificate "
                    + "expired\\. The certificate was not renewed\\.\""));
            assertThat(hindsight.incidents.get(id).revision()).isEqualTo(2);
        }
    }

    @Test
    void aRewriteFromTheRespondersListIntoTheTimelineOrTheTitleIsLeftUnsavedBesideTypingThereOrAfterAnotherSave() {
        PostMortem draft = PostMortem.draft("Zorbek failed to renew the certificate.");
        String id = hindsight.incidents.create(draft.toBuilder().timeline(new Timeline(java.util.List.of(
                event("14:00", "Checkout began failing", EventKind.STARTED),
                event("14:05", "Zorbek failed to renew the certificate.", EventKind.NOTE)))).build(), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            Locator first = page.getByLabel("What happened (event 1)");
            first.press("End");
            first.pressSequentially(" with 502s");
            page.getByLabel("Name (responder 1)").pressSequentially("Zorbek Adeyemi",
                    new Locator.PressSequentiallyOptions().setDelay(15));
            Locator findings = page.locator("#lint-responders li.finding");
            assertThat(findings).hasCount(2);

            findings.filter(new Locator.FilterOptions().setHasText("named in the timeline"))
                    .getByRole(AriaRole.BUTTON).first().click();

            assertThat(page.getByLabel("What happened (event 2)")).hasValue("The certificate was not renewed.");
            assertThat(first).hasValue("Checkout began failing with 502s");
            assertThat(page.locator("#lint-responders")).containsText("Rewritten in the timeline (event 2), beside "
                    + "changes not saved yet: save it there to keep it.");
            assertThat(hindsight.incidents.get(id).revision()).as("what was typed there is not saved unasked")
                    .isEqualTo(1);

            PostMortem current = hindsight.incidents.get(id);
            hindsight.incidents.update(id, current.revision(), current.toBuilder().owner("bob").build(), "bob");
            findings.filter(new Locator.FilterOptions().setHasText("named in the title"))
                    .getByRole(AriaRole.BUTTON).first().click();

            assertThat(page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true)))
                    .hasValue("The certificate was not renewed.");
            assertThat(page.locator("#lint-responders")).containsText("Rewritten in the title, not saved: someone "
                    + "saved this incident since the page was loaded. Save it there to see why and keep it.");
            assertThat(hindsight.incidents.get(id).title()).isEqualTo("Zorbek failed to renew the certificate.");
            assertThat(hindsight.incidents.get(id).timeline().events().get(1).text())
                    .isEqualTo("Zorbek failed to renew the certificate.");
        }
    }

    @Test
    void blameInTheTitleOrATimelineEntryIsRewrittenInOneClickFromTheirOwnChecks() {
        PostMortem draft = PostMortem.draft(BLAME.substring(BLAME.indexOf("Marco")));
        String id = hindsight.incidents.create(draft.toBuilder().timeline(new Timeline(java.util.List.of(
                event("14:00", BLAME, EventKind.STARTED)))).build(), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            page.getByText("Edit title, status, severity and access", new Page.GetByTextOptions().setExact(true))
                    .click();
            Locator summary = page.locator("#lint-summary li.finding", new Page.LocatorOptions().setHasText(
                    "Suggested: The certificate was not renewed."));
            Locator timeline = page.locator("#lint-timeline li.finding", new Page.LocatorOptions().setHasText(
                    "Suggested: The certificate was not renewed."));
            assertThat(summary).hasCount(1);
            assertThat(timeline).hasCount(1);

            summary.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                    "Apply suggestion: The certificate was not renewed.")).click();
            timeline.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                    "Apply suggestion: The certificate was not renewed.")).click();

            Locator title = page.getByLabel("Title", new Page.GetByLabelOptions().setExact(true));
            assertThat(title).hasValue("The certificate was not renewed.");
            assertThat(page.getByLabel("What happened (event 1)"))
                    .hasValue("Checkout failed for 38 minutes. The certificate was not renewed.");
            assertThat(summary).hasCount(0);
            assertThat(timeline).hasCount(0);
            assertThat(hindsight.incidents.get(id).revision()).as("kept by each form's own Save, like typing")
                    .isEqualTo(1);

            page.locator("#summary").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")
                    .setExact(true)).click();
            assertThat(page.locator("#title")).containsText("The certificate was not renewed.");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save timeline")).click();
            assertThat(page.locator(".notice")).hasText("Saved.");
            PostMortem saved = hindsight.incidents.get(id);
            assertThat(saved.title()).isEqualTo("The certificate was not renewed.");
            assertThat(saved.timeline().events().get(0).text())
                    .isEqualTo("Checkout failed for 38 minutes. The certificate was not renewed.");
        }
    }

    @Test
    void theWholeRecordTypedAsJsonShowsItsFindingsByPathAndASyntaxErrorByLineAndColumn() {
        String id = hindsight.incidents.create(PostMortem.draft("Checkout certificate expired"), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.navigate(hindsight.url("/incidents/" + id));
            page.getByText("Edit the whole record as JSON", new Page.GetByTextOptions().setExact(false)).click();
            Locator document = page.getByLabel("Canonical JSON (see docs/record.md)");
            Locator box = page.locator("#lint-json");
            Locator count = box.locator("[data-findings-count]");
            assertThat(count).hasText("1 finding in the whole record.");

            document.fill(document.inputValue().replace("\"Checkout certificate expired\"",
                    "\"Marco forgot to renew the certificate.\""));

            Locator blame = box.locator("li.finding", new Locator.LocatorOptions().setHasText("blame"));
            assertThat(count).hasText("2 findings in the whole record.");
            assertThat(blame.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("title")
                    .setExact(true))).hasCount(1);
            blame.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                    "Apply suggestion: The certificate was not renewed.")).click();
            assertThat(document).hasValue(java.util.regex.Pattern.compile("\"The certificate was not renewed\\.\"",
                    java.util.regex.Pattern.DOTALL));
            assertThat(count).hasText("1 finding in the whole record.");
            Chromium.screenshot(page, "review-assistant-json");
            Chromium.assertAccessible(page);

            document.fill("{\n  \"title\": \"Checkout\",\n  \"status\": }");

            assertThat(count).containsText("document: is not valid JSON");
            assertThat(count).containsText("line 3, column");
            Locator go = box.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(
                    java.util.regex.Pattern.compile("Go to line 3, column \\d+")));
            go.click();
            assertThat(document).isFocused();
            assertThat((Number) document.evaluate("area => area.selectionStart")).isNotEqualTo(0);

            document.fill("{\"title\": \"" + "x".repeat(LintApi.MAX_LINT_BYTES) + "\"}");
            assertThat(count).hasText("Not checked until this is fixed: document: is 257 KiB; the check reads at "
                    + "most 256 KiB, so nothing was checked (it can still be saved)");
        }
    }

    @Test
    void aReviewerTypesABlamingVerdictCommentSeesTheFindingAndAppliesTheSuggestionBeforeApproving() {
        String id = hindsight.incidents.create(PostMortem.draft("Queue backlog").toBuilder()
                .status(dev.hindsight.incident.Status.IN_REVIEW).reviewers(java.util.List.of(
                        new dev.hindsight.review.Reviewer("Victor Vale", "SRE lead",
                                dev.hindsight.review.ReviewState.NOT_REVIEWED, null, "victor", null, 0, false)))
                .build(), "alice").id();

        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "victor");
            page.navigate(hindsight.url("/incidents/" + id));
            Locator comment = page.getByLabel("Your comment");
            Locator box = page.locator("#lint-verdict-comment");
            assertThat(box.locator("[data-findings-count]")).hasText("No findings in this text.");

            comment.pressSequentially("Looks right. Marco forgot to renew the certificate.",
                    new Locator.PressSequentiallyOptions().setDelay(15));

            Locator finding = box.locator("li.finding");
            assertThat(finding).hasCount(1);
            assertThat(finding).containsText("Marco forgot to renew the certificate.");
            Chromium.assertAccessible(page);
            finding.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(
                    "Apply suggestion: The certificate was not renewed.")).click();
            assertThat(comment).hasValue("Looks right. The certificate was not renewed.");
            assertThat(finding).hasCount(0);

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Approve (LGTM)")).click();
            assertThat(page.locator("#verdicts")).containsText("Looks right. The certificate was not renewed.");
        }
    }
}
