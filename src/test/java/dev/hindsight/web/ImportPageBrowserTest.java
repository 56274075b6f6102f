package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Importing in the browser: two documents uploaded, the title's source lines checked, the title corrected, saved. */
class ImportPageBrowserTest extends BrowserTest {
    private Path document(String name) throws IOException {
        Path file = dir.resolve(name);
        try (InputStream in = ImportPageBrowserTest.class.getResourceAsStream("/imports/" + name)) {
            Files.copy(in, file);
        }
        return file;
    }

    @Test
    void anEditorUploadsTwoDocumentsChecksWhereTheTitleCameFromCorrectsItAndSaves() throws Exception {
        Path review = document("review-dns-resolver.md");
        Path postmortem = document("postmortem-checkout-certificate.md");
        try (BrowserContext context = chromium.person()) {
            Page page = hindsight.signIn(context, "alice");
            page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName("Import documents")).click();
            Chromium.assertAccessible(page);
            page.getByLabel("Documents").setInputFiles(new Path[] {review, postmortem});
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Read them")).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Review the import")))
                    .isVisible();
            Locator first = page.locator("#document-0");
            assertThat(first.locator("#document-0-title-from")).containsText("line 1");
            assertThat(first.locator("#document-0-title-from mark")).containsText("# Post-Incident Review: Checkout "
                    + "failing to resolve the payments provider");
            assertThat(page.locator("#document-1")).containsText("postmortem-checkout-certificate.md");
            Chromium.screenshot(page, "30-import-review");
            Chromium.assertAccessible(page);

            first.getByLabel("Title", new Locator.GetByLabelOptions().setExact(true)).fill("Payments provider unresolvable after a resolver push");
            page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Save all")).click();

            Locator saved = first.getByRole(AriaRole.STATUS);
            assertThat(saved).containsText("Saved: created");
            assertThat(page.locator("#document-1").getByRole(AriaRole.STATUS)).containsText("Saved: created");
            saved.getByRole(AriaRole.LINK).click();

            assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)))
                    .containsText("Payments provider unresolvable after a resolver push");
        }
    }
}
