package dev.hindsight.config;

/**
 * Every setting Hindsight reads, with where it comes from. A value is taken from, in order: a command-line
 * flag, the environment variable, the config file (key = {@link #key()}), the default.
 */
public enum Setting {
    PORT("port", "8080", "HTTP port to listen on", false),
    HOST("host", "127.0.0.1", "address to listen on; 0.0.0.0 to accept connections from other machines", false),
    DATA_DIR("data-dir", "./hindsight-data", "where the embedded SQLite store lives", false),
    SQLITE_SYNCHRONOUS("sqlite-synchronous", "full", "full: every SQLite commit waits for the disk and survives "
            + "a power loss; normal: faster, but a power loss can drop the last acknowledged changes", false),
    DATABASE_URL("database-url", "", "PostgreSQL JDBC URL, e.g. jdbc:postgresql://db:5432/hindsight; empty = SQLite",
            false),
    DATABASE_USER("database-user", "", "PostgreSQL user, if not in the URL", false),
    DATABASE_PASSWORD("database-password", "", "PostgreSQL password, if not in the URL (never logged)", true),
    DATABASE_POOL_SIZE("database-pool-size", "10", "PostgreSQL connections per node", false),
    SEVERITY_SCALE("severity-scale", "sev-levels",
            "severity scale preset: sev-levels (1-3), sev1-3, sev-1-4, criticality", false),
    TIME_ZONE("time-zone", "UTC", "zone documents show times in unless a record says otherwise", false),
    AUTHOR("author", "", "who the command line records as the author of changes (default: $USER)", false),
    TRUSTED_PROXIES("trusted-proxies", "", "IP addresses of the reverse proxies in front of Hindsight, "
            + "comma-separated; their X-Forwarded-For then names the client (sign-in limits count by it). "
            + "Empty = believe no proxy", false),
    ACTION_POLICY("action-policy", "p-levels", "how soon action items are due by priority: p-levels (P0 48 hours, "
            + "P1 14 days, P2 28 days), horizon-days (Immediate 7, Short-term 30, Long-term 90 days) or "
            + "horizon-months (Immediate 1 week, Short-term 1 month, Long-term 3 months)", false),
    RESPONSE_TARGETS("response-targets", "timeToDetect PT5M; timeToAcknowledge PT5M; timeToMitigate PT30M",
            "response targets at every level: a metric (timeToDetect, timeToAcknowledge, timeToMitigate, "
            + "timeToResolve...) and an ISO-8601 duration, separated by semicolons; the review assistant finds a "
            + "missed one that no action item works on", false),
    APPROVAL_ROLES("approval-roles", "Incident Commander,Technical Lead,Engineering Manager", "reviewer roles that "
            + "must each approve before a post-mortem is final, comma-separated; empty = every reviewer named", false),
    APPROVALS_RENEW("approvals-renew", "true", "true: an approval given before the analysis changed must be given "
            + "again; false: it still counts (shown as given to an older revision)", false),
    WAIVER_ROLES("waiver-roles", "Engineering Manager", "reviewer roles that may make a post-mortem final while "
            + "top-priority action items are open, recording why (admins always may), comma-separated", false),
    REVIEW_CADENCE("review-cadence", "P1W Check immediate actions; P2W Check short-term actions; P1M Check all "
            + "actions; P3M Final review", "follow-up reviews after a review starts: ISO-8601 period and focus, "
            + "separated by semicolons", false),
    BASE_URL("base-url", "", "the address people open Hindsight at, such as https://hindsight.example.com; links "
            + "in mails start with it. Empty = http://HOST:PORT", false),
    SMTP_HOST("smtp-host", "", "SMTP server for notification mails; empty = no mail is sent", false),
    SMTP_PORT("smtp-port", "587", "SMTP port (587 for STARTTLS, 465 for TLS, 25 for a local relay)", false),
    SMTP_USER("smtp-user", "", "SMTP user name, if the server wants one", false),
    SMTP_PASSWORD("smtp-password", "", "SMTP password (never logged)", true),
    SMTP_FROM("smtp-from", "", "sender address of Hindsight's mails, such as hindsight@example.com (required "
            + "with smtp-host)", false),
    SMTP_SECURITY("smtp-security", "starttls", "starttls: upgrade with STARTTLS or send nothing; "
            + "starttls-if-offered: upgrade when the server offers it; tls: TLS from the start (port 465); "
            + "none: never encrypt (only for a relay on the same machine)", false);

    private final String key;
    private final String defaultValue;
    private final String description;
    private final boolean secret;

    Setting(String key, String defaultValue, String description, boolean secret) {
        this.key = key;
        this.defaultValue = defaultValue;
        this.description = description;
        this.secret = secret;
    }

    /** The config-file key: {@code data-dir}. */
    public String key() {
        return key;
    }

    /** The environment variable: {@code HINDSIGHT_DATA_DIR}. */
    public String environmentVariable() {
        return "HINDSIGHT_" + name();
    }

    public String defaultValue() {
        return defaultValue;
    }

    public String description() {
        return description;
    }

    public boolean isSecret() {
        return secret;
    }
}
