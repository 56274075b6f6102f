package dev.hindsight.web;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.auth.User;
import dev.hindsight.incident.Principal;
import io.javalin.http.Context;
import java.util.Optional;

/** Who is calling: the account behind the request's bearer token, checked on every API request. */
final class Caller {
    private static final String KEY = "hindsight.user";

    private Caller() {
    }

    /** Finds the account or refuses the request with 401. */
    static void authenticate(Context ctx, Accounts accounts) {
        String header = ctx.header("Authorization");
        if (!isBearer(header)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw Problem.unauthorized();
        }
        User user = bearer(header, accounts).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return Problem.unauthorized();
        });
        ctx.attribute(KEY, user);
    }

    /** The account behind a signed-in browser session, so that pages check roles the same way as the API. */
    static void signedIn(Context ctx, User user) {
        ctx.attribute(KEY, user);
    }

    /** The account behind an {@code Authorization} header, if it holds a valid bearer token. */
    static Optional<User> bearer(String authorization, Accounts accounts) {
        return isBearer(authorization) ? accounts.userForToken(authorization.substring(7).strip()) : Optional.empty();
    }

    private static boolean isBearer(String authorization) {
        return authorization != null && authorization.regionMatches(true, 0, "Bearer ", 0, 7);
    }

    static User user(Context ctx) {
        User user = ctx.attribute(KEY);
        if (user == null) {
            throw Problem.unauthorized();
        }
        return user;
    }

    /** What the caller may see of the incidents. */
    static Principal principal(Context ctx) {
        return principal(user(ctx));
    }

    static Principal principal(User user) {
        return Principal.of(user.name(), user.groups(), user.role() == dev.hindsight.auth.Role.ADMIN);
    }

    /** The caller, if their role allows what {@code needed} may do; otherwise 403. */
    static User require(Context ctx, Role needed) {
        User user = user(ctx);
        if (!user.role().allows(needed)) {
            throw Problem.forbidden(needed.code());
        }
        return user;
    }
}
