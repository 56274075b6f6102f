package dev.hindsight.related;

import java.time.Instant;
import java.util.List;

/**
 * A past post-mortem like the one being read, and why: "same service: payments", "both mention connection pool
 * exhaustion". Only ever built from incidents the reader may see.
 *
 * @param severity  the level on the organisation's scale, or null when it has none yet
 * @param startedAt when it started, or null when its timeline does not say
 * @param score     how alike the two are: the sum, over what they share, of how telling each shared thing is
 * @param reasons   what they share, most telling first, in the words of the incident being read
 */
public record SimilarIncident(String id, String title, Integer severity, Instant startedAt, double score,
                              List<String> reasons) {
    public SimilarIncident {
        reasons = List.copyOf(reasons);
    }
}
