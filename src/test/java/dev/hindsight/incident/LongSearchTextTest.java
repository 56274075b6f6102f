package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Found by the hunt: PostgreSQL's search row holds the record's words as one tsvector, which PostgreSQL refuses past
 * 1 MB ("string is too long for tsvector"). SearchText cuts each part (summary, body, people) to 200,000 characters,
 * but three parts of 200,000 characters in a script written in three bytes a character, in long distinct words (a
 * lexeme may be up to 2,047 bytes), make a tsvector well over 1 MB; two parts are enough. Each text stays within its
 * own 100,000 characters, so the record passes its rules and then fails in the store: a 500 on PostgreSQL, saved
 * on SQLite. It must be saved (the search words cut to fit) or refused naming a field, on both.
 */
class LongSearchTextTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T10:00:00Z"));

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aRecordOfLongDistinctWordsInAThreeByteScriptIsSavedOrRefusedNamingAFieldNeverFailsInTheStore(
            DatabaseKind kind) throws Exception {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Incidents incidents = new Incidents(store.database(), Conventions.defaults(), clock);
            ObjectNode tree = Json.mapper().valueToTree(Records.full());
            // Two texts in the summary part and two in the body, each 90,150 characters of distinct words.
            ((ObjectNode) tree.get("analysis")).put("summary", words(0));
            ((ObjectNode) tree.get("impact")).put("summary", words(1));
            ((ObjectNode) tree.get("analysis")).put("narrative", words(2));
            ((ObjectNode) tree.get("analysis")).put("resolution", words(3));
            PostMortem record = Json.mapper().treeToValue(tree, PostMortem.class);

            Throwable thrown = catchThrowable(() -> incidents.create(record, "priya"));

            if (thrown != null) {
                assertThat(thrown).as("refused naming a field, not failed in the store")
                        .isInstanceOf(InvalidInput.class);
            }
        }
    }

    /** 150 words of 600 characters, each a different run of CJK ideographs (1,800 bytes in UTF-8). */
    private static String words(int text) {
        StringBuilder out = new StringBuilder();
        for (int w = 0; w < 150; w++) {
            int seed = text * 1_000 + w;
            for (int c = 0; c < 600; c++) {
                out.append((char) (0x4E00 + (seed * 613 + c * 7) % 20_000));
            }
            out.append(' ');
        }
        return out.toString();
    }
}
