package dev.hindsight.mail;

import java.util.Objects;

/**
 * How to reach the SMTP server that sends Hindsight's mail. An empty host means mail is off. {@link #toString()}
 * never shows the password. Immutable.
 */
public record SmtpSettings(String host, int port, String user, String password, String from, Security security) {

    /** How the connection to the server is protected. */
    public enum Security {
        /** Upgrade with STARTTLS, and send nothing if the server cannot: the default. */
        STARTTLS,
        /** Upgrade with STARTTLS when the server offers it, else send in the clear (a relay on localhost). */
        STARTTLS_IF_OFFERED,
        /** TLS from the first byte (usually port 465). */
        TLS,
        /** Never encrypt: only for a relay on the same machine or a test server. */
        NONE
    }

    public SmtpSettings {
        host = host == null ? "" : host.strip();
        user = user == null ? "" : user.strip();
        password = password == null ? "" : password;
        from = from == null ? "" : from.strip();
        Objects.requireNonNull(security, "security is null");
    }

    public static SmtpSettings off() {
        return new SmtpSettings("", 587, "", "", "", Security.STARTTLS);
    }

    public boolean enabled() {
        return !host.isEmpty();
    }

    /** Where mail goes, for logs: the server and sender, never the password. */
    public String describe() {
        return host + ":" + port + " (" + security.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-')
                + (user.isEmpty() ? "" : ", as " + user) + ") from " + from;
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host + ", port=" + port + ", user=" + user + ", password="
                + (password.isEmpty() ? "" : "****") + ", from=" + from + ", security=" + security + "]";
    }
}
