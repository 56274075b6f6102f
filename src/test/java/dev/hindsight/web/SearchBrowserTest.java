package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/** Searching from the box every page has, in a real Chromium: the results page, its marked passages, a filter. */
class SearchBrowserTest extends BrowserTest {
    @Test
    void aViewerSearchesFromTheTopBarAndSeesTheMatchedWordsMarked() {
        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.locator("#top-q").fill("certificate");
            page.locator("#top-q").press("Enter");

            page.waitForURL("**/search?q=certificate");
            assertThat(page.locator("#search-count")).containsText("result");
            assertThat(page.locator(".result").first()).isVisible();
            assertThat(page.locator(".result mark").first()).isVisible();
            assertThat(page.locator(".result mark").first()).hasText(java.util.regex.Pattern.compile("certificate",
                    java.util.regex.Pattern.CASE_INSENSITIVE));
            assertThat(page.locator("#s-q")).hasValue("certificate");
            Chromium.screenshot(page, "search-results");
            Chromium.assertAccessible(page);

            page.locator("#s-q").fill("certificate -zzzunmatched severity:99");
            page.locator("#s-q").press("Enter");
            assertThat(page.locator("#search-problem")).containsText("severity");

            page.locator("#s-q").fill("\"no such phrase anywhere\"");
            page.locator("#s-q").press("Enter");
            assertThat(page.locator("#search-count")).hasText("0 results");
        }
    }
}
