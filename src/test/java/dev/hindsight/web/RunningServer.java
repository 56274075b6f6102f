package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import dev.hindsight.incident.Incidents;
import dev.hindsight.json.Json;
import dev.hindsight.store.Database;
import dev.hindsight.template.OrganisationTemplates;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A real Hindsight server on a free port over a real SQLite store, with an account and an API token for each role
 * ("viewer", "editor", "admin") and a viewer in the "security" group ("sam"), all with {@link #PASSWORD}; and the
 * two ways in: API calls with a token, and a browser's signed-in session with its cookie and CSRF token.
 */
final class RunningServer implements AutoCloseable {
    static final String PASSWORD = "a long enough passphrase";
    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-09T10:00:00Z"), ZoneOffset.UTC);
    private static final Pattern CSRF = Pattern.compile("data-csrf=\"([^\"]+)\"");
    private static final Pattern SIGN_IN_TOKEN = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"");

    private final HttpClient http = HttpClient.newHttpClient();
    private final Database database;
    private final Accounts accounts;
    private final HttpServer server;
    private final Map<String, String> tokens = new LinkedHashMap<>();

    RunningServer(Path dir) {
        this(dir, Map.of());
    }

    /** With settings beyond the data directory, such as {@link Setting#TRUSTED_PROXIES}. */
    RunningServer(Path dir, Map<Setting, String> settings) {
        Map<Setting, String> flags = new java.util.EnumMap<>(Setting.class);
        flags.putAll(settings);
        flags.put(Setting.DATA_DIR, dir.toString());
        HindsightConfig config = HindsightConfig.load(flags, Map.of(), null);
        database = config.openDatabase();
        accounts = new Accounts(database, CLOCK);
        for (Role role : Role.values()) {
            accounts.createUser(role.code(), role, PASSWORD);
            tokens.put(role.code(), accounts.createToken(role.code(), "test").secret());
        }
        accounts.createUser("sam", Role.VIEWER, PASSWORD, Set.of("security"));
        tokens.put("sam", accounts.createToken("sam", "test").secret());
        server = HttpServer.start(config, database, new Incidents(database, config.conventions(), CLOCK), accounts,
                new OrganisationTemplates(database, CLOCK), "127.0.0.1", 0);
    }

    /** The accounts of the store behind the server, to check what a request changed. */
    Accounts accounts() {
        return accounts;
    }

    HttpServer server() {
        return server;
    }

    /** The server's store, for a test that plays another node sharing it. */
    Database database() {
        return database;
    }

    /** The API token of "viewer", "editor", "admin" or "sam". */
    String token(String user) {
        return tokens.get(user);
    }

    HttpResponse<String> api(String method, String path, String user, String body, String... headers) {
        HttpRequest.Builder request = request(path).method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                : HttpRequest.BodyPublishers.ofString(body));
        if (user != null) {
            request.header("Authorization", "Bearer " + (tokens.containsKey(user) ? tokens.get(user) : user));
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** Creates an incident through the API as the editor and returns its id. */
    String create(String json) {
        HttpResponse<String> created = api("POST", "/api/v1/incidents", "editor", json);
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        return json(created).get("id").asText();
    }

    int apiTotal(String user) {
        return json(api("GET", "/api/v1/incidents", user, null)).get("total").asInt();
    }

    /** A browser signed in as {@code user}: its cookie and the CSRF token its pages carry. */
    record SignedIn(String cookie, String csrf) {
    }

    /** The sign-in form as a browser loads it: the cookie it sets and the token the form carries (null if none). */
    record SignInForm(String cookie, String token) {
    }

    SignInForm signInForm() {
        HttpResponse<String> form = get("/signin", null);
        String cookie = form.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith("hindsight_signin=")).findFirst().map(c -> c.split(";", 2)[0])
                .orElse(null);
        Matcher token = SIGN_IN_TOKEN.matcher(form.body());
        return new SignInForm(cookie, token.find() ? token.group(1) : null);
    }

    /** Signs in through the form, as a browser does: loads it, then posts it back with its cookie and token. */
    HttpResponse<String> signIn(String user, String password, String next) {
        return signIn(signInForm(), user, password, next);
    }

    /** Posts the sign-in form with the given cookie and token (either may be null), and any extra headers. */
    HttpResponse<String> signIn(SignInForm from, String user, String password, String next, String... headers) {
        Map<String, String> form = new LinkedHashMap<>();
        if (from.token() != null) {
            form.put("_csrf", from.token());
        }
        form.put("name", user);
        form.put("password", password);
        if (next != null) {
            form.put("next", next);
        }
        return postForm("/signin", from.cookie(), form, headers);
    }

    SignedIn browser(String user) {
        HttpResponse<String> signedIn = signIn(user, PASSWORD, null);
        assertThat(signedIn.statusCode()).as(signedIn.body()).isEqualTo(303);
        String cookie = signedIn.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith(Browser.COOKIE + "=")).findFirst().orElseThrow()
                .split(";", 2)[0];
        Matcher csrf = CSRF.matcher(get("/incidents", new SignedIn(cookie, null)).body());
        assertThat(csrf.find()).as("the list page carries the session's CSRF token").isTrue();
        return new SignedIn(cookie, csrf.group(1));
    }

    HttpResponse<String> get(String path, SignedIn browser, String... headers) {
        HttpRequest.Builder request = request(path).GET();
        if (browser != null) {
            request.header("Cookie", browser.cookie());
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A form post; the browser's CSRF token is added unless the form already has a "_csrf" (even null). */
    HttpResponse<String> post(String path, SignedIn browser, Map<String, String> fields, String... headers) {
        Map<String, String> form = new LinkedHashMap<>();
        if (browser != null && !fields.containsKey("_csrf")) {
            form.put("_csrf", browser.csrf());
        }
        form.putAll(fields);
        return postForm(path, browser == null ? null : browser.cookie(), form, headers);
    }

    private HttpResponse<String> postForm(String path, String cookie, Map<String, String> form, String... headers) {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> {
            if (v != null) {
                body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                        .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8));
            }
        });
        HttpRequest.Builder request = request(path).header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /** A form posted as multipart/form-data, as a browser may post any form, with the cookie given (or none). */
    HttpResponse<String> postMultipart(String path, String cookie, Map<String, String> form) {
        String boundary = "----hindsight-test-boundary";
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append("--").append(boundary).append("\r\n")
                .append("Content-Disposition: form-data; name=\"").append(k).append("\"\r\n\r\n")
                .append(v).append("\r\n"));
        body.append("--").append(boundary).append("--\r\n");
        HttpRequest.Builder request = request(path).header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), StandardCharsets.UTF_8));
        if (cookie != null) {
            request.header("Cookie", cookie);
        }
        return send(request);
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(java.time.Duration.ofSeconds(60));
    }

    private HttpResponse<String> send(HttpRequest.Builder request) {
        try {
            return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return Json.mapper().readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(response.body(), e);
        }
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
