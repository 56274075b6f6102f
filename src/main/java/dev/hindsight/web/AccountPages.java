package dev.hindsight.web;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.auth.User;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Accounts in the browser: everyone manages their own password and API tokens; administrators also see every
 * account and make new ones. The command line does the same for scripts and first setup.
 */
public final class AccountPages {
    private final Accounts accounts;

    AccountPages(Accounts accounts) {
        this.accounts = accounts;
    }

    public record TokenRow(String id, String label, String created, boolean revoked) {
    }

    public record UserRow(String name, String role, String groups, String created) {
    }

    /** The account page; {@code newToken} is shown once, right after it is made. */
    public record View(Frame frame, List<TokenRow> tokens, String newToken, List<UserRow> users,
                       List<FieldProblem> problems, String message) {
    }

    void register(RoutesConfig routes) {
        routes.get("/account", ctx -> show(ctx, 200, null, List.of(), null));
        routes.post("/account/password", this::changePassword);
        routes.post("/account/tokens", this::createToken);
        routes.post("/account/tokens/{token}/revoke", this::revokeToken);
        routes.post("/account/users", this::createUser);
    }

    private void show(Context ctx, int status, String newToken, List<FieldProblem> problems, String message) {
        User me = Caller.require(ctx, Role.VIEWER);
        List<TokenRow> tokens = accounts.tokens(me.name()).stream().map(t -> new TokenRow(t.id(), t.label(),
                IncidentView.shown(t.createdAt(), java.time.ZoneId.of("UTC")), t.revokedAt() != null)).toList();
        List<UserRow> users = me.role().allows(Role.ADMIN) ? accounts.users().stream()
                .map(u -> new UserRow(u.name(), u.role().code(), String.join(", ", new java.util.TreeSet<>(u.groups())),
                        IncidentView.shown(u.createdAt(), java.time.ZoneId.of("UTC")))).toList() : List.of();
        Pages.render(ctx, status, "account.jte", new View(Pages.frame(ctx, "Your account"), tokens, newToken, users,
                problems, message));
    }

    private void changePassword(Context ctx) {
        User me = Caller.require(ctx, Role.VIEWER);
        if (accounts.signIn(me.name(), value(ctx, "current")).isEmpty()) {
            show(ctx, 400, null, List.of(new FieldProblem("current", "is not your current password")), null);
            return;
        }
        try {
            accounts.changePassword(me.name(), value(ctx, "password"));
        } catch (InvalidInput e) {
            show(ctx, 400, null, e.problems(), null);
            return;
        }
        // Every session of the account ended with the change, this one too: sign in again with the new one.
        Browser.clearCookie(ctx);
        ctx.redirect("/signin", HttpStatus.SEE_OTHER);
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
            User user = accounts.createUser(value(ctx, "name"), role, value(ctx, "password"), groups);
            show(ctx, 201, null, List.of(), "Created " + user.role().code() + " " + user.name() + ".");
        } catch (InvalidInput e) {
            show(ctx, 400, null, e.problems(), null);
        }
    }

    private static String value(Context ctx, String name) {
        String value = ctx.formParam(name);
        return value == null ? "" : value.strip();
    }
}
