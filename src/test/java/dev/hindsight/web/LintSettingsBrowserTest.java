package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * An admin changes the lint settings on their page, in a real Chromium; a viewer sees them and no form, and reaches
 * them from the pages' navigation.
 */
class LintSettingsBrowserTest extends BrowserTest {

    @Test
    void anAdminSwitchesARuleOffAndAViewerSeesItOff() {
        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "ada");
            page.navigate(page.url().replaceFirst("/incidents.*", "/lint/settings"));
            page.getByLabel("Setting for blame.judgement").selectOption("off");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save settings")).click();

            assertThat(page.locator("#message")).hasText("Saved the lint settings as version 1.");
            assertThat(page.getByLabel("Setting for blame.judgement")).hasValue("off");
            Chromium.screenshot(page, "lint-settings");
            Chromium.assertAccessible(page);
        }
        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "victor");
            page.navigate(page.url().replaceFirst("/incidents.*", "/lint/settings"));

            assertThat(page.locator("tr", new Page.LocatorOptions().setHasText("blame.judgement")).locator("td")
                    .first()).hasText("off");
            assertThat(page.locator("select")).hasCount(0);
        }
    }

    @Test
    void everyoneReachesTheSettingsFromTheNavigation() {
        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "victor");
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Lint settings")).click();

            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/lint/settings$"));
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Lint settings")))
                    .isVisible();
        }
    }
}
