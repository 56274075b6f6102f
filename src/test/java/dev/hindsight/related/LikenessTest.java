package dev.hindsight.related;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.incident.Feature;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class LikenessTest {

    @Test
    void reasonsNameServicesThenWordsThenFactorsThenResponders() {
        Map<Feature, Double> shared = new LinkedHashMap<>();
        shared.put(new Feature("responder:priya shah", "Priya Shah", 2), 1.0);
        shared.put(new Feature("term:connection pool", "connection pool", 3), 9.0);
        shared.put(new Feature("term:pool exhaustion", "pool exhaustion", 3), 8.0);
        shared.put(new Feature("term:pool", "pool", 3), 7.0);
        shared.put(new Feature("term:ledger", "ledger", 1), 2.0);
        shared.put(new Feature("service:payments", "payments", 3), 3.0);
        shared.put(new Feature("factor:retry storm", "Retry storm", 3), 3.0);

        assertThat(new Likeness(33, shared).reasons()).containsExactly("same service: payments",
                "both mention connection pool exhaustion, ledger", "same contributing factor: Retry storm",
                "same responder: Priya Shah");
    }

    @Test
    void oneSharedWordIsChanceButOnePhraseOrServiceIsNot() {
        assertThat(new Likeness(9, Map.of(new Feature("term:queue", "queue", 3), 9.0)).enough(2)).isFalse();
        assertThat(new Likeness(9, Map.of(new Feature("term:dead letter", "dead letter", 3), 9.0)).enough(2))
                .isTrue();
        assertThat(new Likeness(9, Map.of(new Feature("service:payments", "payments", 3), 9.0)).enough(2)).isTrue();
        assertThat(new Likeness(1, Map.of(new Feature("service:payments", "payments", 3), 1.0)).enough(2)).isFalse();
    }

    @Test
    void aRareFeatureIsMoreTellingThanACommonOne() {
        assertThat(Likeness.telling(100_000, 3)).isGreaterThan(5 * Likeness.telling(100_000, 40_000));
    }
}
