package dev.hindsight.mail;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Date;
import java.util.Objects;
import java.util.Properties;

/**
 * Hands mails to the configured SMTP server, one connection per mail (a few mails a minute at most). Every wait is
 * bounded so a dead server fails a send in seconds. Failures come out as {@link DeliveryFailed} with a message
 * that never contains the password. Thread-safe.
 */
public final class MailRelay {

    private static final String TIMEOUT_MILLIS = "10000";

    private final SmtpSettings settings;
    private final Clock clock;
    private final Session session;

    public MailRelay(SmtpSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        if (!settings.enabled()) {
            throw new IllegalArgumentException("no SMTP host is set");
        }
        this.session = Session.getInstance(properties(settings));
    }

    /** A mail could not be handed over; the reason is safe to log and store. */
    public static final class DeliveryFailed extends Exception {
        private static final long serialVersionUID = 1L;

        DeliveryFailed(String message) {
            super(message);
        }
    }

    private static Properties properties(SmtpSettings s) {
        Properties p = new Properties();
        String protocol = s.security() == SmtpSettings.Security.TLS ? "smtps" : "smtp";
        String prefix = "mail." + protocol + ".";
        p.put("mail.transport.protocol", protocol);
        p.put(prefix + "host", s.host());
        p.put(prefix + "port", String.valueOf(s.port()));
        p.put(prefix + "connectiontimeout", TIMEOUT_MILLIS);
        p.put(prefix + "timeout", TIMEOUT_MILLIS);
        p.put(prefix + "writetimeout", TIMEOUT_MILLIS);
        p.put(prefix + "auth", String.valueOf(!s.user().isEmpty()));
        p.put(prefix + "from", s.from());
        switch (s.security()) {
            case STARTTLS -> {
                p.put(prefix + "starttls.enable", "true");
                p.put(prefix + "starttls.required", "true");
                p.put(prefix + "ssl.checkserveridentity", "true");
            }
            case STARTTLS_IF_OFFERED -> {
                p.put(prefix + "starttls.enable", "true");
                p.put(prefix + "ssl.checkserveridentity", "true");
            }
            case TLS -> p.put(prefix + "ssl.checkserveridentity", "true");
            case NONE -> p.put(prefix + "starttls.enable", "false");
        }
        return p;
    }

    /** Sends one mail, or says why not. */
    public void send(Notice notice) throws DeliveryFailed {
        try {
            MimeMessage message = new MimeMessage(session);
            message.setFrom(new InternetAddress(settings.from(), true));
            message.setRecipient(Message.RecipientType.TO, new InternetAddress(notice.address(), true));
            message.setSubject(notice.subject(), StandardCharsets.UTF_8.name());
            message.setSentDate(Date.from(clock.instant()));
            // Automatic mail: no out-of-office replies to it (RFC 3834).
            message.setHeader("Auto-Submitted", "auto-generated");
            if (notice.html() == null) {
                message.setText(notice.text(), StandardCharsets.UTF_8.name());
            } else {
                MimeBodyPart text = new MimeBodyPart();
                text.setText(notice.text(), StandardCharsets.UTF_8.name());
                MimeBodyPart html = new MimeBodyPart();
                html.setText(notice.html(), StandardCharsets.UTF_8.name(), "html");
                message.setContent(new MimeMultipart("alternative", text, html));
            }
            message.saveChanges();
            try (Transport transport = session.getTransport()) {
                transport.connect(settings.host(), settings.port(), settings.user().isEmpty() ? null : settings.user(),
                        settings.user().isEmpty() ? null : settings.password());
                transport.sendMessage(message, message.getAllRecipients());
            }
        } catch (MessagingException | RuntimeException e) {
            throw new DeliveryFailed(reason(e));
        }
    }

    /** The failure as one line, with its causes, and with the password masked should a server ever echo it. */
    private String reason(Exception e) {
        StringBuilder out = new StringBuilder("SMTP " + settings.host() + ":" + settings.port() + ": ");
        Throwable at = e;
        for (int depth = 0; at != null && depth < 4; depth++, at = at.getCause()) {
            out.append(depth == 0 ? "" : " <- ").append(at.getClass().getSimpleName());
            if (at.getMessage() != null) {
                out.append(' ').append(at.getMessage());
            }
        }
        String line = Notice.oneLine(out.toString());
        if (!settings.password().isEmpty()) {
            line = line.replace(settings.password(), "****");
        }
        return line.length() > 480 ? line.substring(0, 480) + "…" : line;
    }
}
