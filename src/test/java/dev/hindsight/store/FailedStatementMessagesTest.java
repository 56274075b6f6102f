package dev.hindsight.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Found by the hunt: when a statement fails, its exception's message carries every value bound to it (Jdbi's
 * default message rendering appends the arguments; PostgreSQL's "Failing row contains (...)" detail repeats the row),
 * and the server logs that message whole with the error id (HttpServer's internal error, the command line's "command
 * failed unexpectedly"). So a failed save writes secrets into the log: a webhook's signing secret (seen in the log
 * when registering an endpoint with a created_by over 100 characters failed on PostgreSQL) and an account's password
 * hash (seen when a new account's groups overflowed groups_list). Internal details are to be logged, but never
 * secrets. Here a webhook endpoint row that breaks a rule on both databases (no id) must fail without its
 * signing secret in any message of the exception or its causes.
 */
class FailedStatementMessagesTest {

    private static final String SECRET = "whsec_c2VjcmV0LW5ldmVyLWxvZ2dlZA==";

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aFailedStatementsErrorNeverCarriesTheValuesBoundToIt(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Throwable thrown = catchThrowable(() -> store.database().jdbi().useHandle(h -> h.createUpdate("""
                            INSERT INTO webhook_endpoints (id, url, description, event_types, enabled, signing_secret,
                                                           created_by, created_at)
                            VALUES (:id, :url, '', '', 1, :secret, :by, 0)""")
                    .bindNull("id", java.sql.Types.VARCHAR).bind("url", "https://hooks.example.com/in")
                    .bind("secret", SECRET).bind("by", "priya").execute()));

            assertThat(thrown).as("the row breaks a rule").isNotNull();
            List<String> messages = new ArrayList<>();
            for (Throwable t = thrown; t != null; t = t.getCause() == t ? null : t.getCause()) {
                messages.add(String.valueOf(t));
                for (Throwable s : t.getSuppressed()) {
                    messages.add(String.valueOf(s));
                }
            }
            assertThat(messages).as("the messages a log would hold").noneMatch(m -> m.contains(SECRET));
        }
    }
}
