package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.config.Setting;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Signing in and out of the web pages, over HTTP as a browser does it. A fresh server per test: failures count. */
class SignInTest {
    private static final String SIGN_IN_COOKIE = "hindsight_signin";

    @TempDir
    Path dir;

    private RunningServer server;

    @BeforeEach
    void start() {
        server = new RunningServer(dir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private static String sessionCookie(HttpResponse<String> response) {
        return response.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith(Browser.COOKIE + "=")).findFirst().orElse("");
    }

    @Test
    void signingInSetsAnHttpOnlySameSiteCookieAndGoesWhereTheReaderWasHeaded() {
        HttpResponse<String> response = server.signIn("editor", RunningServer.PASSWORD, "/incidents?status=draft");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(response.headers().firstValue("location")).contains("/incidents?status=draft");
        String cookie = sessionCookie(response);
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax")
                .containsIgnoringCase("Path=/");
        assertThat(cookie.split(";", 2)[0]).hasSizeGreaterThan(Browser.COOKIE.length() + 30);
    }

    @Test
    void aPageAskedForWithoutSigningInSendsTheReaderToSignInAndBack() {
        HttpResponse<String> page = server.get("/incidents?text=login", null);

        assertThat(page.statusCode()).isEqualTo(303);
        assertThat(page.headers().firstValue("location")).contains("/signin?next=%2Fincidents%3Ftext%3Dlogin");
        HttpResponse<String> form = server.get("/signin?next=%2Fincidents%3Ftext%3Dlogin", null);
        assertThat(form.statusCode()).isEqualTo(200);
        assertThat(form.body()).contains("name=\"next\" value=\"/incidents?text=login\"");
        assertThat(form.headers().firstValue("content-security-policy")).hasValueSatisfying(
                csp -> assertThat(csp).contains("script-src 'self'").doesNotContain("unsafe-inline"));
    }

    @Test
    void aWrongPasswordIsRefusedWithTheFormAgainAndNoCookie() {
        HttpResponse<String> response = server.signIn("editor", "not the passphrase", null);

        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.body()).contains("do not match").contains("value=\"editor\"")
                .doesNotContain("not the passphrase");
        assertThat(sessionCookie(response)).isEmpty();
        assertThat(server.signIn("nobody", RunningServer.PASSWORD, null).statusCode()).isEqualTo(401);
    }

    @Test
    void afterFiveFailuresTheSixthAttemptWaitsEvenWithTheRightPassword() {
        for (int i = 0; i < 5; i++) {
            assertThat(server.signIn("editor", "guess " + i, null).statusCode()).isEqualTo(401);
        }

        HttpResponse<String> sixth = server.signIn("editor", RunningServer.PASSWORD, null);

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("retry-after")).hasValueSatisfying(seconds ->
                assertThat(Long.parseLong(seconds)).isBetween(1L, 15 * 60L + 1));
        assertThat(sixth.body()).contains("Too many failed sign-ins");
        assertThat(sessionCookie(sixth)).isEmpty();
        assertThat(server.signIn("admin", RunningServer.PASSWORD, null).statusCode())
                .as("guesses at one account hold up only that account from that address").isEqualTo(303);
    }

    @Test
    void someoneGuessingAtTheOnlyAdministratorCannotKeepItsOwnerOut() {
        server.close();
        server = new RunningServer(dir.resolve("behind-a-proxy"), Map.of(Setting.TRUSTED_PROXIES, "127.0.0.1"));
        for (int i = 0; i < 8; i++) {
            assertThat(server.signIn(server.signInForm(), "admin", "guess " + i, null,
                    "X-Forwarded-For", "198.51.100.7").statusCode()).isIn(401, 429);
        }
        assertThat(server.signIn(server.signInForm(), "admin", RunningServer.PASSWORD, null,
                "X-Forwarded-For", "198.51.100.7").statusCode()).as("the guesser waits").isEqualTo(429);

        HttpResponse<String> owner = server.signIn(server.signInForm(), "admin", RunningServer.PASSWORD, null,
                "X-Forwarded-For", "203.0.113.9, 127.0.0.1");

        assertThat(owner.statusCode()).as("the owner, from their own address").isEqualTo(303);
        assertThat(sessionCookie(owner)).isNotEmpty();
    }

    @Test
    void aForwardedForHeaderIsIgnoredUnlessAProxyWeTrustSentIt() {
        for (int i = 0; i < 5; i++) {
            assertThat(server.signIn(server.signInForm(), "editor", "guess " + i, null,
                    "X-Forwarded-For", "198.51.100." + i).statusCode()).isEqualTo(401);
        }

        assertThat(server.signIn(server.signInForm(), "editor", RunningServer.PASSWORD, null,
                "X-Forwarded-For", "203.0.113.9").statusCode()).isEqualTo(429);
    }

    @Test
    void guessesSentAllAtOnceStillGetNoMoreThanFiveAnswers() throws Exception {
        java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(12);
        try {
            List<java.util.concurrent.Future<Integer>> answers = new java.util.ArrayList<>();
            for (int i = 0; i < 12; i++) {
                String guess = "guess " + i;
                answers.add(pool.submit(() -> server.signIn("editor", guess, null).statusCode()));
            }
            List<Integer> statuses = new java.util.ArrayList<>();
            for (var answer : answers) {
                statuses.add(answer.get());
            }

            assertThat(statuses).containsOnly(401, 429);
            assertThat(statuses.stream().filter(s -> s == 401).count()).as(statuses.toString()).isLessThanOrEqualTo(5);
        } finally {
            pool.shutdownNow();
        }
        assertThat(server.signIn("editor", RunningServer.PASSWORD, null).statusCode()).isEqualTo(429);
    }

    @Test
    void signingOutMakesTheOldCookieUseless() {
        RunningServer.SignedIn browser = server.browser("editor");
        assertThat(server.get("/incidents", browser).statusCode()).isEqualTo(200);

        HttpResponse<String> out = server.post("/signout", browser, Map.of());

        assertThat(out.statusCode()).isEqualTo(303);
        assertThat(out.headers().firstValue("location")).contains("/signin");
        assertThat(server.get("/incidents", browser).statusCode()).isEqualTo(303);
        assertThat(server.post("/incidents", browser, Map.of("title", "After signing out", "template", "sev"))
                .statusCode()).isEqualTo(401);
        assertThat(server.apiTotal("admin")).isZero();
    }

    @Test
    void signingOutNeedsTheFormsTokenSoAnotherSiteCannotSignSomeoneOut() {
        RunningServer.SignedIn browser = server.browser("editor");

        assertThat(server.post("/signout", browser, java.util.Collections.singletonMap("_csrf", null)).statusCode())
                .isEqualTo(403);

        assertThat(server.get("/incidents", browser).statusCode()).isEqualTo(200);
    }

    @Test
    void aChangeAnotherSiteStartedIsRefusedEvenWithTheSessionsToken() {
        RunningServer.SignedIn browser = server.browser("editor");

        HttpResponse<String> out = server.post("/signout", browser, Map.of(), "Origin", "https://evil.example",
                "Sec-Fetch-Site", "cross-site");

        assertThat(out.statusCode()).isEqualTo(403);
        assertThat(server.get("/incidents", browser).statusCode()).isEqualTo(200);
    }

    @Test
    void theSignInFormCarriesATokenBoundToAnHttpOnlyCookieOfItsOwn() {
        HttpResponse<String> form = server.get("/signin", null);

        String cookie = form.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith(SIGN_IN_COOKIE + "=")).findFirst().orElse("");
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
        String value = cookie.split(";", 2)[0].substring(SIGN_IN_COOKIE.length() + 1);
        assertThat(value).hasSizeGreaterThanOrEqualTo(43);
        assertThat(form.body()).contains("name=\"_csrf\" value=\"" + value + "\"");
    }

    /** Login CSRF: another site's form must not sign the visitor in to an account of the other site's choosing. */
    @ParameterizedTest
    @ValueSource(strings = {"no token", "no cookie", "neither", "another form's token", "a made-up token"})
    void aSignInWithoutTheTokenOfTheBrowsersOwnFormIsRefusedAndStartsNoSession(String how) {
        RunningServer.SignInForm mine = server.signInForm();
        RunningServer.SignInForm other = server.signInForm();
        RunningServer.SignInForm sent = switch (how) {
            case "no token" -> new RunningServer.SignInForm(mine.cookie(), null);
            case "no cookie" -> new RunningServer.SignInForm(null, mine.token());
            case "neither" -> new RunningServer.SignInForm(null, null);
            case "another form's token" -> new RunningServer.SignInForm(mine.cookie(), other.token());
            default -> new RunningServer.SignInForm(mine.cookie(), "x".repeat(43));
        };

        HttpResponse<String> response = server.signIn(sent, "editor", RunningServer.PASSWORD, null,
                "Origin", "https://evil.example");

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(response.body()).contains("expired or came from another site");
        assertThat(sessionCookie(response)).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cross-site", "same-site"})
    void aSignInTheBrowserSaysAnotherSiteStartedIsRefusedEvenWithAToken(String site) {
        HttpResponse<String> response = server.signIn(server.signInForm(), "editor", RunningServer.PASSWORD, null,
                "Origin", "https://evil.example", "Sec-Fetch-Site", site);

        assertThat(response.statusCode()).isEqualTo(403);
        assertThat(sessionCookie(response)).isEmpty();
    }

    @Test
    void aSignInFromTheSitesOwnFormGoesThrough() {
        HttpResponse<String> response = server.signIn(server.signInForm(), "editor", RunningServer.PASSWORD, null,
                "Sec-Fetch-Site", "same-origin");

        assertThat(response.statusCode()).isEqualTo(303);
        assertThat(sessionCookie(response)).isNotEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/incidents", "https://evil.example/", "/\\evil.example",
        "\\\\evil.example", "/\t/evil.example", "/\n/evil.example", " //evil.example", "javascript:alert(1)",
        "evil.example", "/%09/evil.example", "/%5Cevil.example", "/%5cevil.example", "/%2F%2Fevil.example",
        "/%2f/evil.example", "/%252F%252Fevil.example", "\t//evil.example", "/\u00a0/evil.example",
        "/\u3000/evil.example", "/%E3%80%80/evil.example", "/%0d%0a/evil.example", "http:evil.example",
        "///evil.example"})
    void nextNeverLeadsOffThisSite(String next) {
        HttpResponse<String> signedIn = server.signIn("viewer", RunningServer.PASSWORD, next);

        assertThat(signedIn.statusCode()).isEqualTo(303);
        assertThat(signedIn.headers().firstValue("location")).hasValueSatisfying(SignInTest::isOnThisSite);
        RunningServer.SignedIn browser = server.browser("viewer");
        HttpResponse<String> again = server.get("/signin?next=" + java.net.URLEncoder.encode(next,
                java.nio.charset.StandardCharsets.UTF_8), browser);
        assertThat(again.statusCode()).isEqualTo(303);
        assertThat(again.headers().firstValue("location")).hasValueSatisfying(SignInTest::isOnThisSite);
    }

    /**
     * How the most lenient reader takes a Location: a proxy that decodes it (more than once), then a browser that
     * drops tabs and newlines, reads a backslash as a slash and trims spaces of every kind.
     */
    private static void isOnThisSite(String location) {
        String read = location;
        for (int i = 0; i < 4 && read.contains("%"); i++) {
            try {
                read = java.net.URLDecoder.decode(read.replace("+", "%2B"), java.nio.charset.StandardCharsets.UTF_8);
            } catch (IllegalArgumentException e) {
                break;
            }
        }
        read = read.replaceAll("[\\t\\n\\r]", "").replace('\\', '/').strip()
                .replaceAll("^[\\p{Z}\\s]+", "");
        assertThat(read).as("Location " + List.of(location)).startsWith("/").doesNotStartWith("//")
                .doesNotContainPattern("^/[\\p{Z}\\s\\p{Cc}]");
    }
}
