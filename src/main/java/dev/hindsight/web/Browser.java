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
import java.security.SecureRandom;
import java.util.Base64;
import java.util.regex.Pattern;

/**
 * Who is using the web pages: the signed-in session behind the request's cookie. The cookie is HttpOnly (no
 * script can read it) and SameSite=Lax (other sites' forms do not carry it); every form and script that changes
 * something must also send the session's CSRF token, so a change can only come from a page we served. Before
 * anyone is signed in, the sign-in form carries a token of its own, bound to a cookie, so that another site
 * cannot sign a visitor in as someone else; and a change a browser says came from another site is refused.
 */
final class Browser {
    static final String COOKIE = "hindsight_session";
    private static final String KEY = "hindsight.session";
    static final String CSRF_FIELD = "_csrf";
    static final String CSRF_HEADER = "X-CSRF-Token";
    /** The sign-in form's cookie: its value is also the token the form sends back (double submit). */
    static final String SIGN_IN_COOKIE = "hindsight_signin";
    private static final Pattern SIGN_IN_TOKEN = Pattern.compile("[A-Za-z0-9_-]{43}");
    private static final SecureRandom RANDOM = new SecureRandom();

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
            refuseOtherSites(ctx);
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

    /**
     * Refuses a change the browser says another site started. Browsers send {@code Sec-Fetch-Site} with every
     * request and no page can forge it; "same-site" is refused too, since a sibling subdomain may be someone
     * else's. Without the header (an old browser, a script) the CSRF tokens still decide.
     */
    static void refuseOtherSites(Context ctx) {
        String site = ctx.header("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            throw new Problem(403, "Refused", "this request came from another site (" + site.strip() + "); "
                    + "changes are only accepted from Hindsight's own pages");
        }
    }

    /**
     * The sign-in form's token: the visitor's sign-in cookie, made now if they have none. Only a page loaded
     * in this browser can know it: other sites can neither read nor set the cookie.
     */
    static String signInToken(Context ctx) {
        String token = ctx.cookie(SIGN_IN_COOKIE);
        if (token == null || !SIGN_IN_TOKEN.matcher(token).matches()) {
            byte[] random = new byte[32];
            RANDOM.nextBytes(random);
            token = Base64.getUrlEncoder().withoutPadding().encodeToString(random);
        }
        // Until the browser closes; SameSite=Lax so another site's form post does not carry it.
        ctx.cookie(new Cookie(SIGN_IN_COOKIE, token, "/signin", -1, secure(ctx), true, null, SameSite.LAX));
        return token;
    }

    /** True when the sign-in form sent back the token of the cookie this browser holds. */
    static boolean signInTokenMatches(Context ctx) {
        String cookie = ctx.cookie(SIGN_IN_COOKIE);
        String sent = ctx.formParam(CSRF_FIELD);
        return cookie != null && sent != null && SIGN_IN_TOKEN.matcher(cookie).matches()
                && MessageDigest.isEqual(sent.getBytes(StandardCharsets.UTF_8),
                cookie.getBytes(StandardCharsets.UTF_8));
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
