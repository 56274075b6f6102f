package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemRules;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.template.BuiltInTemplate;

/**
 * Any text, read as any layout or detected, either becomes a record or is refused with {@link InvalidInput};
 * never another exception, a stack overflow, a hang or unbounded memory. Every non-blank line of an imported
 * text is accounted for in the report. What the importer makes is checked the way storing it would check it, and
 * survives the JSON form backups and the API use.
 *
 * <p>Without JAZZER_FUZZ this replays the kept inputs under src/test/resources (fast); tools/fuzz fuzzes it.
 */
class ImporterFuzzTest {

    private static final Conventions CONVENTIONS = Conventions.defaults();
    private static final DocumentImporter IMPORTER = new DocumentImporter(CONVENTIONS);
    private static final PostMortemRules RULES = new PostMortemRules(CONVENTIONS);
    private static final BuiltInTemplate[] LAYOUTS = BuiltInTemplate.values();

    static {
        // Loads (and so instruments) the classes every input reaches before the fuzzer times the first one.
        for (BuiltInTemplate layout : LAYOUTS) {
            try {
                RULES.check(IMPORTER.read("# Database failover\n\n## Summary\n\nA replica fell behind.\n", layout)
                        .record());
            } catch (InvalidInput ignored) {
                // only the loading matters
            }
        }
        Json.read(Json.write(dev.hindsight.incident.Records.full()), PostMortem.class);
    }

    @FuzzTest(maxDuration = "10m")
    void anyTextIsImportedOrRefusedWithAReason(FuzzedDataProvider data) {
        // One choice more than there are layouts: detect the layout, as the CLI and the API do when not told.
        int choice = data.consumeInt(0, LAYOUTS.length);
        BuiltInTemplate layout = choice == LAYOUTS.length ? null : LAYOUTS[choice];
        String text = data.consumeRemainingAsString();

        IMPORTER.detect(text);
        Imported imported;
        try {
            imported = IMPORTER.read(text, layout);
        } catch (InvalidInput refused) {
            return;
        }
        PostMortem record = imported.record();
        assertThat(record.title()).isNotBlank();
        java.util.Set<Integer> accounted = new java.util.HashSet<>();
        imported.report().lines().forEach(use -> accounted.add(use.line()));
        String[] lines = text.split("\r\n|\r|\n", -1);
        for (int i = 0; i < lines.length; i++) {
            if (!lines[i].isBlank() && !lines[i].strip().isEmpty()) {
                assertThat(accounted).as("line %d is accounted for: %s", i + 1, lines[i]).contains(i + 1);
            }
        }
        try {
            RULES.check(record);
        } catch (InvalidInput refused) {
            return; // storing it would refuse it with a reason, as the API and the CLI show
        }
        assertThat(Json.read(Json.write(record), PostMortem.class)).isEqualTo(record);
    }
}
