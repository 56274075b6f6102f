package dev.hindsight.mail;

import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** Accounts' mail preferences in the store (table mail_preferences, beside users). Thread-safe. */
public final class Subscribers {

    private static final String COLUMNS = "u.name, u.groups_list, p.address, p.review_requests, p.verdicts, "
            + "p.overdue_items, p.daily_digest";

    private final Database database;
    private final Clock clock;

    public Subscribers(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** The account's preferences; {@link MailPreferences#defaults} when it never chose any. */
    public MailPreferences preferences(String account) {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM users u JOIN mail_preferences p ON p.user_name = u.name WHERE u.name = :name")
                .bind("name", account).map((rs, ctx) -> subscriber(rs).preferences()).findOne())
                .orElseGet(() -> MailPreferences.defaults(account));
    }

    /**
     * Keeps the account's preferences, replacing what it had.
     *
     * @throws NotFound when there is no such account
     */
    public void save(MailPreferences preferences) {
        database.jdbi().useTransaction(h -> {
            boolean exists = h.createQuery("SELECT COUNT(*) FROM users WHERE name = :name")
                    .bind("name", preferences.account()).mapTo(Integer.class).one() > 0;
            if (!exists) {
                throw new NotFound("user '" + preferences.account() + "'");
            }
            h.createUpdate("""
                    INSERT INTO mail_preferences (user_name, address, review_requests, verdicts, overdue_items,
                                                  daily_digest, updated_at)
                    VALUES (:name, :address, :reviews, :verdicts, :overdue, :digest, :now)
                    ON CONFLICT (user_name) DO UPDATE SET address = excluded.address,
                        review_requests = excluded.review_requests, verdicts = excluded.verdicts,
                        overdue_items = excluded.overdue_items, daily_digest = excluded.daily_digest,
                        updated_at = excluded.updated_at""")
                    .bind("name", preferences.account()).bind("address", preferences.address())
                    .bind("reviews", flag(preferences.reviewRequests())).bind("verdicts", flag(preferences.verdicts()))
                    .bind("overdue", flag(preferences.overdueItems())).bind("digest", flag(preferences.dailyDigest()))
                    .bind("now", clock.millis()).execute();
        });
    }

    /** The accounts with an address whose names match these, compared case-insensitively. */
    public List<Subscriber> named(Collection<String> names) {
        List<String> folded = names.stream().filter(Objects::nonNull).map(n -> n.strip().toLowerCase(Locale.ROOT))
                .filter(n -> !n.isEmpty()).distinct().toList();
        if (folded.isEmpty()) {
            return List.of();
        }
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM users u JOIN mail_preferences p ON p.user_name = u.name"
                        + " WHERE p.address IS NOT NULL AND LOWER(u.name) IN (<names>) ORDER BY u.name")
                .bindList("names", folded).map((rs, ctx) -> subscriber(rs)).list());
    }

    /** The accounts with an address that asked for the daily digest. */
    public List<Subscriber> digestReaders() {
        return database.jdbi().withHandle(h -> h.createQuery("SELECT " + COLUMNS
                        + " FROM users u JOIN mail_preferences p ON p.user_name = u.name"
                        + " WHERE p.address IS NOT NULL AND p.daily_digest = 1 ORDER BY u.name")
                .map((rs, ctx) -> subscriber(rs)).list());
    }

    private static Subscriber subscriber(ResultSet rs) throws SQLException {
        String groups = rs.getString("groups_list");
        String name = rs.getString("name");
        return new Subscriber(name, groups == null || groups.isBlank() ? Set.of() : Set.of(groups.split(",")),
                new MailPreferences(name, rs.getString("address"), rs.getInt("review_requests") == 1,
                        rs.getInt("verdicts") == 1, rs.getInt("overdue_items") == 1, rs.getInt("daily_digest") == 1));
    }

    private static int flag(boolean on) {
        return on ? 1 : 0;
    }
}
