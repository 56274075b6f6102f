package dev.hindsight.web;

import dev.hindsight.auth.Sessions;
import dev.hindsight.auth.Sessions.Session;
import io.javalin.http.Context;
import io.javalin.http.Cookie;
import io.javalin.http.HttpStatus;
import io.javalin.http.SameSite;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Who is using the web pages: the signed-in session behind the request's cookie. The cookie is HttpOnly (no
 * script can read it) and SameSite=Lax (other sites' forms do not carry it); every form and script that changes
 * something must also send the session's CSRF token, so a change can only come from a page we served.
 */
final class Browser {
    static final String COOKIE = "hindsight_session";
    private static final String KEY = "hindsight.session";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";

    private Browser() {
    }

    /** Before every page: finds the session or sends the browser to sign in; checks CSRF on every change. */
    static void authenticate(Context ctx, Sessions sessions) {
        Session session = sessions.find(ctx.cookie(COOKIE)).orElse(null);
        if (session == null) {
            if ("GET".equals(ctx.method().name())) {
                String next = ctx.path() + (ctx.queryString() == null ? "" : "?" + ctx.queryString());
                ctx.redirect("/signin?next=" + URLEncoder.encode(next, StandardCharsets.UTF_8), HttpStatus.SEE_OTHER);
                ctx.skipRemainingHandlers();
                return;
            }
            throw Problem.unauthorized();
        }
        if (!safe(ctx.method().name())) {
            String sent = ctx.header(CSRF_HEADER);
            if (sent == null) {
                sent = ctx.formParam(CSRF_FIELD);
            }
            if (sent == null || !MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                    session.csrfToken().getBytes(StandardCharsets.UTF_8))) {
                throw new Problem(403, "Form expired", "this form did not carry the token of your session (it may "
                        + "be from before you last signed in); reload the page and try again");
            }
        }
        ctx.attribute(KEY, session);
        Caller.signedIn(ctx, session.user());
    }

    static Session session(Context ctx) {
        Session session = ctx.attribute(KEY);
        if (session == null) {
            throw Problem.unauthorized();
        }
        return session;
    }

    static void setCookie(Context ctx, String secret) {
        Cookie cookie = new Cookie(COOKIE, secret, "/", (int) Sessions.LIFETIME.toSeconds(), secure(ctx), true,
                null, SameSite.LAX);
        ctx.cookie(cookie);
    }

    static void clearCookie(Context ctx) {
        ctx.cookie(new Cookie(COOKIE, "", "/", 0, secure(ctx), true, null, SameSite.LAX));
    }

    /** Behind a TLS-terminating proxy the request arrives as http, so the proxy's header counts too. */
    private static boolean secure(Context ctx) {
        return "https".equalsIgnoreCase(ctx.scheme()) || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
    }

    private static boolean safe(String method) {
        return method.equals("GET") || method.equals("HEAD") || method.equals("OPTIONS");
    }
}
