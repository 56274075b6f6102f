package dev.hindsight.web;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.auth.User;
import io.javalin.http.Context;

/** Who is calling: the account behind the request's bearer token, checked on every API request. */
final class Caller {
    private static final String KEY = "hindsight.user";

    private Caller() {
    }

    /** Finds the account or refuses the request with 401. */
    static void authenticate(Context ctx, Accounts accounts) {
        String header = ctx.header("Authorization");
        if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
            ctx.header("WWW-Authenticate", "Bearer");
            throw Problem.unauthorized();
        }
        User user = accounts.userForToken(header.substring(7).strip()).orElseThrow(() -> {
            ctx.header("WWW-Authenticate", "Bearer error=\"invalid_token\"");
            return Problem.unauthorized();
        });
        ctx.attribute(KEY, user);
    }

    /** The account behind a signed-in browser session, so that pages check roles the same way as the API. */
    static void signedIn(Context ctx, User user) {
        ctx.attribute(KEY, user);
    }

    static User user(Context ctx) {
        User user = ctx.attribute(KEY);
        if (user == null) {
            throw Problem.unauthorized();
        }
        return user;
    }

    /** What the caller may see of the incidents. */
    static dev.hindsight.incident.Principal principal(Context ctx) {
        User user = user(ctx);
        return dev.hindsight.incident.Principal.of(user.name(), user.groups());
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
