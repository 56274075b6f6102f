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
    private final ClientAddress client;

    SignInPage(Accounts accounts, Sessions sessions, SignInThrottle throttle, ClientAddress client) {
        this.accounts = accounts;
        this.sessions = sessions;
        this.throttle = throttle;
        this.client = client;
    }

    /** The form; {@code token} ties it to this browser's sign-in cookie. */
    public record View(Frame frame, String name, String next, String token, String error) {
    }

    void form(Context ctx) {
        if (sessions.find(ctx.cookie(Browser.COOKIE)).isPresent()) {
            ctx.redirect(ReturnPath.onThisSite(ctx.queryParam("next")), HttpStatus.SEE_OTHER);
            return;
        }
        show(ctx, 200, "", ReturnPath.onThisSite(ctx.queryParam("next")), null);
    }

    void signIn(Context ctx) {
        String name = Optional.ofNullable(ctx.formParam("name")).orElse("").strip();
        String password = Optional.ofNullable(ctx.formParam("password")).orElse("");
        String next = ReturnPath.onThisSite(ctx.formParam("next"));
        // Login CSRF: another site must not sign this browser in to an account of its choosing. Checked before
        // the password, so a forged post costs no hashing and counts against no one.
        Browser.refuseOtherSites(ctx);
        if (!Browser.signInTokenMatches(ctx)) {
            show(ctx, 403, name, next, "This sign-in form has expired or came from another site. Sign in again "
                    + "here.");
            return;
        }
        String address = client.of(ctx);
        Optional<Duration> wait = throttle.attempt(name, address);
        if (wait.isPresent()) {
            ctx.header("Retry-After", String.valueOf(wait.get().toSeconds() + 1));
            show(ctx, 429, name, next, "Too many failed sign-ins. Try again in " + minutes(wait.get()) + ".");
            return;
        }
        Optional<User> user = accounts.signIn(name, password);
        if (user.isEmpty()) {
            show(ctx, 401, name, next, "That name and password do not match an account.");
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

    private void show(Context ctx, int status, String name, String next, String error) {
        Pages.render(ctx, status, "signin.jte", new View(Frame.anonymous("Sign in"), name, next,
                Browser.signInToken(ctx), error));
    }

    /** A wait as people say it, rounded up to whole minutes. */
    static String minutes(Duration wait) {
        long minutes = Math.max(1, (wait.toSeconds() + 59) / 60);
        return minutes + (minutes == 1 ? " minute" : " minutes");
    }
}
