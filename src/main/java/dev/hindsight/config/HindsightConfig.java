package dev.hindsight.config;

import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.review.ApprovalPolicy;
import dev.hindsight.review.ReviewCadence;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NetworkAddress;
import dev.hindsight.mail.MailAddress;
import dev.hindsight.mail.SmtpSettings;
import dev.hindsight.metrics.ResponseTargets;
import dev.hindsight.severity.SeverityScale;
import dev.hindsight.store.Database;
import dev.hindsight.store.DatabaseKind;
import java.io.IOException;
import java.io.Reader;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.stream.Collectors;

/**
 * Hindsight's configuration: one typed object, read once at start-up. Every setting has a default that
 * works on a laptop. Immutable; {@link #toString()} never shows a secret.
 */
public record HindsightConfig(int port, String host, Path dataDir, Database.Synchronous sqliteSynchronous,
                              String databaseUrl, String databaseUser,
                              String databasePassword, int databasePoolSize, SeverityScale severityScale,
                              ZoneId timeZone, String author, List<String> trustedProxies,
                              ActionPolicy actionPolicy, ApprovalPolicy approvalPolicy, ReviewCadence reviewCadence,
                              SmtpSettings smtp, URI baseUrl, ResponseTargets responseTargets) {

    /** The file read when no other is named, if it exists. */
    public static final Path DEFAULT_FILE = Path.of("hindsight.properties");

    public static HindsightConfig defaults() {
        return load(Map.of(), Map.of(), null);
    }

    /**
     * Reads the settings. {@code flags} win over {@code environment}, which wins over the file, which wins
     * over the defaults. Every bad value is reported at once, naming where it came from.
     *
     * @param file the config file, or null to read {@link #DEFAULT_FILE} when it exists
     */
    public static HindsightConfig load(Map<Setting, String> flags, Map<String, String> environment, Path file) {
        Map<Setting, String> fromFile = readFile(file != null ? file : environment.containsKey("HINDSIGHT_CONFIG")
                ? Path.of(environment.get("HINDSIGHT_CONFIG")) : null);
        Map<Setting, String> values = new EnumMap<>(Setting.class);
        Map<Setting, String> origins = new EnumMap<>(Setting.class);
        for (Setting setting : Setting.values()) {
            if (flags.get(setting) != null) {
                values.put(setting, flags.get(setting));
                origins.put(setting, "--" + setting.key());
            } else if (environment.get(setting.environmentVariable()) != null) {
                values.put(setting, environment.get(setting.environmentVariable()));
                origins.put(setting, setting.environmentVariable());
            } else if (fromFile.get(setting) != null) {
                values.put(setting, fromFile.get(setting));
                origins.put(setting, "config file key " + setting.key());
            } else {
                values.put(setting, setting.defaultValue());
                origins.put(setting, "default " + setting.key());
            }
        }
        return parse(values, origins, environment);
    }

    private static HindsightConfig parse(Map<Setting, String> v, Map<Setting, String> origin,
                                         Map<String, String> environment) {
        List<FieldProblem> problems = new ArrayList<>();
        int port = number(Setting.PORT, v, origin, 1, 65535, problems);
        int pool = number(Setting.DATABASE_POOL_SIZE, v, origin, 1, 500, problems);
        SeverityScale scale = SeverityScale.preset(v.get(Setting.SEVERITY_SCALE).strip()).orElse(null);
        if (scale == null) {
            problems.add(new FieldProblem(origin.get(Setting.SEVERITY_SCALE), "'" + v.get(Setting.SEVERITY_SCALE)
                    + "' is not a severity scale preset (one of: " + SeverityScale.presets().stream()
                    .map(SeverityScale::name).collect(Collectors.joining(", ")) + ")"));
        }
        ZoneId zone = null;
        try {
            zone = ZoneId.of(v.get(Setting.TIME_ZONE).strip());
        } catch (DateTimeException e) {
            problems.add(new FieldProblem(origin.get(Setting.TIME_ZONE), "'" + v.get(Setting.TIME_ZONE)
                    + "' is not a time zone (use a name like Europe/Berlin, America/Los_Angeles or UTC)"));
        }
        Database.Synchronous synchronous = null;
        String sync = v.get(Setting.SQLITE_SYNCHRONOUS).strip().toUpperCase(java.util.Locale.ROOT);
        for (Database.Synchronous mode : Database.Synchronous.values()) {
            if (mode.name().equals(sync)) {
                synchronous = mode;
            }
        }
        if (synchronous == null) {
            problems.add(new FieldProblem(origin.get(Setting.SQLITE_SYNCHRONOUS), "'"
                    + v.get(Setting.SQLITE_SYNCHRONOUS) + "' is not a synchronous mode (full or normal)"));
        }
        String url = v.get(Setting.DATABASE_URL).strip();
        if (!url.isEmpty()) {
            try {
                DatabaseKind.of(url);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem(origin.get(Setting.DATABASE_URL), e.getMessage()));
            }
        }
        List<String> proxies = new ArrayList<>();
        for (String proxy : v.get(Setting.TRUSTED_PROXIES).split(",")) {
            if (proxy.isBlank()) {
                continue;
            }
            NetworkAddress.parse(proxy).ifPresentOrElse(a -> proxies.add(a.getHostAddress()), () -> problems.add(
                    new FieldProblem(origin.get(Setting.TRUSTED_PROXIES), "'" + proxy.strip() + "' is not an IP "
                            + "address (name each proxy by its address, such as 10.0.0.5 or fd00::5)")));
        }
        ActionPolicy actionPolicy = ActionPolicy.preset(v.get(Setting.ACTION_POLICY)).orElse(null);
        if (actionPolicy == null) {
            problems.add(new FieldProblem(origin.get(Setting.ACTION_POLICY), "'" + v.get(Setting.ACTION_POLICY)
                    + "' is not an action-item policy preset (one of: " + ActionPolicy.presets().stream()
                    .map(ActionPolicy::name).collect(Collectors.joining(", ")) + ")"));
        }
        String renew = v.get(Setting.APPROVALS_RENEW).strip().toLowerCase(java.util.Locale.ROOT);
        if (!renew.equals("true") && !renew.equals("false")) {
            problems.add(new FieldProblem(origin.get(Setting.APPROVALS_RENEW), "'" + v.get(Setting.APPROVALS_RENEW)
                    + "' is not true or false"));
        }
        ApprovalPolicy approvals = new ApprovalPolicy(commaList(v.get(Setting.APPROVAL_ROLES)),
                renew.equals("true"), commaList(v.get(Setting.WAIVER_ROLES)));
        ReviewCadence cadence = null;
        try {
            cadence = ReviewCadence.parse(v.get(Setting.REVIEW_CADENCE));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(origin.get(Setting.REVIEW_CADENCE), e.getMessage()));
        }
        ResponseTargets targets = null;
        try {
            targets = ResponseTargets.parse(v.get(Setting.RESPONSE_TARGETS));
        } catch (IllegalArgumentException e) {
            problems.add(new FieldProblem(origin.get(Setting.RESPONSE_TARGETS), e.getMessage()));
        }
        SmtpSettings smtp = smtp(v, origin, problems);
        URI baseUrl = baseUrl(v, origin, port, problems);
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        String author = v.get(Setting.AUTHOR).strip();
        if (author.isEmpty()) {
            author = environment.getOrDefault("USER", System.getProperty("user.name", "hindsight"));
        }
        return new HindsightConfig(port, v.get(Setting.HOST).strip(), Path.of(v.get(Setting.DATA_DIR).strip()),
                synchronous, url, v.get(Setting.DATABASE_USER).strip(), v.get(Setting.DATABASE_PASSWORD), pool, scale,
                zone, author, List.copyOf(proxies), actionPolicy, approvals, cadence, smtp, baseUrl, targets);
    }

    private static List<String> commaList(String value) {
        return java.util.Arrays.stream(value.split(",")).map(String::strip).filter(r -> !r.isEmpty()).toList();
    }

    private static SmtpSettings smtp(Map<Setting, String> v, Map<Setting, String> origin, List<FieldProblem> problems) {
        int port = number(Setting.SMTP_PORT, v, origin, 1, 65535, problems);
        String mode = v.get(Setting.SMTP_SECURITY).strip().toUpperCase(java.util.Locale.ROOT).replace('-', '_');
        SmtpSettings.Security security = java.util.Arrays.stream(SmtpSettings.Security.values())
                .filter(s -> s.name().equals(mode)).findFirst().orElse(null);
        if (security == null) {
            problems.add(new FieldProblem(origin.get(Setting.SMTP_SECURITY), "'" + v.get(Setting.SMTP_SECURITY)
                    + "' is not an SMTP security mode (starttls, starttls-if-offered, tls or none)"));
            security = SmtpSettings.Security.STARTTLS;
        }
        String host = v.get(Setting.SMTP_HOST).strip();
        String from = v.get(Setting.SMTP_FROM).strip();
        if (!host.isEmpty() && from.isEmpty()) {
            problems.add(new FieldProblem(origin.get(Setting.SMTP_FROM), "is required when smtp-host is set: the "
                    + "sender address of Hindsight's mails"));
        } else if (!from.isEmpty()) {
            try {
                MailAddress.check(origin.get(Setting.SMTP_FROM), from);
            } catch (InvalidInput e) {
                problems.addAll(e.problems());
            }
        }
        return new SmtpSettings(host, port, v.get(Setting.SMTP_USER), v.get(Setting.SMTP_PASSWORD), from, security);
    }

    /** The site's address for links in mails: the setting, else this server's own address. */
    private static URI baseUrl(Map<Setting, String> v, Map<Setting, String> origin, int port,
                               List<FieldProblem> problems) {
        String text = v.get(Setting.BASE_URL).strip();
        if (text.isEmpty()) {
            String host = v.get(Setting.HOST).strip();
            host = host.equals("0.0.0.0") || host.equals("::") ? "localhost" : host.contains(":") ? "[" + host + "]"
                    : host;
            return URI.create("http://" + host + ":" + port);
        }
        try {
            URI uri = new URI(text.endsWith("/") ? text.substring(0, text.length() - 1) : text);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null
                    && uri.getQuery() == null && uri.getFragment() == null && uri.getUserInfo() == null) {
                return uri;
            }
        } catch (java.net.URISyntaxException e) {
            // reported below
        }
        problems.add(new FieldProblem(origin.get(Setting.BASE_URL), "'" + text + "' is not an http(s) address "
                + "without query or fragment, such as https://hindsight.example.com"));
        return null;
    }

    private static int number(Setting s, Map<Setting, String> v, Map<Setting, String> origin, int min, int max,
                              List<FieldProblem> problems) {
        try {
            int n = Integer.parseInt(v.get(s).strip());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        problems.add(new FieldProblem(origin.get(s), "'" + v.get(s) + "' is not a whole number from " + min
                + " to " + max));
        return min;
    }

    private static Map<Setting, String> readFile(Path named) {
        Path file = named != null ? named : DEFAULT_FILE;
        Map<Setting, String> out = new EnumMap<>(Setting.class);
        if (!Files.isRegularFile(file)) {
            if (named != null) {
                throw InvalidInput.of("config file", file + " does not exist");
            }
            return out;
        }
        Properties properties = new Properties();
        try (Reader reader = Files.newBufferedReader(file)) {
            properties.load(reader);
        } catch (IOException e) {
            throw InvalidInput.of("config file", "cannot read " + file + ": " + e.getMessage());
        }
        List<FieldProblem> unknown = new ArrayList<>();
        for (String key : properties.stringPropertyNames()) {
            Setting match = null;
            for (Setting s : Setting.values()) {
                if (s.key().equals(key)) {
                    match = s;
                }
            }
            if (match == null) {
                unknown.add(new FieldProblem(file + ": " + key, "is not a setting (known: " + java.util.Arrays
                        .stream(Setting.values()).map(Setting::key).collect(Collectors.joining(", ")) + ")"));
            } else {
                out.put(match, properties.getProperty(key));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInput(unknown);
        }
        return out;
    }

    public DatabaseKind databaseKind() {
        return databaseUrl.isEmpty() ? DatabaseKind.SQLITE : DatabaseKind.of(databaseUrl);
    }

    /** Opens the configured store, bringing its schema up to date. */
    public Database openDatabase() {
        return databaseUrl.isEmpty() ? Database.sqlite(dataDir, sqliteSynchronous, 0)
                : Database.postgres(databaseUrl, databaseUser, databasePassword, databasePoolSize);
    }

    public Conventions conventions() {
        return Conventions.defaults().withSeverityScale(severityScale).withTimeZone(timeZone)
                .withFollowThrough(actionPolicy, approvalPolicy, reviewCadence).withTargets(responseTargets);
    }

    /** Where the data is, for people: the SQLite file or the PostgreSQL URL without credentials. */
    public String describeStore() {
        return databaseUrl.isEmpty() ? "SQLite at " + dataDir.resolve("hindsight.db").toAbsolutePath().normalize()
                : "PostgreSQL at " + Secrets.maskUrl(databaseUrl);
    }

    @Override
    public String toString() {
        return "HindsightConfig[port=" + port + ", host=" + host + ", dataDir=" + dataDir + ", sqliteSynchronous="
                + sqliteSynchronous + ", databaseUrl="
                + Secrets.maskUrl(databaseUrl) + ", databaseUser=" + databaseUser + ", databasePassword="
                + (databasePassword == null || databasePassword.isEmpty() ? "" : "****") + ", databasePoolSize="
                + databasePoolSize + ", severityScale=" + severityScale.name() + ", timeZone=" + timeZone
                + ", author=" + author + ", trustedProxies=" + trustedProxies + ", smtp=" + smtp + ", baseUrl=" + baseUrl
                + "]";
    }
}
