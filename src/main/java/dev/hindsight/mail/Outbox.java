package dev.hindsight.mail;

import dev.hindsight.store.Database;
import java.time.Clock;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mails waiting to go out, in the store, so that an SMTP outage or a restart loses none. Each (source, recipient)
 * goes in once: the source names what the mail is about (an event id, a day's digest), so reading the same event
 * again, on any node, adds nothing. A failed send is tried again later, waiting longer each time, up to
 * {@link #MAX_ATTEMPTS}. A node leases a mail before sending it, so two nodes never send the same one at once; a
 * node that dies between the server's "accepted" and the store's "sent" leaves a mail that is sent again when its
 * lease ends (the one gap SMTP leaves open). Thread-safe.
 */
public final class Outbox {

    private static final Logger LOG = LoggerFactory.getLogger(Outbox.class);
    /** Tries per mail before it is given up (about four hours of waiting in all). */
    public static final int MAX_ATTEMPTS = 10;
    private static final Duration FIRST_WAIT = Duration.ofMinutes(1);
    private static final Duration LONGEST_WAIT = Duration.ofHours(1);
    /** Longer than a send can take (three bounded waits), so a lease never ends under a send still running. */
    private static final Duration LEASE = Duration.ofMinutes(2);
    private static final int BATCH = 100;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final Database database;
    private final Clock clock;

    public Outbox(Database database, Clock clock) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
    }

    /** A mail as the outbox holds it. */
    public record Entry(String id, String source, String recipient, String address, String subject, String text,
                        String html, int attempts, boolean sent, boolean gaveUp, String lastError) {
    }

    /** Puts a mail in, unless one from the same source to the same person is there already. True if it went in. */
    public boolean add(String source, String recipient, Notice notice) {
        byte[] random = new byte[16];
        RANDOM.nextBytes(random);
        long now = clock.millis();
        return database.jdbi().withHandle(h -> h.createUpdate("""
                INSERT INTO mail_outbox (id, source, recipient, address, subject, body_text, body_html, created_at,
                                         next_attempt_at)
                VALUES (:id, :source, :recipient, :address, :subject, :text, :html, :now, :now)
                ON CONFLICT (source, recipient) DO NOTHING""")
                .bind("id", "mail_" + HexFormat.of().formatHex(random)).bind("source", source)
                .bind("recipient", recipient).bind("address", notice.address()).bind("subject", notice.subject())
                .bind("text", notice.text()).bind("html", notice.html()).bind("now", now).execute()) == 1;
    }

    /**
     * Sends the mails that are due, each after leasing it. Returns how many the server accepted. A failure is logged
     * (recipient, subject and reason; never a password) and the mail waits for its next try.
     */
    public int deliverDue(MailRelay relay) {
        long now = clock.millis();
        List<Entry> due = database.jdbi().withHandle(h -> h.createQuery("""
                        SELECT * FROM mail_outbox
                        WHERE sent_at IS NULL AND gave_up_at IS NULL AND next_attempt_at <= :now
                          AND (leased_until IS NULL OR leased_until < :now)
                        ORDER BY next_attempt_at, id LIMIT :batch""")
                .bind("now", now).bind("batch", BATCH).map((rs, ctx) -> entry(rs)).list());
        int sent = 0;
        for (Entry entry : due) {
            if (!lease(entry.id())) {
                continue;
            }
            try {
                relay.send(new Notice(entry.address(), entry.subject(), entry.text(), entry.html()));
                settle(entry, null);
                sent++;
            } catch (MailRelay.DeliveryFailed e) {
                settle(entry, e.getMessage());
                // The relay is likely down or refusing: the rest wait for the next tick rather than each spending
                // its own timeout on the scheduler's one thread, which the other jobs share.
                break;
            }
        }
        return sent;
    }

    private boolean lease(String id) {
        long now = clock.millis();
        return database.jdbi().withHandle(h -> h.createUpdate("""
                UPDATE mail_outbox SET leased_until = :until
                WHERE id = :id AND sent_at IS NULL AND gave_up_at IS NULL
                  AND (leased_until IS NULL OR leased_until < :now)""")
                .bind("until", now + LEASE.toMillis()).bind("id", id).bind("now", now).execute()) == 1;
    }

    private void settle(Entry entry, String error) {
        long now = clock.millis();
        int attempts = entry.attempts() + 1;
        boolean giveUp = error != null && attempts >= MAX_ATTEMPTS;
        long wait = Math.min(LONGEST_WAIT.toMillis(), FIRST_WAIT.toMillis() << Math.min(attempts - 1, 20));
        if (error != null) {
            LOG.warn("Mail {} to {} ({}) failed, attempt {} of {}{}: {}", entry.id(), entry.address(),
                    entry.subject(), attempts, MAX_ATTEMPTS, giveUp ? ", given up" : ", tried again in "
                    + Duration.ofMillis(wait).toMinutes() + " min", error);
        }
        database.jdbi().useHandle(h -> h.createUpdate("""
                UPDATE mail_outbox SET attempts = :attempts, leased_until = NULL, sent_at = :sent,
                       gave_up_at = :gaveUp, next_attempt_at = :next, last_error = :error
                WHERE id = :id""")
                .bind("attempts", attempts).bind("sent", error == null ? Long.valueOf(now) : null)
                .bind("gaveUp", giveUp ? Long.valueOf(now) : null).bind("next", now + wait)
                .bind("error", error).bind("id", entry.id()).execute());
    }

    /** Every mail in the outbox for one source (an event id, a digest's day), for tests and support. */
    public List<Entry> from(String source) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT * FROM mail_outbox WHERE source = :source ORDER BY recipient")
                .bind("source", source).map((rs, ctx) -> entry(rs)).list());
    }

    /** The mail from a source to one person, if there is one. */
    public Optional<Entry> find(String source, String recipient) {
        return from(source).stream().filter(e -> e.recipient().equals(recipient)).findFirst();
    }

    private static Entry entry(java.sql.ResultSet rs) throws java.sql.SQLException {
        rs.getLong("sent_at");
        boolean sent = !rs.wasNull();
        rs.getLong("gave_up_at");
        boolean gaveUp = !rs.wasNull();
        return new Entry(rs.getString("id"), rs.getString("source"), rs.getString("recipient"),
                rs.getString("address"), rs.getString("subject"), rs.getString("body_text"), rs.getString("body_html"), rs.getInt("attempts"),
                sent, gaveUp, rs.getString("last_error"));
    }
}
