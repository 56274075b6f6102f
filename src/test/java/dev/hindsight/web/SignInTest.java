package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

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
                .as("the same address trying another account waits too").isEqualTo(429);
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

    @ParameterizedTest
    @ValueSource(strings = {"//evil.example", "//evil.example/incidents", "https://evil.example/", "/\\evil.example",
        "\\\\evil.example", "/\t/evil.example", "/\n/evil.example", " //evil.example", "javascript:alert(1)",
        "evil.example"})
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

    /** How a browser reads a Location: tabs and newlines dropped, backslashes as slashes, spaces trimmed. */
    private static void isOnThisSite(String location) {
        String read = location.replaceAll("[\\t\\n\\r]", "").replace('\\', '/').strip();
        assertThat(read).as("Location " + List.of(location)).startsWith("/").doesNotStartWith("//");
    }
}
