package dev.hindsight.web;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.SignInThrottle;
import dev.hindsight.auth.Sessions;
import dev.hindsight.auth.User;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.Duration;
import java.util.Optional;

/** Signing in and out of the web pages. */
public final class SignInPage {
    private final Accounts accounts;
    private final Sessions sessions;
    private final SignInThrottle throttle;

    SignInPage(Accounts accounts, Sessions sessions, SignInThrottle throttle) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
    }

    public record View(Frame frame, String name, String next, String error) {
    }

    void form(Context ctx) {
        if (sessions.find(ctx.cookie(Browser.COOKIE)).isPresent()) {
            ctx.redirect(next(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        Pages.render(ctx, 200, "signin.jte", new View(Frame.anonymous("Sign in"), "", next(ctx.queryParam("next")),
                null));
    }

    void signIn(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String next = next(ctx.formParam("next"));
        String address = ctx.ip();
        Optional<Duration> wait = throttle.attempt(name, address);
        if (wait.isPresent()) {
            long minutes = Math.max(1, (wait.get().toSeconds() + 59) / 60);
            ctx.header("Retry-After", String.valueOf(wait.get().toSeconds() + 1));
            Pages.render(ctx, 429, "signin.jte", new View(Frame.anonymous("Sign in"), name, next,
                    "Too many failed sign-ins. Try again in " + minutes + (minutes == 1 ? " minute." : " minutes.")));
            return;
        }
        Optional<User> user = accounts.signIn(name, password);
        if (user.isEmpty()) {
            Pages.render(ctx, 401, "signin.jte", new View(Frame.anonymous("Sign in"), name, next,
                    "That name and password do not match an account."));
            return;
        }
        throttle.succeeded(name, address);
        Browser.setCookie(ctx, sessions.start(user.get()));
        ctx.redirect(next, HttpStatus.SEE_OTHER);
    }

    void signOut(Context ctx) {
        sessions.end(ctx.cookie(Browser.COOKIE));
        Browser.clearCookie(ctx);
        ctx.redirect("/signin", HttpStatus.SEE_OTHER);
    }

    /** Only a path on this site: "next" must never send someone to another site after signing in. */
    static String next(String next) {
        if (next == null || !next.startsWith("/") || next.startsWith("//") || next.startsWith("/\\")
                || next.startsWith("/signin")) {
            return "/incidents";
        }
        return next;
    }
}
