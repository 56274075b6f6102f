package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/** Accounts in the browser: a token made and revoked, a password changed, an administrator adding a person. */
class AccountPagesBrowserTest extends BrowserTest {
    private int apiStatus(String token) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(hindsight.url("/api/v1/incidents")))
                .header("Authorization", "Bearer " + token).build();
        return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }

    @Test
    void aPersonMakesAnApiTokenSeesItOnceAndRevokesIt() throws Exception {
        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "victor");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("victor")).click();
            page.getByLabel("New token for").fill("alertmanager");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Make a token")).click();
            String token = page.locator("#token-value").textContent();
            assertThat(token).startsWith("hst_");
            assertThat(apiStatus(token)).isEqualTo(200);
            Chromium.screenshot(page, "13-account-new-token");
            Chromium.assertAccessible(page);

            page.navigate(hindsight.url("/account"));
            assertThat(page.content()).doesNotContain(token);
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Revoke")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Revoked");
            assertThat(apiStatus(token)).isEqualTo(401);
        }
    }

    @Test
    void changingThePasswordSignsOutEveryOtherBrowserAndTheNewOneWorks() {
        try (BrowserContext context = chromium.person(); BrowserContext phone = chromium.person()) {
            Page page = hindsight.signIn(context, "bob");
            Page other = hindsight.signIn(phone, "bob");
            page.navigate(hindsight.url("/account"));
            page.getByLabel("Current password").fill("not my password at all");
            page.getByLabel("New password").fill("a brand new passphrase");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
            assertThat(page.locator("#form-errors")).containsText("current");

            page.getByLabel("Current password").fill(RunningHindsight.PASSWORD);
            page.getByLabel("New password").fill("a brand new passphrase");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Change password")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/account\\?password=changed$"));
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("password is changed");
            page.navigate(hindsight.url("/incidents"));
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/incidents$"));
            other.navigate(hindsight.url("/incidents"));
            assertThat(other).hasURL(java.util.regex.Pattern.compile(".*/signin\\?next=.*"));
            assertThat(hindsight.accounts.signIn("bob", "a brand new passphrase")).isPresent();
        }
    }

    @Test
    void anAdministratorAddsAnAccountAndOthersCannot() {
        try (BrowserContext admin = chromium.person(); BrowserContext editor = chromium.person()) {
            Page page = hindsight.signIn(admin, "ada");
            page.navigate(hindsight.url("/account"));
            page.getByLabel("Name", new Page.GetByLabelOptions().setExact(true)).fill("priya");
            page.getByLabel("Role").selectOption("editor");
            page.getByLabel("Groups (comma-separated)").fill("payments, security");
            page.getByLabel("First password").fill("priya's first passphrase");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Create the account")).click();
            assertThat(page.getByRole(AriaRole.STATUS)).containsText("Created editor priya");
            assertThat(page.locator("table").last()).containsText("payments, security");
            Chromium.screenshot(page, "14-account-administrator");
            Chromium.assertAccessible(page);

            Page other = hindsight.signIn(editor, "alice");
            other.navigate(hindsight.url("/account"));
            assertThat(other.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Accounts")))
                    .hasCount(0);
        }
    }
}
