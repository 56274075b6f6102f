package dev.hindsight.review;

import dev.hindsight.kernel.Text;
import java.time.Instant;

/**
 * Why a post-mortem was made final while items of the policy's most urgent priority were still open, and who
 * decided it: the record keeps the reason so nobody has to guess later.
 */
public record FinalWaiver(String reason, String by, Instant at) {
    public FinalWaiver {
        reason = Text.orEmpty(reason).strip();
        by = Text.orEmpty(by).strip();
    }
}
