package dev.hindsight.lint;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.InvalidInput;

/**
 * Any settings body (PUT /api/v1/lint/settings, a --settings file) becomes settings that read back the same and
 * lint a record, or is refused with {@link InvalidInput} naming each field: never another exception (a 500).
 *
 * <p>Without JAZZER_FUZZ this replays the kept inputs (fast); with it, it fuzzes.
 */
class LintSettingsFuzzTest {

    private static final PostMortem RECORD = PostMortem.draft("Checkout 502s").toBuilder().analysis(
            PostMortem.draft("x").analysis().toBuilder().summary("Marco forgot to renew it. The root cause was "
                    + "human error. It was a clumsy change.").build()).build();

    @FuzzTest(maxDuration = "5m")
    void anySettingsBodyIsReadBackTheSameOrRefusedNamingItsFields(FuzzedDataProvider data) {
        String body = data.consumeRemainingAsString();
        LintSettings settings;
        try {
            settings = LintSettings.fromJson(body);
        } catch (InvalidInput refused) {
            assertThat(refused.problems()).allSatisfy(p -> assertThat(p.field()).isNotBlank());
            return;
        }
        assertThat(LintSettings.fromJson(settings.toJson())).isEqualTo(settings);
        assertThat(new RecordLint(settings, Conventions.defaults()).findings(RECORD)).allSatisfy(f ->
                assertThat(settings.levelOf(f.rule())).contains(f.level()));
    }
}
