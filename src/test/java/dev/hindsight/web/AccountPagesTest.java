package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The account page over HTTP as a browser uses it. A fresh server per test: failures count. */
class AccountPagesTest {
    private static final String NEW_PASSWORD = "a brand new passphrase";

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

    private HttpResponse<String> changePassword(RunningServer.SignedIn browser, String current) {
        return server.post("/account/password", browser, Map.of("current", current, "password", NEW_PASSWORD));
    }

    @Test
    void someoneWithAStolenSessionCannotGuessTheCurrentPasswordForever() {
        RunningServer.SignedIn stolen = server.browser("editor");
        for (int i = 0; i < 5; i++) {
            assertThat(changePassword(stolen, "guess number " + i).statusCode()).isEqualTo(400);
        }

        HttpResponse<String> sixth = changePassword(stolen, RunningServer.PASSWORD);

        assertThat(sixth.statusCode()).isEqualTo(429);
        assertThat(sixth.headers().firstValue("retry-after")).isPresent();
        assertThat(sixth.body()).contains("current").contains("try again in");
        assertThat(server.accounts().signIn("editor", NEW_PASSWORD)).as("the password is unchanged").isEmpty();
        assertThat(server.accounts().signIn("editor", RunningServer.PASSWORD)).isPresent();
    }

    @Test
    void changingThePasswordKeepsThisBrowserAndTheApiTokensAndSignsOutEveryOtherBrowser() {
        RunningServer.SignedIn laptop = server.browser("editor");
        RunningServer.SignedIn phone = server.browser("editor");

        HttpResponse<String> changed = changePassword(laptop, RunningServer.PASSWORD);

        assertThat(changed.statusCode()).isEqualTo(303);
        assertThat(changed.headers().firstValue("location")).contains("/account?password=changed");
        String cookie = changed.headers().allValues("set-cookie").stream()
                .filter(c -> c.startsWith(Browser.COOKIE + "=")).findFirst().orElse("").split(";", 2)[0];
        RunningServer.SignedIn stillHere = new RunningServer.SignedIn(cookie, null);
        HttpResponse<String> account = server.get("/account?password=changed", stillHere);
        assertThat(account.statusCode()).isEqualTo(200);
        assertThat(account.body()).contains("password is changed").contains("API tokens still work");
        assertThat(server.get("/incidents", laptop).statusCode()).as("the old session ended").isEqualTo(303);
        assertThat(server.get("/incidents", phone).statusCode()).as("the other browser").isEqualTo(303);
        assertThat(server.api("GET", "/api/v1/incidents", "editor", null).statusCode())
                .as("API tokens are credentials of their own, revoked one by one").isEqualTo(200);
        assertThat(server.accounts().signIn("editor", NEW_PASSWORD)).isPresent();
    }
}
