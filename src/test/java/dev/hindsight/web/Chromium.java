package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.List;
import java.util.Map;

/**
 * Debian's Chromium driven by Playwright, for tests that use the pages as a person does. Screenshots go to
 * {@code target/screenshots} for people to look at; accessibility is checked with axe-core from the npm registry,
 * installed under {@code target/axe} on first use.
 */
final class Chromium implements AutoCloseable {
    static final Path SCREENSHOTS = Paths.get("target", "screenshots");
    private static final Path AXE = Paths.get("target", "axe", "node_modules", "axe-core", "axe.min.js");
    private static final String AXE_VERSION = "4.10.3";

    private final Playwright playwright;
    private final Browser browser;

    Chromium() {
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(Paths.get("/usr/bin/chromium")).setHeadless(true)
                .setArgs(List.of("--no-sandbox", "--disable-gpu", "--disable-background-networking",
                        "--disable-component-update", "--disable-sync", "--no-first-run")));
    }

    /**
     * A fresh browser profile (its own cookies) at laptop size. The pages' content security policy is bypassed
     * so that axe can be injected, and so that the escaping tests prove escaping alone keeps scripts out.
     */
    BrowserContext person() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(1280, 900).setBypassCSP(true)
                .setAcceptDownloads(true).setTimezoneId("America/Los_Angeles"));
    }

    BrowserContext phone() {
        return browser.newContext(new Browser.NewContextOptions().setViewportSize(390, 844).setIsMobile(true)
                .setHasTouch(true).setBypassCSP(true).setTimezoneId("America/Los_Angeles"));
    }

    static void screenshot(Page page, String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")).setFullPage(true));
    }

    /** Runs axe-core on the page and fails on any serious or critical violation, listing them. */
    static void assertAccessible(Page page) {
        page.addScriptTag(new Page.AddScriptTagOptions().setPath(axe()));
        Object violations = page.evaluate("async () => (await axe.run(document, {resultTypes: ['violations']}))"
                + ".violations.filter(v => v.impact === 'serious' || v.impact === 'critical')"
                + ".map(v => v.id + ' (' + v.impact + '): ' + v.nodes.map(n => n.target.join(' ')).join('; '))");
        assertThat((List<?>) violations).as("serious accessibility violations on " + page.url()).isEmpty();
    }

    private static synchronized Path axe() {
        if (!Files.exists(AXE)) {
            try {
                Process npm = new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund",
                        "--prefix", AXE.getParent().getParent().getParent().toString(), "axe-core@" + AXE_VERSION)
                        .inheritIO().start();
                assertThat(npm.waitFor()).as("npm install axe-core").isZero();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException("axe-core is needed for the accessibility checks: " + e, e);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        return AXE;
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
