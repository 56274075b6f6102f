package dev.hindsight.calendar;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.User;
import dev.hindsight.incident.Principal;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Calendar feeds: what {@code GET /calendar/{secret}.ics} answers. A feed sees through its owner's eyes as
 * they are now: a restricted incident they lose access to leaves their feeds at the next fetch, and a feed whose
 * account is gone or that was revoked is not found, exactly as a secret never issued. Thread-safe.
 */
public final class CalendarFeeds {

    private final FeedTokens tokens;
    private final FeedEvents events;
    private final Accounts accounts;
    private final Clock clock;

    public CalendarFeeds(Database database, Accounts accounts, Clock clock) {
        this.tokens = new FeedTokens(database, clock);
        this.events = new FeedEvents(database);
        this.accounts = accounts;
        this.clock = clock;
    }

    /** Making, listing and revoking feeds. */
    public FeedTokens tokens() {
        return tokens;
    }

    public Clock clock() {
        return clock;
    }

    /**
     * The feed behind a secret as of now, or empty for anything that is not an active feed of an existing account.
     *
     * @param links the base of the incident pages' URLs, without a trailing slash
     */
    public Optional<Feed> feed(String secret, String links) {
        Optional<FeedToken> token = tokens.find(secret);
        if (token.isEmpty()) {
            return Optional.empty();
        }
        // The account's groups as they are now, not as they were when the feed was made.
        Optional<User> owner = accounts.user(token.get().owner());
        if (owner.isEmpty()) {
            return Optional.empty();
        }
        Principal sight = Principal.of(owner.get().name(), owner.get().groups());
        LocalDate today = LocalDate.ofInstant(clock.instant(), ZoneOffset.UTC);
        return Optional.of(new Feed(token.get().calendarName(), events.read(token.get(), sight, today, links)));
    }
}
