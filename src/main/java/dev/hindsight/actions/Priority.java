package dev.hindsight.actions;

import dev.hindsight.kernel.Coded;
import java.util.List;

/**
 * How soon an action item must be done. Templates name the same three tiers differently: P0/P1/P2
 * (48 hours / 14 days / 28 days), or immediate / short-term / long-term (one week / one month / three
 * months); they are one scale here and each layout writes its own words.
 */
public enum Priority implements Coded {
    P0("Immediate"), P1("Short-term"), P2("Long-term");

    private final String term;

    Priority(String term) {
        this.term = term;
    }

    @Override
    public String code() {
        return name();
    }

    /** "Immediate", "Short-term", "Long-term". */
    public String term() {
        return term;
    }

    @Override
    public List<String> aliases() {
        return switch (this) {
            case P0 -> List.of("immediate", "critical", "urgent");
            case P1 -> List.of("short_term", "short", "high");
            case P2 -> List.of("long_term", "long", "medium", "low");
        };
    }
}
