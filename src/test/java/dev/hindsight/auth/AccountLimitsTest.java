package dev.hindsight.auth;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Found by the hunt: two account texts reach a bounded column with no rule in front of them. SQLite keeps them;
 * PostgreSQL refuses them with "value too long for type character varying(n)", which the web answers with a 500
 * and the command line with "the command failed unexpectedly". Both must be refused naming the field instead.
 */
class AccountLimitsTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-03-10T08:00:00Z"), ZoneOffset.UTC);

    /**
     * Each group name is checked (at most 100 characters) but not how many there are: users.groups_list is
     * VARCHAR(1000) and holds them joined by commas. Twenty groups of 60 characters is 1,219 characters.
     * (Accounts.createUser; reached from "users create --group" and the admin's form at POST /account/users.)
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void anAccountInMoreGroupsThanItsColumnHoldsIsRefusedNamingGroups(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            Set<String> groups = new LinkedHashSet<>();
            for (int i = 0; i < 20; i++) {
                groups.add("group-" + i + "-" + "x".repeat(50));
            }
            assertThatThrownBy(() -> accounts.createUser("priya", Role.VIEWER, "correct horse battery", groups))
                    .isInstanceOf(InvalidInput.class);
        }
    }

    /**
     * A token's label has no length rule: api_tokens.label is VARCHAR(200). (Accounts.createToken; reached from
     * "tokens create --label" and the account page's form at POST /account/tokens.)
     */
    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aTokenLabelLongerThanItsColumnIsRefusedNamingTheLabel(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            accounts.createUser("priya", Role.VIEWER, "correct horse battery");
            assertThatThrownBy(() -> accounts.createToken("priya", "alertmanager ".repeat(20)))
                    .isInstanceOf(InvalidInput.class);
        }
    }

    /**
     * Nothing bounds how many tokens one account holds: any viewer may post the account page's token form without
     * end, every token is a row kept for good (revoked ones too), and every render of the account page lists them
     * all. A calendar feed has such a bound (FeedTokens.ACTIVE_MAX, 50 active); a token has none. A thousand active
     * tokens is far past any use, so the store must have refused one of them by then.
     */
    @ParameterizedTest
    @EnumSource(value = DatabaseKind.class, names = "SQLITE")
    void anAccountCannotHoldActiveTokensWithoutBound(DatabaseKind kind) {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            Accounts accounts = new Accounts(store.database(), CLOCK);
            accounts.createUser("priya", Role.VIEWER, "correct horse battery");
            assertThatThrownBy(() -> {
                for (int i = 0; i < 1_000; i++) {
                    accounts.createToken("priya", "script " + i);
                }
            }).isInstanceOf(InvalidInput.class);
        }
    }
}
