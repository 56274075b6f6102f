package dev.hindsight.mail;

import dev.hindsight.schedule.Cadence;
import dev.hindsight.schedule.ScheduledJob;
import dev.hindsight.store.Database;
import java.net.URI;
import java.time.Clock;
import java.time.LocalTime;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Mail's jobs for the server's schedule: every minute, new events become mails and due mails are sent; every
 * morning at {@link #DIGEST_AT} (the organisation's zone), the digests are written. Without an SMTP host there are
 * no jobs and nothing is written to the outbox. Immutable.
 */
public final class Mailroom {

    private static final Logger LOG = LoggerFactory.getLogger(Mailroom.class);
    /** When the daily digest is written: before most people start their day. */
    public static final LocalTime DIGEST_AT = LocalTime.of(7, 0);

    private final Outbox outbox;
    private final Notifications notifications;
    private final DailyDigest digest;
    private final MailRelay relay;

    public Mailroom(Database database, Clock clock, SmtpSettings smtp, URI site) {
        NoticeText words = new NoticeText(site);
        this.outbox = new Outbox(database, clock);
        this.notifications = new Notifications(database, clock, outbox, words);
        this.digest = new DailyDigest(database, clock, outbox, words);
        this.relay = new MailRelay(smtp, clock);
    }

    /** The jobs to schedule: none, with a line in the log saying so, when mail is off. */
    public static List<ScheduledJob> jobs(Database database, Clock clock, SmtpSettings smtp, URI site) {
        if (!smtp.enabled()) {
            LOG.info("Mail is off: no SMTP host is set (HINDSIGHT_SMTP_HOST)");
            return List.of();
        }
        LOG.info("Mail goes out through {}; links point at {}", smtp.describe(), site);
        return new Mailroom(database, clock, smtp, site).jobs();
    }

    public List<ScheduledJob> jobs() {
        return List.of(
                new ScheduledJob("mail.send", Cadence.everyMinute(), run -> {
                    notifications.fanOut();
                    outbox.deliverDue(relay);
                }),
                new ScheduledJob("mail.digest", Cadence.dailyAt(DIGEST_AT), run -> digest.compose(run.today())));
    }
}
