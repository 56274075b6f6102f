package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TermsTest {

    @Test
    void wordsAreReadWithoutStopWordsAndNeighboursMakePhrases() {
        List<Terms.Term> terms = Terms.of("The connection pool was exhausted by 4000 slow queries.");

        assertThat(terms).extracting(Terms.Term::label).containsExactly("connection", "pool", "connection pool",
                "exhausted", "slow", "queries", "slow queries");
    }

    @Test
    void aPhraseNeverSpansAStopWordOrTheEndOfASentence() {
        assertThat(Terms.of("Retries failed. Cache stampede")).extracting(Terms.Term::label)
                .containsExactly("retries", "failed", "retries failed", "cache", "stampede", "cache stampede");
        assertThat(Terms.of("pool of workers")).extracting(Terms.Term::label).containsExactly("pool", "workers");
    }

    @Test
    void pluralsAndVerbFormsMeetInOneStem() {
        assertThat(List.of("cache", "caches", "cached", "caching")).extracting(Terms::stem).containsOnly("cach");
        assertThat(List.of("connection", "connections")).extracting(Terms::stem).containsOnly("connection");
        assertThat(List.of("retry", "retries")).extracting(Terms::stem).containsOnly("retry");
        assertThat(List.of("exhausted", "exhausts")).extracting(Terms::stem).containsOnly("exhaust");
        assertThat(List.of("services", "service")).extracting(Terms::stem).containsOnly("servic");
        assertThat(Terms.stem("status")).isEqualTo("status");
        assertThat(Terms.stem("dns")).isEqualTo("dns");
    }
}
