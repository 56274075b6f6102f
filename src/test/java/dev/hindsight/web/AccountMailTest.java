package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.mail.MailPreferences;
import dev.hindsight.mail.Subscribers;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** One's own mail settings on the account page, over HTTP as a browser sends them. */
class AccountMailTest {

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

    private MailPreferences stored(String account) {
        return new Subscribers(server.database(), Clock.systemUTC()).preferences(account);
    }

    @Test
    void anAddressAndTheChosenMailsAreSavedAndShownAgain() {
        RunningServer.SignedIn browser = server.browser("editor");

        HttpResponse<String> saved = server.post("/account/mail", browser, Map.of("email", "priya@example.com",
                "reviews", "on", "digest", "on"));

        assertThat(saved.statusCode()).isEqualTo(200);
        assertThat(saved.body()).contains("Hindsight mails priya@example.com");
        assertThat(stored("editor")).isEqualTo(new MailPreferences("editor", "priya@example.com", true, false,
                false, true));
        assertThat(server.get("/account", browser).body()).contains("value=\"priya@example.com\"")
                .contains("id=\"mail-digest\" name=\"digest\" type=\"checkbox\" checked");
    }

    @Test
    void aBadAddressIsRefusedNamingTheFieldEscapedAndNothingIsSaved() {
        RunningServer.SignedIn browser = server.browser("editor");

        HttpResponse<String> refused = server.post("/account/mail", browser, Map.of(
                "email", "<script>x</script>@example.com", "digest", "on"));

        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("<strong>email</strong>").contains("is not an e-mail address")
                .doesNotContain("<script>x");
        assertThat(stored("editor")).isEqualTo(MailPreferences.defaults("editor"));
    }
}
