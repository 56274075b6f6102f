package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.config.Setting;
import dev.hindsight.store.TestDatabases;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Found by the hunt: texts that SQLite keeps or compares without complaint but PostgreSQL refuses, reaching it from
 * a request with no rule in front. PostgreSQL refuses a NUL character in any text ("invalid byte sequence for
 * encoding UTF8: 0x00") and a text longer than its VARCHAR; the server then answers 500 "Internal error" where it
 * should answer 400 naming the field (or, for a filter, simply find nothing). Records already refuse a NUL
 * (PostMortemRules); these paths do not. Each test lists every request that failed, so one run shows them all.
 * The server runs over PostgreSQL in a schema of its own.
 */
class PostgresRefusedTextsTest {

    private static final String NUL = "%00";
    private static final String BLAME = "Marco forgot to update the load balancer certificate.";
    private RunningServer server;
    private String schema;

    @BeforeEach
    void start(@TempDir Path dir) {
        schema = TestDatabases.freshSchemaName();
        TestDatabases.postgres(schema).close();
        String url = TestDatabases.postgresUrl();
        server = new RunningServer(dir, Map.of(Setting.DATABASE_URL,
                url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema));
    }

    @AfterEach
    void stop() {
        server.close();
        TestDatabases.dropPostgres(schema);
    }

    /**
     * Unauthenticated: anyone can make the sign-in form fail with a 500. SignInThrottle.attempt inserts the typed
     * name (cut to 100 characters, never cleaned) into sign_in_failures.
     */
    @Test
    void aSignInWhoseNameHoldsANulIsAnsweredAsAWrongPasswordNotAServerError() {
        HttpResponse<String> answer = server.signIn("adm\u0000in", "not the password at all", null);
        assertThat(answer.statusCode()).as("the sign-in form's answer").isBetween(300, 499);
    }

    /** The same forms posted as multipart/form-data, which a browser may do and the CSRF check accepts. */
    @Test
    void aFormPostedAsMultipartWithANulIsRefusedAsAnyOtherNeverAServerError() {
        RunningServer.SignInForm form = server.signInForm();
        HttpResponse<String> signIn = server.postMultipart("/signin", form.cookie(), Map.of("_csrf", form.token(),
                "name", "adm\u0000in", "password", "not the password at all"));
        assertThat(signIn.statusCode()).as("the sign-in form's answer").isBetween(300, 499);
        String id = server.create("{\"title\": \"Checkout 502s\", \"analysis\": {\"summary\": \"Checkout failed "
                + "for 38 minutes. " + BLAME + "\"}}");
        RunningServer.SignedIn editor = server.browser("editor");
        HttpResponse<String> dismissal = server.postMultipart("/incidents/" + id + "/findings/dismissals",
                editor.cookie(), Map.of("_csrf", editor.csrf(), "rule", "blame.person-failed", "field",
                        "analysis.summary", "excerpt", BLAME, "reason", "the vendor's\u0000bot"));
        assertThat(dismissal.statusCode()).as("the dismissal's answer").isEqualTo(400);
    }

    /**
     * Filters compare the typed text in SQL as it is: the list's text and service (IncidentListing), search's
     * service filter, the action board's owner, team, service and incident (BoardFilter), insights' service.
     */
    @Test
    void aFilterHoldingANulFindsNothingOrIsRefusedNeverAServerError() {
        server.create("{\"title\": \"Checkout 502s\"}");
        List<String> failed = new ArrayList<>();
        for (String path : List.of("/api/v1/incidents?text=" + NUL, "/api/v1/incidents?service=" + NUL,
                "/api/v1/search?q=checkout&service=" + NUL, "/api/v1/search?service=" + NUL,
                "/api/v1/action-items?owner=" + NUL, "/api/v1/action-items?team=" + NUL,
                "/api/v1/action-items?service=" + NUL, "/api/v1/action-items?incident=" + NUL,
                "/api/v1/insights?service=" + NUL)) {
            HttpResponse<String> answer = server.api("GET", path, "viewer", null);
            if (answer.statusCode() >= 500) {
                failed.add(path + " -> " + answer.statusCode());
            }
        }
        assertThat(failed).as("answered with a server error").isEmpty();
    }

    /**
     * Written texts with no rule against a NUL: a webhook's description (WebhookEndpoint), an organisation
     * template's description and source (OrganisationTemplates.save), a dismissal's reason (FindingDismissals).
     */
    @Test
    void aWrittenTextHoldingANulIsRefusedNamingItsFieldNeverAServerError() {
        String id = server.create("{\"title\": \"Checkout 502s\", \"analysis\": {\"summary\": \"Checkout failed "
                + "for 38 minutes. " + BLAME + "\"}}");
        List<String> failed = new ArrayList<>();
        check(failed, "webhook description", server.api("POST", "/api/v1/webhooks", "admin",
                "{\"url\": \"https://hooks.example.com/in\", \"description\": \"chat\\u0000room\"}"));
        check(failed, "template description", server.api("PUT", "/api/v1/templates/with-nul", "admin",
                "{\"source\": \"# {{title}}\\n\", \"description\": \"one\\u0000two\"}"));
        check(failed, "template source", server.api("PUT", "/api/v1/templates/with-nul-source", "admin",
                "{\"source\": \"# {{title}}\\u0000\\n\"}"));
        check(failed, "dismissal reason", server.api("POST", "/api/v1/incidents/" + id + "/findings/dismissals",
                "editor", "{\"rule\": \"blame.person-failed\", \"field\": \"analysis.summary\", \"excerpt\": \""
                        + BLAME + "\", \"reason\": \"the vendor's\\u0000bot\"}"));
        assertThat(failed).as("not refused with a 400").isEmpty();
    }

    /**
     * The account page's forms: a token's label (NUL, or past api_tokens.label's 200 characters) and the admin's
     * new account in more groups than users.groups_list's 1,000 characters hold (Accounts; see AccountLimitsTest).
     */
    @Test
    void theAccountFormsRefuseALabelOrGroupsTheStoreCannotHoldNamingTheField() {
        RunningServer.SignedIn admin = server.browser("admin");
        List<String> failed = new ArrayList<>();
        check(failed, "token label with a NUL", server.post("/account/tokens", admin,
                Map.of("label", "alert\u0000manager")));
        check(failed, "token label of 250 characters", server.post("/account/tokens", admin,
                Map.of("label", "alertmanager ".repeat(20))));
        StringBuilder groups = new StringBuilder();
        for (int i = 0; i < 20; i++) {
            groups.append(i == 0 ? "" : ",").append("group-").append(i).append("-").append("x".repeat(50));
        }
        check(failed, "twenty groups of 60 characters", server.post("/account/users", admin, Map.of("name", "bo",
                "role", "viewer", "password", RunningServer.PASSWORD, "groups", groups.toString())));
        assertThat(failed).as("not refused with a 400").isEmpty();
    }

    private static void check(List<String> failed, String what, HttpResponse<String> answer) {
        if (answer.statusCode() != 400) {
            failed.add(what + " -> " + answer.statusCode() + " " + answer.body().lines().findFirst().orElse("")
                    .substring(0, Math.min(160, answer.body().lines().findFirst().orElse("").length())));
        }
    }
}
