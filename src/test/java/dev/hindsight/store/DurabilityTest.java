package dev.hindsight.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** An acknowledged SQLite commit survives a power loss unless the operator chose otherwise. */
class DurabilityTest {

    @TempDir
    Path dir;

    /** SQLite's own answer: 2 is FULL, 1 is NORMAL. */
    private static int synchronous(HindsightConfig config) {
        try (Database db = config.openDatabase()) {
            return db.jdbi().withHandle(h -> h.createQuery("PRAGMA synchronous").mapTo(Integer.class).one());
        }
    }

    @Test
    void theStoreWaitsForTheDiskOnEveryCommitByDefault() {
        HindsightConfig config = HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.toString()), Map.of(), null);

        assertThat(synchronous(config)).isEqualTo(2);
    }

    @Test
    void normalIsAnExplicitChoice() {
        HindsightConfig config = HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.toString()),
                Map.of("HINDSIGHT_SQLITE_SYNCHRONOUS", "normal"), null);

        assertThat(synchronous(config)).isEqualTo(1);
    }
}
