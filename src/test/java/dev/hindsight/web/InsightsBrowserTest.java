package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.file.Files;
import org.junit.jupiter.api.Test;

/** The insights page in a real Chromium over the demo incidents: charts, a filter, a CSV download. */
class InsightsBrowserTest extends BrowserTest {
    @Test
    void thePageDrawsItsChartsAFilterChangesTheFiguresAndAChartDownloadsAsCsv() throws Exception {
        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.getByRole(AriaRole.NAVIGATION, new Page.GetByRoleOptions().setName("Main"))
                    .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Insights")).click();
            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Insights").setExact(true)))
                    .isVisible();
            Locator charts = page.locator("svg[role=img]");
            assertThat(charts).hasCount(4);
            for (int i = 0; i < 4; i++) {
                assertThat(charts.nth(i)).isVisible();
            }
            assertThat(page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Incidents per period")))
                    .isVisible();
            assertThat(page.locator("#chart-counts rect[fill='#1f5fbf']").first()).isAttached();
            String all = page.locator("#insights-count strong").textContent();
            Chromium.assertAccessible(page);
            Chromium.screenshot(page, "insights-all");

            page.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true)).selectOption("1");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Filter")).click();
            assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/insights\\?.*severity=1.*"));
            assertThat(page.locator("#insights-count strong")).not().hasText(all);
            assertThat(page.getByLabel("Severity", new Page.GetByLabelOptions().setExact(true))).hasValue("1");

            Download download = page.waitForDownload(() -> page.getByRole(AriaRole.LINK,
                    new Page.GetByRoleOptions().setName("Download CSV: Incidents per period")).click());
            org.assertj.core.api.Assertions.assertThat(download.suggestedFilename()).isEqualTo("insights-counts.csv");
            String csv = Files.readString(download.path());
            org.assertj.core.api.Assertions.assertThat(csv).startsWith("period,incidents,severity ");
            int total = csv.lines().skip(1).mapToInt(l -> Integer.parseInt(l.split(",")[1])).sum();
            org.assertj.core.api.Assertions.assertThat(String.valueOf(total))
                    .isEqualTo(page.locator("#insights-count strong").textContent());
        }
    }
}
