package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.hindsight.incident.PostMortem;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.Test;

/**
 * Unsaved typing on the incident page, in a real Chromium: a section typed into says "Unsaved changes" beside its
 * Save, and leaving (a link, a reload) asks the browser's own question first; its Save leaves without asking and
 * clears the mark; typing undone is no change; and the responders' Save, which loads the page again, keeps what is
 * typed in a section (which then saves without a conflict), in rows added to the action items, and in the whole
 * record's JSON (which, its part changed, says so and shows the conflict when saved).
 */
class UnsavedTypingBrowserTest extends BrowserTest {

    private static final String SUMMARY = "The queue backed up for 40 minutes.";

    /** The browser's questions before leaving, answered "stay" unless {@link #leave} is set. */
    private final List<String> asked = new CopyOnWriteArrayList<>();
    private final AtomicBoolean leave = new AtomicBoolean();

    private String incident() {
        PostMortem draft = PostMortem.draft("Queue backlog");
        return hindsight.incidents.create(draft.toBuilder().analysis(draft.analysis().toBuilder().summary(SUMMARY)
                .build()).build(), "alice").id();
    }

    private Page editor(BrowserContext context, String id) {
        Page page = hindsight.signIn(context, "alice");
        page.onDialog(dialog -> {
            asked.add(dialog.type());
            if (leave.get()) {
                dialog.accept();
            } else {
                dialog.dismiss();
            }
        });
        page.navigate(hindsight.url("/incidents/" + id));
        return page;
    }

    private static Locator summaryText(Page page) {
        page.getByText("Edit summary", new Page.GetByTextOptions().setExact(true)).click();
        Locator text = page.getByLabel("Summary (Markdown)");
        text.press("Control+End");
        return text;
    }

    private static Locator save(Page page, String section) {
        return page.locator(section).getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Save")
                .setExact(true));
    }

    @Test
    void typingInASectionMarksItUnsavedAndLeavingAsksFirst() {
        String id = incident();
        try (BrowserContext context = chromium.person()) {
            Page page = editor(context, id);
            Locator text = summaryText(page);
            Locator marker = page.locator("#analysis-summary [data-unsaved-marker]");
            assertThat(marker).hasText("");

            text.pressSequentially(" It cleared at 15:00.");

            assertThat(marker).hasText("Unsaved changes");
            assertThat(marker).hasAttribute("role", "status");
            assertThat(marker).hasAttribute("aria-live", "polite");
            assertThat(save(page, "#analysis-summary")).hasAccessibleDescription("Unsaved changes");
            Chromium.screenshot(page, "unsaved-changes");
            Chromium.assertAccessible(page);

            // A link: the browser asks; staying keeps the typing.
            page.getByRole(AriaRole.NAVIGATION).getByRole(AriaRole.LINK, new Locator.GetByRoleOptions()
                    .setName("Incidents").setExact(true)).click();
            page.waitForCondition(() -> !asked.isEmpty());
            assertThat(asked).containsExactly("beforeunload");
            assertThat(page).hasURL(hindsight.url("/incidents/" + id));
            assertThat(text).hasValue(SUMMARY + " It cleared at 15:00.");

            // A reload: asked again; leaving drops the typing, as the person chose.
            leave.set(true);
            page.reload();
            assertThat(asked).containsExactly("beforeunload", "beforeunload");
            assertThat(page.getByLabel("Summary (Markdown)")).hasValue(SUMMARY);
            assertThat(page.locator("#analysis-summary [data-unsaved-marker]")).hasText("");
        }
    }

    @Test
    void aSectionsOwnSaveLeavesWithoutAskingAndClearsTheMark() {
        String id = incident();
        try (BrowserContext context = chromium.person()) {
            Page page = editor(context, id);
            summaryText(page).pressSequentially(" It cleared at 15:00.");
            assertThat(page.locator("#analysis-summary [data-unsaved-marker]")).hasText("Unsaved changes");

            save(page, "#analysis-summary").click();

            assertThat(page.locator(".notice")).hasText("Saved.");
            assertThat(page.locator("#analysis-summary [data-unsaved-marker]")).hasText("");
            assertThat(hindsight.incidents.get(id).analysis().summary()).isEqualTo(SUMMARY + " It cleared at 15:00.");
            page.reload();
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("History")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/incidents/" + id + "/history$"));
            assertThat(asked).as("the browser's questions before leaving").isEmpty();
        }
    }

    @Test
    void typingUndoneIsNoChange() {
        String id = incident();
        try (BrowserContext context = chromium.person()) {
            Page page = editor(context, id);
            Locator text = summaryText(page);
            Locator marker = page.locator("#analysis-summary [data-unsaved-marker]");
            text.pressSequentially(" x");
            assertThat(marker).hasText("Unsaved changes");
            text.press("Backspace");
            text.press("Backspace");
            assertThat(text).hasValue(SUMMARY);
            assertThat(marker).hasText("");

            Locator name = page.getByLabel("Name (responder 1)");
            name.pressSequentially("P");
            Locator listMarker = page.locator("#responders [data-unsaved-marker]");
            assertThat(listMarker).hasText("Unsaved changes");
            name.press("Backspace");
            assertThat(listMarker).hasText("");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add responder")).click();
            assertThat(listMarker).hasText(""); // a blank row is no edit

            page.reload();
            assertThat(asked).as("the browser's questions before leaving").isEmpty();
        }
    }

    @Test
    void theRespondersSaveKeepsTheTypingElsewhereOnThePage() {
        String id = incident();
        try (BrowserContext context = chromium.person()) {
            Page page = editor(context, id);
            summaryText(page).pressSequentially(" It cleared at 15:00.");
            page.getByLabel("Action (action 1)").pressSequentially("Alert on queue depth");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Add action item")).click();
            page.locator("input[name='row.1.title']").pressSequentially("Document the failover");
            page.getByText("Edit the whole record as JSON", new Page.GetByTextOptions().setExact(false)).click();
            Locator json = page.getByLabel("Canonical JSON (see docs/record.md)");
            json.fill(json.inputValue().replace("\"Queue backlog\"", "\"Queue backlog in eu-west\""));
            page.getByLabel("Name (responder 1)").pressSequentially("Priya Raman");

            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save responders")).click();

            assertThat(page.locator(".notice")).hasText("Saved.");
            assertThat(asked).as("the browser's questions before leaving").isEmpty();
            assertThat(page.getByLabel("Name (responder 1)")).hasValue("Priya Raman");
            assertThat(page.locator("#responders [data-unsaved-marker]")).hasText("");
            Locator text = page.getByLabel("Summary (Markdown)");
            assertThat(text).isVisible();
            assertThat(text).hasValue(SUMMARY + " It cleared at 15:00.");
            assertThat(page.locator("#analysis-summary [data-unsaved-marker]")).hasText("Unsaved changes");
            assertThat(page.locator("input[name='row.0.title']")).hasValue("Alert on queue depth");
            assertThat(page.locator("input[name='row.1.title']")).hasValue("Document the failover");
            assertThat(page.locator("#actions [data-unsaved-marker]")).hasText("Unsaved changes");
            // The JSON holds the responders as they were: kept on the revision it was typed on, and it says so.
            assertThat(json).hasValue(java.util.regex.Pattern.compile("\"Queue backlog in eu-west\""));
            assertThat(page.locator("#json [data-unsaved-marker]")).containsText("this part changed since");
            assertThat(page.locator("#json input[name=revision]")).hasValue("1");

            // The section's part did not change: it saves on the new revision, no conflict.
            save(page, "#analysis-summary").click();
            assertThat(page.locator(".notice")).hasText("Saved.");
            assertThat(page.locator("#conflict")).hasCount(0);
            PostMortem stored = hindsight.incidents.get(id);
            assertThat(stored.analysis().summary()).isEqualTo(SUMMARY + " It cleared at 15:00.");
            assertThat(stored.responders()).extracting(r -> r.name()).containsExactly("Priya Raman");
            assertThat(stored.revision()).isEqualTo(3);
            assertThat(page.locator("input[name='row.1.title']")).hasValue("Document the failover");

            save(page, "#json").click();
            assertThat(page.locator("#conflict")).containsText("analysis.summary");
            assertThat(json).hasValue(java.util.regex.Pattern.compile("\"Queue backlog in eu-west\""));
            assertThat(page.locator("#json [data-unsaved-marker]")).hasText("Unsaved changes");
            assertThat(asked).as("the browser's questions before leaving").isEmpty();
        }
    }
}
