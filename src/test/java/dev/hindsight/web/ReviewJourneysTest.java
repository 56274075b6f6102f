package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.auth.Role;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Status;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A review in a real Chromium: alice requests it, the incident commander, technical lead and engineering manager
 * (ivy, tom, eve) each sign in and approve, alice is refused final while a P0 item is open, eve (who may waive)
 * makes it final saying why, and alice reopens it.
 */
class ReviewJourneysTest {
    private static Chromium chromium;

    @TempDir
    Path dir;

    private RunningHindsight hindsight;

    @BeforeAll
    static void launch() {
        chromium = new Chromium();
    }

    @AfterAll
    static void quit() {
        chromium.close();
    }

    @BeforeEach
    void start() {
        hindsight = new RunningHindsight(dir);
        for (String person : List.of("ivy", "tom", "eve")) {
            hindsight.accounts.createUser(person, Role.EDITOR, RunningHindsight.PASSWORD);
        }
    }

    @AfterEach
    void stop() {
        hindsight.close();
    }

    private Page incidentPage(BrowserContext context, String person, String id) {
        Page page = hindsight.signIn(context, person);
        page.navigate(hindsight.url("/incidents/" + id));
        return page;
    }

    private static void click(Page page, String button) {
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName(button).setExact(true)).click();
    }

    @Test
    void aReviewIsRequestedApprovedByEachRequiredRoleRefusedFinalWithAP0OpenMadeFinalAndReopened() {
        PostMortem created = hindsight.incidents.create(PostMortem.draft("Queue backlog after failover").toBuilder()
                .actionItems(List.of(ActionItem.of("Alert on queue depth", "tom", Priority.P0, null))).build(),
                "alice");
        String id = created.id();

        try (BrowserContext context = chromium.person()) {
            Page page = incidentPage(context, "alice", id);
            assertThat(page.locator("#review-status")).containsText("Draft");
            page.locator("#request-form").locator("xpath=ancestor::details").locator("summary").click();
            Locator rows = page.locator("[data-rows=nominees] tr");
            assertThat(page.locator("input[name='row.0.role']").first()).isVisible();
            String[][] people = {{"Ivy Chen", "ivy"}, {"Tom Berg", "tom"}, {"Eve Ruiz", "eve"}};
            for (int i = 0; i < people.length; i++) {
                rows.nth(i).locator("input[name$='.name']").fill(people[i][0]);
                rows.nth(i).locator("input[name$='.account']").fill(people[i][1]);
            }
            assertThat(rows.nth(2).locator("input[name$='.role']")).hasValue("Engineering Manager");
            Chromium.screenshot(page, "20-request-review");
            click(page, "Request review");
            assertThat(page.locator("#review-status")).containsText("In review");
            assertThat(page.locator("#final-needs")).containsText("no current approval from the Incident Commander");
            assertThat(page.locator("#verdict-form")).hasCount(0);
        }

        for (String person : List.of("ivy", "tom", "eve")) {
            try (BrowserContext context = chromium.person()) {
                Page page = incidentPage(context, person, id);
                page.getByLabel("Your comment").fill("Reads right to " + person);
                click(page, "Approve (LGTM)");
                assertThat(page.locator(".notice")).hasText("Saved.");
                assertThat(page.locator("#verdicts tr[data-account=" + person + "]")).containsText("Approved (LGTM)");
                if (person.equals("eve")) {
                    Chromium.screenshot(page, "21-approved-by-each-role");
                    Chromium.assertAccessible(page);
                }
            }
        }

        try (BrowserContext context = chromium.person()) {
            Page page = incidentPage(context, "alice", id);
            assertThat(page.locator("#waiver-reason")).hasCount(0);
            click(page, "Make final");
            assertThat(page.locator("#form-errors")).containsText("P0 action item is open (AI-1)");
            assertThat(hindsight.incidents.get(id).status()).isEqualTo(Status.IN_REVIEW);
        }

        try (BrowserContext context = chromium.person()) {
            Page page = incidentPage(context, "eve", id);
            page.getByLabel("Why it may be final with P0 items open (AI-1)").fill("The alert ships on Monday");
            click(page, "Make final");
            assertThat(page.locator("#review-status")).containsText("Final");
            assertThat(page.locator("#final-waiver")).containsText("The alert ships on Monday");
        }

        try (BrowserContext context = chromium.person()) {
            Page page = incidentPage(context, "alice", id);
            page.getByLabel("Why reopen it").fill("The backlog came back");
            click(page, "Reopen");
            assertThat(page.locator("#review-status")).containsText("Draft");
            Chromium.screenshot(page, "22-reopened");
        }
        PostMortem reopened = hindsight.incidents.get(id);
        assertThat(reopened.status()).isEqualTo(Status.DRAFT);
        assertThat(reopened.communication().log()).anySatisfy(m -> assertThat(m.message())
                .isEqualTo("Reopened by alice: The backlog came back"));
    }

    @Test
    void aChangeToTheAnalysisShowsApprovalsAsGivenToAnOlderRevisionAndTheChecklistIsTicked() {
        PostMortem created = hindsight.incidents.create(PostMortem.draft("Login latency spike"), "alice");
        PostMortem inReview = new dev.hindsight.review.workflow.Reviews(hindsight.incidents, java.time.Clock.systemUTC())
                .requestReview(dev.hindsight.incident.Principal.operator("alice"), created.id(), 1, List.of(
                        new dev.hindsight.review.workflow.Reviews.Nominee("Ivy Chen", "ivy", "Incident Commander"),
                        new dev.hindsight.review.workflow.Reviews.Nominee("Tom Berg", "tom", "Technical Lead"),
                        new dev.hindsight.review.workflow.Reviews.Nominee("Eve Ruiz", "eve", "Engineering Manager")),
                        null);
        String id = inReview.id();

        try (BrowserContext context = chromium.person()) {
            Page page = incidentPage(context, "ivy", id);
            click(page, "Approve (LGTM)");
            assertThat(page.locator(".notice")).hasText("Saved.");
            page.locator("#analysis-summary summary").click();
            page.getByLabel("Summary (Markdown)").fill("Sessions expired early.");
            page.locator("#analysis-summary").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Save")).click();
            assertThat(page.locator("#verdicts tr[data-account=ivy]")).containsText("given to an older revision");

            page.getByLabel("Documentation updated").check();
            click(page, "Save checklist");
            assertThat(page.getByLabel("Documentation updated")).isChecked();
            click(page, "Approve (LGTM)");
            assertThat(page.locator("#verdicts tr[data-account=ivy] .outdated")).hasCount(0);
        }
        assertThat(hindsight.incidents.get(id).knowledgeSharing()).filteredOn(c -> c.done()).hasSize(1);
    }
}
