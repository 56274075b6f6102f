package dev.hindsight.web;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.io.TempDir;

/**
 * What every browser test starts from: one Chromium for the class (it takes a second or so to start), and for each
 * test a fresh Hindsight with the demo incidents and the people of {@link RunningHindsight}, its store under
 * {@code dir/data} so a test may keep files of its own in {@link #dir}.
 */
abstract class BrowserTest {
    static Chromium chromium;

    @TempDir
    Path dir;

    RunningHindsight hindsight;

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
        hindsight = new RunningHindsight(dir.resolve("data"));
    }

    @AfterEach
    void stop() {
        hindsight.close();
    }
}
