package dev.hindsight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.nio.file.StandardCopyOption;
import java.util.concurrent.TimeUnit;

/**
 * Mozilla's ical.js, the iCalendar parser inside Thunderbird, run by node on a feed: installed from the npm
 * registry under {@code target/icaljs} on first use (node and npm are test prerequisites).
 */
public final class IcalJs {
    private static final String VERSION = "2.2.1";
    private static final Path HOME = Paths.get("target", "icaljs");
    private static final Path INSTALLED = HOME.resolve(Path.of("node_modules", "ical.js", "package.json"));

    private IcalJs() {
    }

    /** What ical.js read from the document: {name, version, prodid, calscale, method, events[], complaints[]}. */
    public static JsonNode read(String ics) {
        Path script = install();
        try {
            Path file = Files.createTempFile(HOME, "feed", ".ics");
            Files.writeString(file, ics, StandardCharsets.UTF_8);
            Process node = new ProcessBuilder("node", script.getFileName().toString(),
                    file.toAbsolutePath().toString()).directory(HOME.toFile()).redirectErrorStream(false).start();
            byte[] out = node.getInputStream().readAllBytes();
            String err = new String(node.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(node.waitFor(60, TimeUnit.SECONDS)).as("node finished").isTrue();
            assertThat(node.exitValue()).as("ical.js parsed the feed without an error:\n" + err).isZero();
            Files.delete(file);
            return Json.mapper().readTree(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static synchronized Path install() {
        try {
            Files.createDirectories(HOME);
            if (!Files.exists(INSTALLED)) {
                Process npm = new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund",
                        "--prefix", HOME.toAbsolutePath().toString(), "ical.js@" + VERSION).inheritIO().start();
                assertThat(npm.waitFor()).as("npm install ical.js").isZero();
            }
            Path script = HOME.resolve("read-feed.mjs");
            try (InputStream in = IcalJs.class.getResourceAsStream("read-feed.mjs")) {
                Files.copy(in, script, StandardCopyOption.REPLACE_EXISTING);
            }
            return script;
        } catch (IOException e) {
            throw new UncheckedIOException("ical.js is needed to check calendar feeds: " + e, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
