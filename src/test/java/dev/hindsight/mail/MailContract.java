package dev.hindsight.mail;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.schedule.OverdueSweep;
import dev.hindsight.schedule.ScheduledJob;
import dev.hindsight.schedule.Scheduler;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import jakarta.mail.Message;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.net.ServerSocket;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What mail promises, end to end: events and the schedule on a real database, mails through a real SMTP server
 * (GreenMail) started here, two nodes sharing the database. On whichever database a subclass names.
 */
abstract class MailContract {

    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final String PASSWORD = "s3cret-smtp-password";

    /** Monday 2026-03-09, 10:00 in Berlin. */
    private final MutableClock clock = new MutableClock(Instant.parse("2026-03-09T09:00:00Z"));
    private StoreUnderTest store;
    private IncidentsOnRecord record;
    private GreenMail smtp;
    private int smtpPort;
    private final List<Scheduler> nodes = new ArrayList<>();

    abstract DatabaseKind kind();

    @BeforeEach
    void open() throws Exception {
        store = StoreUnderTest.of(kind());
        record = new IncidentsOnRecord(store.database(), clock);
        try (ServerSocket free = new ServerSocket(0)) {
            smtpPort = free.getLocalPort();
        }
        startSmtp();
        Accounts accounts = new Accounts(store.database(), clock);
        accounts.createUser("priya", Role.EDITOR, "a long password 1", Set.of("security"));
        accounts.createUser("jonas", Role.EDITOR, "a long password 2");
        accounts.createUser("amara", Role.VIEWER, "a long password 3");
        Subscribers subscribers = new Subscribers(store.database(), clock);
        subscribers.save(MailPreferences.defaults("priya").withAddress("priya@example.com"));
        subscribers.save(MailPreferences.defaults("jonas").withAddress("jonas@example.com"));
        // amara has an account and no address: never mailed.
        nodes.add(node("node-a"));
        nodes.add(node("node-b"));
    }

    @AfterEach
    void close() {
        smtp.stop();
        store.close();
    }

    private void startSmtp() {
        // The server wants Hindsight's login, so every test also proves that it signs in.
        smtp = new GreenMail(new ServerSetup(smtpPort, "127.0.0.1", "smtp")).withConfiguration(
                com.icegreen.greenmail.configuration.GreenMailConfiguration.aConfig()
                        .withUser("hindsight@example.com", "hindsight", PASSWORD));
        smtp.start();
    }

    private Scheduler node(String name) {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", smtpPort, "hindsight", PASSWORD,
                "hindsight@example.com", SmtpSettings.Security.NONE);
        List<ScheduledJob> jobs = new ArrayList<>(new Mailroom(store.database(), clock, settings,
                URI.create("https://hindsight.example.com")).jobs());
        jobs.add(new OverdueSweep(store.database(), incidents(), clock).job());
        return new Scheduler(store.database(), clock, BERLIN, name, jobs);
    }

    private dev.hindsight.incident.Incidents incidents() {
        return new dev.hindsight.incident.Incidents(store.database(), dev.hindsight.conventions.Conventions.defaults()
                .withTimeZone(BERLIN), clock);
    }

    /** Both nodes tick, a minute apart, {@code minutes} times. */
    private void tick(int minutes) {
        for (int i = 0; i < minutes; i++) {
            nodes.forEach(Scheduler::runDue);
            clock.advance(Duration.ofMinutes(1));
        }
    }

    private List<MimeMessage> received() {
        return Arrays.asList(smtp.getReceivedMessages());
    }

    private static String to(MimeMessage message) throws Exception {
        return Arrays.stream(message.getRecipients(Message.RecipientType.TO)).map(Object::toString)
                .reduce((a, b) -> a + "," + b).orElse("");
    }

    private static String text(Part part) throws Exception {
        if (part.isMimeType("text/plain")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = text(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static String html(Part part) throws Exception {
        if (part.isMimeType("text/html")) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                String found = html(multipart.getBodyPart(i));
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static final String INCIDENT = "{\"incident\":{\"id\":\"INC-2026-0001\",\"title\":\"Checkout returned 502s\","
            + "\"status\":\"in_review\",\"severity\":2}";

    @Test
    void aReviewRequestReachesEachReviewerWithAnAddressOnceThoughTwoNodesTickForMinutes() throws Exception {
        record.incident("INC-2026-0001", "Checkout returned 502s", "in_review");
        record.event("INC-2026-0001", "review.requested", "jonas", INCIDENT + ",\"reviewers\":["
                + "{\"name\":\"Priya Raman\",\"account\":\"priya\",\"role\":\"approver\"},"
                + "{\"name\":\"Amara\",\"account\":\"amara\",\"role\":\"reviewer\"},"
                + "{\"name\":\"Jonas\",\"account\":\"jonas\",\"role\":\"reviewer\"},"
                + "{\"name\":\"Nobody Here\",\"account\":null,\"role\":\"reviewer\"}]}");

        tick(10);

        assertThat(received()).hasSize(1);
        MimeMessage mail = received().get(0);
        assertThat(to(mail)).isEqualTo("priya@example.com");
        assertThat(mail.getSubject()).isEqualTo("[Hindsight] INC-2026-0001 Checkout returned 502s: review requested");
        assertThat(mail.getFrom()[0].toString()).isEqualTo("hindsight@example.com");
        assertThat(text(mail)).contains("jonas asked you to review the post-mortem of INC-2026-0001")
                .contains("https://hindsight.example.com/incidents/INC-2026-0001");
    }

    @Test
    void verdictsGoToTheIncidentsOwnersAndAuthorsButNotToTheReviewerWhoGaveThem() throws Exception {
        record.incident("INC-2026-0001", "Checkout returned 502s", "in_review");
        record.person("INC-2026-0001", "Priya", "owner");
        record.person("INC-2026-0001", "jonas", "author");
        record.event("INC-2026-0001", "review.changes_requested", "jonas", INCIDENT
                + ",\"reviewer\":{\"name\":\"Jonas\",\"account\":\"jonas\",\"role\":\"approver\"},"
                + "\"comment\":\"The timeline misses the <b>rollback</b>.\"}");

        tick(3);

        assertThat(received()).hasSize(1);
        assertThat(to(received().get(0))).isEqualTo("priya@example.com");
        assertThat(received().get(0).getSubject()).endsWith("changes requested by Jonas");
        assertThat(text(received().get(0))).contains("The timeline misses the <b>rollback</b>.");
        assertThat(html(received().get(0))).contains("The timeline misses the &lt;b&gt;rollback&lt;/b&gt;.")
                .doesNotContain("<b>rollback");
    }

    @Test
    void aRestrictedIncidentIsMailedOnlyToThoseWhoMaySeeIt() throws Exception {
        record.incident("INC-2026-0002", "Leaked credentials", "in_review", "group:security");
        record.event("INC-2026-0002", "review.requested", "amara", "{\"incident\":{\"id\":\"INC-2026-0002\","
                + "\"title\":\"Leaked credentials\"},\"reviewers\":[{\"name\":\"Priya\",\"account\":\"priya\"},"
                + "{\"name\":\"Jonas\",\"account\":\"jonas\"}]}");

        tick(2);

        assertThat(received()).extracting(MailContract::to).containsExactly("priya@example.com");
    }

    @Test
    void anOverdueItemIsAnnouncedOnceAndMailedToItsOwnerMatchedWithoutCase() throws Exception {
        dev.hindsight.actions.ActionItem late = dev.hindsight.actions.ActionItem.of("Alert on certificate expiry",
                "PRIYA", dev.hindsight.actions.Priority.P1, LocalDate.of(2026, 3, 8));
        dev.hindsight.actions.ActionItem today = dev.hindsight.actions.ActionItem.of("Due today: not overdue yet",
                "priya", dev.hindsight.actions.Priority.P1, LocalDate.of(2026, 3, 9));
        dev.hindsight.incident.PostMortem created = incidents().create(dev.hindsight.incident.PostMortem
                .draft("Checkout returned 502s").toBuilder().actionItems(List.of(late, today)).build(), "jonas");

        tick(90); // past the next hour: the sweep runs again and must add nothing

        assertThat(new dev.hindsight.incident.IncidentEvents(store.database()).forIncident(created.id()))
                .extracting(dev.hindsight.incident.IncidentEvent::type).filteredOn(t -> t.contains("overdue"))
                .containsExactly("action_item.overdue");
        assertThat(received()).hasSize(1);
        assertThat(to(received().get(0))).isEqualTo("priya@example.com");
        assertThat(received().get(0).getSubject()).isEqualTo("[Hindsight] " + created.id()
                + " Checkout returned 502s: action item overdue: Alert on certificate expiry");
        assertThat(text(received().get(0))).contains("was due on 2026-03-08");
    }

    @Test
    void someoneWhoTurnedReviewRequestsOffGetsNone() throws Exception {
        Subscribers subscribers = new Subscribers(store.database(), clock);
        subscribers.save(subscribers.preferences("priya").withNotifications(false, true, true));
        record.incident("INC-2026-0001", "Checkout returned 502s", "in_review");
        record.event("INC-2026-0001", "review.requested", "jonas", INCIDENT
                + ",\"reviewers\":[{\"name\":\"Priya\",\"account\":\"priya\"}]}");

        tick(3);

        assertThat(received()).isEmpty();
    }

    @Test
    void theDigestGoesOnlyToThoseWhoAskedForItOnceADay() throws Exception {
        Subscribers subscribers = new Subscribers(store.database(), clock);
        subscribers.save(subscribers.preferences("priya").withDailyDigest(true));
        record.incident("INC-2026-0001", "Checkout returned 502s", "in_review");
        record.incident("INC-2026-0002", "Leaked credentials", "draft", "user:jonas");
        record.actionItem("INC-2026-0001", "AI-1", "Alert on certificate expiry", "Priya", "open",
                LocalDate.of(2026, 3, 2).toEpochDay());
        record.actionItem("INC-2026-0001", "AI-2", "Rotate certificates automatically", "priya", "in_progress",
                LocalDate.of(2026, 4, 1).toEpochDay());
        record.actionItem("INC-2026-0002", "AI-1", "Secret incident item", "priya", "open", null);
        record.actionItem("INC-2026-0001", "AI-3", "Jonas's item", "jonas", "open", null);
        record.person("INC-2026-0001", "priya", "reviewer");
        record.date("INC-2026-0001", "follow_up", LocalDate.of(2026, 3, 14), "Check immediate actions");
        record.date("INC-2026-0001", "follow_up", LocalDate.of(2026, 4, 10), "Check all actions");
        record.date("INC-2026-0002", "review_meeting", LocalDate.of(2026, 3, 11), "Review meeting");
        record.person("INC-2026-0002", "priya", "attendee");
        record.incident("INC-2026-0003", "Approved already", "in_review");
        record.person("INC-2026-0003", "priya", "reviewer");
        record.verdict("INC-2026-0003", "priya", dev.hindsight.review.ReviewState.LGTM);
        // 2026-03-10 07:00 in Berlin is 06:00 UTC; tick from 05:58 to past it, and once more later that day.
        clock.advance(Duration.between(clock.instant(), Instant.parse("2026-03-10T05:58:00Z")));

        tick(5);
        clock.advance(Duration.ofHours(5));
        tick(2);

        List<MimeMessage> digests = received().stream().filter(m -> {
            try {
                return m.getSubject().contains("Digest");
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }).toList();
        assertThat(digests).hasSize(1);
        assertThat(to(digests.get(0))).isEqualTo("priya@example.com");
        assertThat(digests.get(0).getSubject()).isEqualTo(
                "[Hindsight] Digest for 2026-03-10: 1 overdue, 1 open, 1 to review");
        String body = text(digests.get(0)).replace("\r\n", "\n");
        assertThat(body).contains("Overdue action items:\n- INC-2026-0001 \"Checkout returned 502s\": AI-1 Alert on "
                        + "certificate expiry (open, due 2026-03-02)")
                .contains("AI-2 Rotate certificates automatically (in progress, due 2026-04-01)")
                .contains("Reviews waiting on you:\n- INC-2026-0001")
                .contains("Review meetings and follow-up reviews in the next 7 days:\n- INC-2026-0001 \"Checkout "
                        + "returned 502s\": follow-up review: Check immediate actions on 2026-03-14")
                .doesNotContain("Check all actions").doesNotContain("Leaked credentials")
                .doesNotContain("Approved already")
                .doesNotContain("Secret incident item").doesNotContain("Jonas's item");
    }

    @Test
    void whileTheRelayIsDownOneRunTriesOneMailAndLeavesTheRestForLaterNotEachItsOwnTimeout() {
        smtp.stop();
        Outbox outbox = new Outbox(store.database(), clock);
        for (String who : List.of("priya", "jonas", "amara")) {
            outbox.add("test:relay-down", who, new Notice(who + "@example.com", "Subject", "Text", "<p>Text</p>"));
        }
        MailRelay relay = new MailRelay(new SmtpSettings("127.0.0.1", smtpPort, "", "", "hindsight@example.com",
                SmtpSettings.Security.NONE), clock);

        assertThat(outbox.deliverDue(relay)).isZero();

        assertThat(List.of("priya", "jonas", "amara")).extracting(who -> outbox.find("test:relay-down", who)
                .orElseThrow().attempts()).containsExactlyInAnyOrder(1, 0, 0);
    }

    @Test
    void mailWrittenWhileTheSmtpServerIsDownIsDeliveredOnceWhenItIsBack() throws Exception {
        smtp.stop();
        record.incident("INC-2026-0001", "Checkout returned 502s", "in_review");
        String event = record.event("INC-2026-0001", "review.requested", "jonas", INCIDENT
                + ",\"reviewers\":[{\"name\":\"Priya\",\"account\":\"priya\"}]}");

        tick(1);
        Outbox.Entry failed = new Outbox(store.database(), clock).find(event, "priya").orElseThrow();
        assertThat(failed.sent()).isFalse();
        assertThat(failed.attempts()).isEqualTo(1);
        assertThat(failed.lastError()).contains("127.0.0.1:" + smtpPort).doesNotContain(PASSWORD);

        startSmtp();
        tick(5);

        assertThat(received()).extracting(MailContract::to).containsExactly("priya@example.com");
        Outbox.Entry sent = new Outbox(store.database(), clock).find(event, "priya").orElseThrow();
        assertThat(sent.sent()).isTrue();
        assertThat(sent.attempts()).isEqualTo(2);
    }

    @Test
    void aTitleWithLineBreaksCannotAddHeadersOrRecipients() throws Exception {
        String evil = "Outage\r\nBcc: mallory@example.com\r\nX-Injected: yes";
        record.incident("INC-2026-0001", evil, "in_review");
        record.event("INC-2026-0001", "review.requested", "jonas", "{\"incident\":{\"id\":\"INC-2026-0001\","
                + "\"title\":" + dev.hindsight.json.Json.write(evil) + "},\"reviewers\":[{\"account\":\"priya\"}]}");

        tick(2);

        assertThat(received()).hasSize(1);
        MimeMessage mail = received().get(0);
        assertThat(mail.getAllRecipients()).extracting(Object::toString).containsExactly("priya@example.com");
        assertThat(mail.getHeader("X-Injected")).isNull();
        assertThat(mail.getHeader("Bcc")).isNull();
        assertThat(mail.getSubject()).isEqualTo("[Hindsight] INC-2026-0001 Outage Bcc: mallory@example.com "
                + "X-Injected: yes: review requested");
        assertThat(smtp.getReceivedMessagesForDomain("example.com")).hasSize(1);
    }

    @Test
    void whenStartTlsIsRequiredNothingGoesToAServerThatCannotEncrypt() {
        SmtpSettings settings = new SmtpSettings("127.0.0.1", smtpPort, "", "", "hindsight@example.com",
                SmtpSettings.Security.STARTTLS);
        MailRelay relay = new MailRelay(settings, clock);

        org.assertj.core.api.Assertions.assertThatThrownBy(() -> relay.send(new Notice("priya@example.com",
                        "Hello", "Secret text", null)))
                .isInstanceOf(MailRelay.DeliveryFailed.class).hasMessageContaining("STARTTLS");
        assertThat(received()).isEmpty();
    }
}
