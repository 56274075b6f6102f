package dev.hindsight.calendar;

import java.time.Instant;

/**
 * A calendar feed as listed: whose it is and what it holds, never its secret.
 *
 * @param id        short public name, for revoking
 * @param owner     the account whose sight the feed has: it shows only incidents this account may see now
 * @param kind      person or team
 * @param team      the team, for a team feed; empty otherwise
 * @param label     what the owner called it
 * @param revokedAt when it stopped working, or null
 */
public record FeedToken(String id, String owner, FeedKind kind, String team, String label, Instant createdAt,
                        Instant revokedAt) {

    public boolean active() {
        return revokedAt == null;
    }

    /** The calendar's name as a calendar program shows it. */
    public String calendarName() {
        return kind == FeedKind.TEAM ? "Hindsight: team " + team : "Hindsight: " + owner;
    }

    /** A feed just made: {@code secret} goes into its URL, is shown once and is kept nowhere. */
    public record Created(FeedToken feed, String secret) {
    }
}
