package dev.hindsight.web;

import dev.hindsight.actions.board.ActionBoard;
import dev.hindsight.actions.board.Assignments;
import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Sessions;
import dev.hindsight.auth.SignInThrottle;
import dev.hindsight.calendar.CalendarFeeds;
import dev.hindsight.incident.Incidents;
import dev.hindsight.template.OrganisationTemplates;
import io.javalin.config.RoutesConfig;
import io.javalin.http.HttpStatus;
import java.time.Clock;

/** The routes of the web pages, and the sign-in check in front of them. */
final class WebPages {
    private WebPages() {
    }

    /** Adds the pages' routes; returns what must run when the server stops. */
    static Runnable register(RoutesConfig routes, Clock clock, Incidents incidents, Accounts accounts,
                         Sessions sessions, OrganisationTemplates templates, ClientAddress client,
                         Representations documents, CalendarFeeds calendars, ActionBoard board,
                         dev.hindsight.insights.Insights insights, dev.hindsight.lint.StandingFindings findings,
                         dev.hindsight.lint.OrganisationLintSettings lintSettings,
                         dev.hindsight.lint.FindingDismissals dismissals) {
        // One throttle for signing in and for the password page: both check a password, so guesses count alike.
        SignInThrottle throttle = accounts.throttle();
        SignInPage signIn = new SignInPage(accounts, sessions, throttle, client);
        IncidentListPage list = new IncidentListPage(incidents, clock);
        routes.before(ctx -> {
            if (Pages.isPage(ctx) && !open(ctx.path())) {
                Browser.authenticate(ctx, sessions);
            }
        });
        routes.get("/assets/{file}", Assets::serve);
        routes.get("/signin", signIn::form);
        routes.post("/signin", signIn::signIn);
        routes.post("/signout", signIn::signOut);
        routes.get("/", ctx -> ctx.redirect("/incidents", HttpStatus.SEE_OTHER));
        routes.get("/incidents", list::show);
        routes.get("/search", new SearchPage(new dev.hindsight.search.Search(incidents.database(),
                incidents.conventions().timeZone()), incidents)::show);
        routes.get("/actions", new ActionBoardPage(board, incidents.conventions().actionPolicy())::show);
        routes.get("/my-work", new MyWorkPage(new Assignments(incidents, board))::show);
        new InsightsPage(insights).register(routes);
        new ImportPage(new dev.hindsight.importer.DocumentImporter(incidents.conventions()), incidents).register(routes);
        new AccountPages(accounts, sessions, throttle, client, calendars.tokens(),
                new dev.hindsight.mail.Subscribers(incidents.database(), clock)).register(routes);
        new LintSettingsPage(lintSettings).register(routes);
        return new IncidentPages(clock, incidents, templates, documents, findings, dismissals)
                .register(routes);
    }

    /**
     * Pages anyone may load: signing in, the styles and script the sign-in page needs, and calendar feeds (a
     * calendar program cannot sign in: the secret in a feed's URL is its credential).
     */
    private static boolean open(String path) {
        return path.equals("/signin") || path.startsWith("/assets/") || path.startsWith(CalendarRoute.PREFIX);
    }
}
