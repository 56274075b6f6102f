package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Status;
import dev.hindsight.review.Reviewer;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The action-item board and "my work" in a real Chromium, over a real server with the demo incidents. */
class ActionBoardBrowserTest {
    private static Chromium chromium;

    @TempDir
    Path dir;

    private RunningHindsight hindsight;
    private String incident;

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
        PostMortem created = hindsight.incidents.create(PostMortem.draft("Queue backlog in billing").toBuilder()
                .actionItems(List.of(
                        ActionItem.of("Alert on queue depth", "Alice", Priority.P0, LocalDate.parse("2020-01-06")),
                        ActionItem.of("Autoscale the workers", "alice", Priority.P2, LocalDate.parse("2099-01-01")),
                        ActionItem.of("Dashboard for consumers <b>lag</b>", "Bob", Priority.P1,
                                LocalDate.parse("2020-01-07")))).build(), "bob");
        incident = created.id();
        hindsight.incidents.update(incident, created.revision(), created.toBuilder().status(Status.IN_REVIEW)
                .reviewers(List.of(new Reviewer("Alice Liddell", "Incident Commander", null, null, "alice", null, 0,
                                false), new Reviewer("Omar", "Engineering Manager", null, null),
                        new Reviewer("Lee", "Technical Lead", null, null))).build(), "bob");
    }

    @AfterEach
    void stop() {
        hindsight.close();
    }

    @Test
    void theBoardFilteredByOwnerAndOverdueShowsOnlyThatPersonsLateWork() {
        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Action items")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Action items")))
                    .isVisible();
            assertThat(page.locator("table.board")).containsText("Dashboard for consumers <b>lag</b>");

            page.getByLabel("Owner").fill("ALICE");
            page.getByLabel("Overdue").check();
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();

            assertThat(page.locator("#item-count")).hasText("1 action item");
            Locator rows = page.locator("table.board tbody tr");
            assertThat(rows).hasCount(1);
            assertThat(rows.first()).containsText("Alert on queue depth");
            assertThat(rows.first()).containsText("overdue");
            assertThat(rows.first().getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("Queue backlog in billing"))).hasAttribute("href", "/incidents/" + incident);
            assertThat(page.locator("#fig-overdue")).hasText("1");
            assertThat(page.getByLabel("Owner")).hasValue("ALICE");
            assertThat(page.getByLabel("Overdue")).isChecked();
            Chromium.screenshot(page, "40-action-board");
            Chromium.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Clear")).click();
            page.locator(".facet").filter(new Locator.FilterOptions().setHasText("By owner"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Bob")).click();
            assertThat(page.locator("table.board tbody tr")).hasCount(1);
            assertThat(page.locator("table.board tbody tr").first()).containsText("Dashboard for consumers");
        }
    }

    @Test
    void myWorkShowsThePersonsOpenItemsAndTheReviewWaitingOnThem() {
        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("My work")).click();

            assertThat(page.locator("#my-reviews")).containsText("Queue backlog in billing");
            assertThat(page.locator("#my-reviews")).containsText("Incident Commander");
            Locator items = page.locator("#my-items tbody tr");
            assertThat(items).hasCount(2);
            assertThat(items.first()).containsText("Alert on queue depth");
            assertThat(items.first()).containsText("overdue");
            assertThat(items.nth(1)).containsText("Autoscale the workers");
            assertThat(page.locator("#my-items")).not().containsText("Dashboard for consumers");
            Chromium.screenshot(page, "41-my-work");
            Chromium.assertAccessible(page);

            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Queue backlog in billing")).first()
                    .click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/incidents/" + incident + "$"));
        }
    }
}
