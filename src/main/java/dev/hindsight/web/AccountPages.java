package dev.hindsight.web;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.auth.Sessions;
import dev.hindsight.auth.SignInThrottle;
import dev.hindsight.auth.User;
import dev.hindsight.calendar.FeedKind;
import dev.hindsight.calendar.FeedToken;
import dev.hindsight.calendar.FeedTokens;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.mail.MailPreferences;
import dev.hindsight.mail.Subscribers;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accounts in the browser: everyone manages their own password and API tokens; administrators also see every
 * account and make new ones. The command line does the same for scripts and first setup.
 */
public final class AccountPages {
    private static final String PASSWORD_CHANGED = "Your password is changed. Every other browser signed in as you "
            + "is signed out; your API tokens still work: revoke any you do not recognise.";

    private final Accounts accounts;
    private final Sessions sessions;
    private final SignInThrottle throttle;
    private final ClientAddress client;
    private final FeedTokens feeds;
    private final Subscribers subscribers;

    AccountPages(Accounts accounts, Sessions sessions, SignInThrottle throttle, ClientAddress client,
                 FeedTokens feeds, Subscribers subscribers) {
        this.subscribers = subscribers;
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.client = client;
        this.feeds = feeds;
    }

    public record TokenRow(String id, String label, String created, boolean revoked) {
    }

    public record UserRow(String name, String role, String groups, String created) {
    }

    /** A calendar feed as the page lists it: what it holds, never its secret. */
    public record FeedRow(String id, String holds, String label, String created, boolean revoked) {
    }

    /** The account page; {@code newToken} and {@code newFeedUrl} are shown once, right after they are made. */
    public record View(Frame frame, List<TokenRow> tokens, String newToken, List<UserRow> users,
                       List<FieldProblem> problems, String message, List<FeedRow> feeds, String newFeedUrl,
                       MailPreferences mail) {
    }

    void register(RoutesConfig routes) {
        routes.get("/account", ctx -> show(ctx, 200, null, List.of(),
                "changed".equals(ctx.queryParam("password")) ? PASSWORD_CHANGED : null));
        routes.post("/account/password", this::changePassword);
        routes.post("/account/tokens", this::createToken);
        routes.post("/account/tokens/{token}/revoke", this::revokeToken);
        routes.post("/account/users", this::createUser);
        routes.post("/account/calendars", this::createFeed);
        routes.post("/account/calendars/{feed}/revoke", this::revokeFeed);
        routes.post("/account/mail", this::saveMail);
    }

    private void show(Context ctx, int status, String newToken, List<FieldProblem> problems, String message) {
        show(ctx, status, newToken, null, problems, message);
    }

    private void show(Context ctx, int status, String newToken, String newFeedUrl, List<FieldProblem> problems,
                      String message) {
        User me = Caller.require(ctx, Role.VIEWER);
        List<TokenRow> tokens = accounts.tokens(me.name()).stream().map(t -> new TokenRow(t.id(), t.label(),
                IncidentView.shown(t.createdAt(), java.time.ZoneId.of("UTC")), t.revokedAt() != null)).toList();
        List<UserRow> users = me.role().allows(Role.ADMIN) ? accounts.users().stream()
                .map(u -> new UserRow(u.name(), u.role().code(), String.join(", ", new java.util.TreeSet<>(u.groups())),
                        IncidentView.shown(u.createdAt(), java.time.ZoneId.of("UTC")))).toList() : List.of();
        List<FeedRow> feedRows = feeds.list(me.name()).stream().map(f -> new FeedRow(f.id(),
                f.kind() == FeedKind.TEAM ? "team " + f.team() : "your dates", f.label(),
                IncidentView.shown(f.createdAt(), java.time.ZoneId.of("UTC")), !f.active())).toList();
        Pages.render(ctx, status, "account.jte", new View(Pages.frame(ctx, "Your account"), tokens, newToken, users,
                problems, message, feedRows, newFeedUrl, subscribers.preferences(me.name())));
    }

    /** A calendar feed of one's own dates, or of a team's; its URL is shown once. */
    private void createFeed(Context ctx) {
        User me = Caller.require(ctx, Role.VIEWER);
        String team = value(ctx, "team");
        FeedToken.Created created;
        try {
            created = feeds.create(me.name(), team.isEmpty() ? FeedKind.PERSON : FeedKind.TEAM, team,
                    value(ctx, "label"));
        } catch (InvalidInput e) {
            show(ctx, 400, null, null, e.problems(), null);
            return;
        }
        show(ctx, 201, null, CalendarRoute.url(ctx, created.secret()), List.of(), null);
    }

    private void revokeFeed(Context ctx) {
        User me = Caller.require(ctx, Role.VIEWER);
        // Only one's own: someone else's id answers as if it did not exist.
        FeedToken revoked = feeds.revoke(me.name(), ctx.pathParam("feed"));
        show(ctx, 200, null, List.of(), "Revoked calendar feed " + revoked.id() + ".");
    }

    /**
     * Someone holding a stolen session must not be able to guess the current password here either, so the check
     * is throttled exactly as signing in is, under the same count.
     */
    private void changePassword(Context ctx) {
        User me = Caller.require(ctx, Role.VIEWER);
        String address = client.of(ctx);
        Optional<Duration> wait = throttle.attempt(me.name(), address);
        if (wait.isPresent()) {
            ctx.header("Retry-After", String.valueOf(wait.get().toSeconds() + 1));
            show(ctx, 429, null, List.of(new FieldProblem("current", "was wrong too many times: try again in "
                    + SignInPage.minutes(wait.get()))), null);
            return;
        }
        if (accounts.signIn(me.name(), secret(ctx, "current")).isEmpty()) {
            show(ctx, 400, null, List.of(new FieldProblem("current", "is not your current password")), null);
            return;
        }
        throttle.succeeded(me.name(), address);
        try {
            accounts.changePassword(me.name(), secret(ctx, "password"));
        } catch (InvalidInput e) {
            show(ctx, 400, null, e.problems(), null);
            return;
        }
        // The change ended every session of the account; this browser, which just proved the password, goes on
        // in a new one.
        Browser.setCookie(ctx, sessions.start(me));
        ctx.redirect("/account?password=changed", HttpStatus.SEE_OTHER);
    }

    private void createToken(Context ctx) {
        User me = Caller.require(ctx, Role.VIEWER);
        String label = value(ctx, "label");
        if (label.isEmpty()) {
            show(ctx, 400, null, List.of(new FieldProblem("label", "is required: say what the token is for")), null);
            return;
        }
        show(ctx, 201, accounts.createToken(me.name(), label).secret(), List.of(), null);
    }

    private void revokeToken(Context ctx) {
        User me = Caller.require(ctx, Role.VIEWER);
        String id = ctx.pathParam("token");
        // Only one's own tokens: someone else's id answers as if it did not exist.
        if (accounts.tokens(me.name()).stream().noneMatch(t -> t.id().equals(id) && t.revokedAt() == null)) {
            throw new NotFound("active token " + id);
        }
        accounts.revokeToken(id);
        show(ctx, 200, null, List.of(), "Revoked token " + id + ".");
    }

    private void createUser(Context ctx) {
        Caller.require(ctx, Role.ADMIN);
        Role role;
        try {
            role = Coded.parse(Role.class, value(ctx, "role"));
        } catch (IllegalArgumentException e) {
            show(ctx, 400, null, List.of(new FieldProblem("role", e.getMessage())), null);
            return;
        }
        Set<String> groups = Arrays.stream(value(ctx, "groups").split(",")).map(String::strip)
                .filter(g -> !g.isEmpty()).collect(Collectors.toSet());
        try {
            User user = accounts.createUser(value(ctx, "name"), role, secret(ctx, "password"), groups);
            show(ctx, 201, null, List.of(), "Created " + user.role().code() + " " + user.name() + ".");
        } catch (InvalidInput e) {
            show(ctx, 400, null, e.problems(), null);
        }
    }

    /** One's own mail: the address (empty for none) and which mails; a bad address saves nothing. */
    private void saveMail(Context ctx) {
        User me = Caller.require(ctx, Role.VIEWER);
        MailPreferences chosen;
        try {
            chosen = new MailPreferences(me.name(), value(ctx, "email"), checked(ctx, "reviews"),
                    checked(ctx, "verdicts"), checked(ctx, "overdue"), checked(ctx, "digest"));
        } catch (InvalidInput e) {
            show(ctx, 400, null, e.problems(), null);
            return;
        }
        subscribers.save(chosen);
        show(ctx, 200, null, List.of(), chosen.address() == null ? "Saved: Hindsight sends you no mail."
                : "Saved: Hindsight mails " + chosen.address() + ".");
    }

    private static boolean checked(Context ctx, String name) {
        return "on".equals(ctx.formParam(name));
    }

    /** A password as typed: spaces at either end are part of it, as when signing in. */
    private static String secret(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value;
    }

    private static String value(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
