package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import com.microsoft.playwright.options.AriaRole;
import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import dev.hindsight.demo.DemoIncidents;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.store.Database;
import dev.hindsight.template.OrganisationTemplates;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The main journeys through the web pages in a real Chromium: what an incident commander, a second editor and a
 * viewer do, with a screenshot of each page under target/screenshots and axe-core's accessibility check.
 */
class BrowserJourneysTest {
    private static Chromium chromium;

    @TempDir
    Path dir;

    private RunningHindsight hindsight;
    private Incidents incidents;

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
        incidents = hindsight.incidents;
    }

    @AfterEach
    void stop() {
        hindsight.close();
    }

    String url(String path) {
        return hindsight.url(path);
    }

    Page signIn(BrowserContext context, String name) {
        return hindsight.signIn(context, name);
    }

    @Test
    void anEditorSignsInSeesTheListAndStartsAPostMortemFromEachSeedTemplate() {
        try (BrowserContext context = chromium.person()) {
            Page signInPage = context.newPage();
            signInPage.navigate(url("/signin"));
            Chromium.screenshot(signInPage, "01-sign-in");
            Chromium.assertAccessible(signInPage);
            signInPage.close();

            Page page = signIn(context, "alice");
            assertThat(page.locator("#incident-count")).hasText("5 incidents");
            Chromium.screenshot(page, "02-incident-list");
            Chromium.assertAccessible(page);

            for (String template : List.of("sev", "postmortem", "google-doc", "front-matter", "review")) {
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("New post-mortem").setExact(true))
                        .first().click();
                page.getByLabel("What happened, in a few words").fill("Checkout errors written as " + template);
                page.locator("#t-" + template).check();
                page.getByLabel("When the alert fired (optional)").fill("2026-03-07T23:40");
                page.getByLabel("Time zone of that time").fill("America/Los_Angeles");
                if (template.equals("sev")) {
                    Chromium.screenshot(page, "03-new-post-mortem");
                    Chromium.assertAccessible(page);
                }
                page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Start the post-mortem")).click();
                assertThat(page.locator("#title")).hasText("Checkout errors written as " + template);
                assertThat(page.locator("input[name='row.0.at']")).hasValue("2026-03-07T23:40");
                assertThat(page.locator("[data-rows=timeline] select[name='row.0.kind']")).hasValue("detected");
                page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Document")).click();
                assertThat(page.locator("#template")).hasValue(template);
                assertThat(page.locator("#document")).containsText("Checkout errors written as " + template);
                Chromium.screenshot(page, "04-document-" + template);
            }
            page.navigate(url("/incidents"));
            assertThat(page.locator("#incident-count")).hasText("10 incidents");
        }
    }

    @Test
    void anEditorBuildsATimelineSeesGapsAsTheyTypeAndTheMetricsAfterSaving() {
        PostMortem created = incidents.create(PostMortem.draft("Payments API timeouts"), "alice");
        try (BrowserContext context = chromium.person()) {
            Page page = signIn(context, "alice");
            page.navigate(url("/incidents/" + created.id() + "?zone=UTC"));
            addEvent(page, 0, "2026-03-09T10:00", "started", "Error rate rises");
            addEvent(page, 1, "2026-03-09T10:12", "detected", "Pager fires");
            assertThat(page.locator("[data-rows=timeline] tr").nth(1).locator("[data-gap]")).hasText("12 minutes later");
            addEvent(page, 2, "2026-03-09T10:20", "acknowledged", "On-call acknowledges");
            addEvent(page, 3, "2026-03-09T11:05", "mitigated", "Traffic shifted");
            addEvent(page, 4, "2026-03-09T12:35", "resolved", "Fix deployed");
            assertThat(page.locator("[data-rows=timeline] tr").nth(4).locator("[data-gap]"))
                    .hasText("1 hour, 30 minutes later");
            // Each added row is labelled by its own number, not the copied blank row's.
            assertThat(page.getByLabel("When (new event)", new Page.GetByLabelOptions().setExact(true))).hasCount(1);
            assertThat(page.getByLabel("When (new event 5)", new Page.GetByLabelOptions().setExact(true)))
                    .hasCount(1);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save timeline")).click();
            assertThat(page.locator(".notice")).hasText("Saved.");
            assertThat(page.locator("[data-rows=timeline] tr.is-milestone")).hasCount(5);
            Locator metrics = page.locator("#metrics");
            assertThat(metrics.getByRole(AriaRole.ROW, new Locator.GetByRoleOptions().setName("Time to Detect")))
                    .containsText("12 minutes");
            assertThat(page.locator("#metrics tbody tr").first()).not().containsText("Not measurable yet");
            assertThat(page.locator("p.meta")).containsText("lasted 2 hours, 35 minutes");
            Chromium.screenshot(page, "05-incident-timeline-and-metrics");
            Chromium.assertAccessible(page);
        }
    }

    private static void addEvent(Page page, int index, String at, String kind, String text) {
        if (index > 0) {
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add event")).click();
        }
        Locator row = page.locator("[data-rows=timeline] tr").nth(index);
        row.locator("input[type=datetime-local]").fill(at);
        row.locator("select").selectOption(kind);
        row.locator("input[name$='.text']").fill(text);
    }

    @Test
    void anEditorAddsActionItemsAndReviewersAndSeesOverdueWorkFlaggedInTheList() {
        PostMortem created = incidents.create(PostMortem.draft("Queue backlog after failover"), "alice");
        try (BrowserContext context = chromium.person()) {
            Page page = signIn(context, "alice");
            page.navigate(url("/incidents/" + created.id()));
            Locator actions = page.locator("[data-rows=actions] tr");
            actions.nth(0).locator("input[name$='.title']").fill("Alert on queue depth");
            actions.nth(0).locator("input[name$='.owner']").fill("bob");
            actions.nth(0).locator("select[name$='.priority']").selectOption("P0");
            actions.nth(0).locator("input[name$='.due']").fill("2020-01-31");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add action item")).click();
            assertThat(page.getByLabel("Owner (action 1)", new Page.GetByLabelOptions().setExact(true))).hasCount(1);
            assertThat(page.getByLabel("Owner (action 2)", new Page.GetByLabelOptions().setExact(true))).hasCount(1);
            actions.nth(1).locator("input[name$='.title']").fill("Document the failover runbook");
            actions.nth(1).locator("input[name$='.owner']").fill("alice");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save action items")).click();
            assertThat(page.locator(".notice")).hasText("Saved.");
            assertThat(page.locator("#actions .overdue")).hasCount(1);

            Locator reviewers = page.locator("[data-rows=reviewers] tr");
            reviewers.nth(0).locator("input[name$='.name']").fill("Dana");
            reviewers.nth(0).locator("input[name$='.role']").fill("Engineering manager");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save reviewers")).click();
            assertThat(page.locator("[data-rows=reviewers] input[name='row.0.name']")).hasValue("Dana");

            PostMortem stored = incidents.get(created.id());
            assertThat(stored.actionItems()).extracting(a -> a.title())
                    .containsExactly("Alert on queue depth", "Document the failover runbook");
            assertThat(stored.reviewers()).hasSize(1);

            page.navigate(url("/incidents?text=Queue+backlog"));
            assertThat(page.locator("table.incidents .overdue")).hasCount(1);
            assertThat(page.locator("table.incidents tbody tr")).containsText("2 open");
            Chromium.screenshot(page, "06-list-with-overdue-action-items");
        }
    }

    @Test
    void anotherEditorsChangeArrivesLiveAndAConflictingSaveKeepsTheTextAndSaysWhatChanged() {
        PostMortem created = incidents.create(PostMortem.draft("Login latency spike"), "alice");
        try (BrowserContext aliceContext = chromium.person(); BrowserContext bobContext = chromium.person()) {
            Page alice = signIn(aliceContext, "alice");
            Page bob = signIn(bobContext, "bob");
            alice.navigate(url("/incidents/" + created.id()));
            bob.navigate(url("/incidents/" + created.id()));

            // Bob renames it; Alice, who is only reading, sees the new title without reloading.
            bob.getByText("Edit title, status, severity and access").click();
            bob.getByLabel("Title").fill("Login latency spike in eu-west");
            bob.locator("#summary").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
            assertThat(alice.locator("#title")).hasText("Login latency spike in eu-west",
                    new LocatorAssertions.HasTextOptions().setTimeout(2000));
            assertThat(alice.locator("#live")).containsText("bob");

            // Both now edit the summary; Bob saves first; Alice's save is refused with her text kept.
            alice.getByText("Edit summary").click();
            bob.getByText("Edit summary").click();
            alice.getByLabel("Summary (Markdown)").fill("Alice's account of the spike.");
            bob.getByLabel("Summary (Markdown)").fill("Bob's account of the spike.");
            bob.locator("#analysis-summary").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Save")).click();
            assertThat(bob.locator("#analysis-summary .rendered").first()).containsText("Bob's account");
            assertThat(alice.locator("#live")).containsText("Your unsaved edits are kept",
                    new LocatorAssertions.ContainsTextOptions().setTimeout(2000));
            alice.locator("#analysis-summary").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Save")).click();
            assertThat(alice.locator("#conflict")).containsText("bob");
            assertThat(alice.locator("#conflict")).containsText("analysis.summary");
            assertThat(alice.getByLabel("Summary (Markdown)")).hasValue("Alice's account of the spike.");
            assertThat(alice.locator("#analysis-summary .rendered").first()).containsText("Bob's account");
            Chromium.screenshot(alice, "07-conflicting-save");
            Chromium.assertAccessible(alice);

            alice.locator("#analysis-summary").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Save")).click();
            assertThat(alice.locator(".notice")).hasText("Saved.");
            assertThat(incidents.get(created.id()).analysis().summary()).isEqualTo("Alice's account of the spike.");

            alice.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
            assertThat(alice.locator("#diff")).containsText("Alice's account");
            Chromium.screenshot(alice, "08-history-diff");
            Chromium.assertAccessible(alice);
        }
    }

    @Test
    void aReaderDownloadsTheDocumentInEachFormat() throws Exception {
        String id = incidents.list(dev.hindsight.incident.IncidentQuery.all()).get(0).id();
        try (BrowserContext context = chromium.person()) {
            Page page = signIn(context, "victor");
            page.navigate(url("/incidents/" + id + "/document?template=review"));
            Chromium.screenshot(page, "09-document-review");
            Chromium.assertAccessible(page);
            Map<String, String> starts = Map.of("Markdown", "#", "HTML", "<!DOCTYPE html>", "PDF", "%PDF",
                    "Text", "");
            for (Map.Entry<String, String> format : starts.entrySet()) {
                Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                        new Page.GetByRoleOptions().setName(format.getKey()).setExact(true)).click());
                Path file = download.path();
                assertThat(Files.size(file)).as(format.getKey()).isGreaterThan(500);
                assertThat(new String(Files.readAllBytes(file), java.nio.charset.StandardCharsets.ISO_8859_1))
                        .as(format.getKey()).startsWith(format.getValue());
                assertThat(download.suggestedFilename()).startsWith(id + "-review.");
            }
        }
    }

    @Test
    void aViewerWhoIsNotNamedCannotFindARestrictedIncidentAnywhere() {
        PostMortem secret = incidents.create(PostMortem.draft("Credential leak in build logs").toBuilder()
                .access(new Access(true, List.of("alice"), List.of("security"))).build(), "alice");
        try (BrowserContext victorContext = chromium.person(); BrowserContext samContext = chromium.person()) {
            Page victor = signIn(victorContext, "victor");
            assertThat(victor.locator("#incident-count")).hasText("5 incidents");
            assertThat(victor.getByText("Credential leak")).hasCount(0);
            victor.navigate(url("/incidents?text=credential"));
            assertThat(victor.locator("#incident-count")).hasText("0 incidents");
            for (String path : List.of("", "/history", "/document?template=sev", "/download?format=md")) {
                var response = victor.navigate(url("/incidents/" + secret.id() + path));
                assertThat(response.status()).as(path).isEqualTo(404);
                assertThat(victor.content()).doesNotContain("Credential leak");
            }
            Chromium.screenshot(victor, "10-restricted-not-found");

            Page sam = signIn(samContext, "sam");
            assertThat(sam.locator("#incident-count")).hasText("6 incidents");
            sam.getByText("Credential leak in build logs").click();
            assertThat(sam.locator(".badge.restricted")).isVisible();
            assertThat(sam.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save timeline")))
                    .hasCount(0);
        }
    }

    @Test
    void scriptsTypedIntoFieldsNeverRun() {
        PostMortem created = incidents.create(PostMortem.draft("Harmless"), "alice");
        String image = "<img src=x onerror=\"window.__ran='img'\">";
        String script = "<script>window.__ran='script'</script>";
        String link = "[click](javascript:window.__ran='link')";
        try (BrowserContext context = chromium.person()) {
            Page page = signIn(context, "alice");
            List<String> dialogs = new java.util.ArrayList<>();
            page.onDialog(d -> {
                dialogs.add(d.message());
                d.dismiss();
            });
            page.navigate(url("/incidents/" + created.id()));
            page.getByText("Edit title, status, severity and access").click();
            page.getByLabel("Title").fill(script + image);
            page.locator("#summary").getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")).click();
            page.getByText("Edit summary").click();
            page.getByLabel("Summary (Markdown)").fill(script + "\n\n" + image + "\n\n" + link);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Preview")).first().click();
            page.locator("#analysis-summary").getByRole(AriaRole.BUTTON,
                    new Locator.GetByRoleOptions().setName("Save")).click();
            addEvent(page, 0, "2026-03-09T10:00", "note", image + script);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save timeline")).click();
            Locator responders = page.locator("[data-rows=responders] tr");
            responders.nth(0).locator("input[name$='.name']").fill(image);
            responders.nth(0).locator("input[name$='.role']").fill(script);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save responders")).click();
            assertThat(page.locator("#title")).hasText(script + image);

            for (String path : List.of("/incidents/" + created.id(), "/incidents", "/incidents/" + created.id()
                    + "/history?from=1&to=5", "/incidents/" + created.id() + "/document?template=sev",
                    "/incidents/" + created.id() + "/document?template=review")) {
                page.navigate(url(path));
                assertThat(page.evaluate("() => Array.from(document.querySelectorAll('a[href]'))"
                        + ".some(a => a.href.trim().toLowerCase().startsWith('javascript:'))")).as(path).isEqualTo(false);
                assertThat(page.evaluate("() => window.__ran || null")).as(path).isNull();
                assertThat(page.locator("img[src=x]").count()).as(path).isZero();
            }
            assertThat(dialogs).isEmpty();
        }
    }

    @Test
    void thePagesReadWellOnAPhoneAndWorkFromTheKeyboard() {
        try (BrowserContext context = chromium.phone()) {
            Page page = context.newPage();
            page.navigate(url("/signin"));
            // Typing before the page has focused its first field would type into nothing (a CI run did).
            assertThat(page.locator("#name")).isFocused();
            page.keyboard().type("victor");
            page.keyboard().press("Tab");
            page.keyboard().type(RunningHindsight.PASSWORD);
            page.keyboard().press("Enter");
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Incidents"))).isVisible();
            Chromium.screenshot(page, "11-phone-list");
            Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
            assertThat(overflow).as("the list scrolls sideways on a phone").isEqualTo(false);
            page.locator("table.incidents a").first().click();
            Chromium.screenshot(page, "12-phone-incident");
            Chromium.assertAccessible(page);
        }
    }
}
