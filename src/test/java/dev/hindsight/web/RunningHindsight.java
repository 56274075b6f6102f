package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.config.Setting;
import dev.hindsight.demo.DemoIncidents;
import dev.hindsight.incident.Incidents;
import dev.hindsight.store.Database;
import dev.hindsight.template.OrganisationTemplates;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Map;
import java.util.Set;

/**
 * A real server on a free port over a fresh SQLite store with the demo incidents, and the people the browser
 * tests sign in as: editors alice and bob, administrator ada, viewer victor, and viewer sam in group security.
 */
final class RunningHindsight implements AutoCloseable {
    static final String PASSWORD = "a long enough passphrase";

    final Database database;
    final Incidents incidents;
    final Accounts accounts;
    final HttpServer server;

    RunningHindsight(Path dir) {
        HindsightConfig config = HindsightConfig.load(Map.of(Setting.DATA_DIR, dir.toString()), Map.of(), null);
        database = config.openDatabase();
        Clock clock = Clock.systemUTC();
        accounts = new Accounts(database, clock);
        accounts.createUser("alice", Role.EDITOR, PASSWORD);
        accounts.createUser("bob", Role.EDITOR, PASSWORD);
        accounts.createUser("ada", Role.ADMIN, PASSWORD);
        accounts.createUser("victor", Role.VIEWER, PASSWORD);
        accounts.createUser("sam", Role.VIEWER, PASSWORD, Set.of("security"));
        incidents = new Incidents(database, config.conventions(), clock);
        DemoIncidents.load(incidents, "demo");
        server = HttpServer.start(config, database, incidents, accounts, new OrganisationTemplates(database, clock),
                "127.0.0.1", 0);
    }

    String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    /** Signs in through the sign-in page, as a person would, and lands on the incident list. */
    Page signIn(BrowserContext context, String name) {
        Page page = context.newPage();
        page.navigate(url("/incidents"));
        assertThat(page).hasURL(java.util.regex.Pattern.compile(".*/signin\\?next=.*"));
        page.getByLabel("User name").fill(name);
        page.getByLabel("Password").fill(PASSWORD);
        page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Sign in")).click();
        assertThat(page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Incidents"))).isVisible();
        return page;
    }

    @Override
    public void close() {
        server.close();
        database.close();
    }
}
