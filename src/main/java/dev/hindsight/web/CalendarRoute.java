package dev.hindsight.web;

import dev.hindsight.calendar.CalendarFeeds;
import dev.hindsight.calendar.Feed;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * {@code GET /calendar/{secret}.ics}: a calendar feed for calendar programs, which cannot sign in, so the secret
 * in the URL is the only credential. Unknown, revoked and malformed secrets all answer the same bare 404, so the
 * answer tells nothing about which secrets exist. Thread-safe.
 */
final class CalendarRoute {
    static final String PREFIX = "/calendar/";
    private static final String SUFFIX = ".ics";
    /** A Host header we are willing to put into links: a name or address and a port, nothing else. */
    private static final Pattern HOST = Pattern.compile(
            "[A-Za-z0-9.\\-]{1,253}(:[0-9]{1,5})?|\\[[0-9A-Fa-f:.]{2,45}\\](:[0-9]{1,5})?");

    private final CalendarFeeds feeds;

    CalendarRoute(CalendarFeeds feeds) {
        this.feeds = feeds;
    }

    void register(RoutesConfig routes) {
        routes.get(PREFIX + "{file}", this::serve);
    }

    private void serve(Context ctx) {
        String file = ctx.pathParam("file");
        Optional<Feed> feed = file.endsWith(SUFFIX)
                ? feeds.feed(file.substring(0, file.length() - SUFFIX.length()), base(ctx)) : Optional.empty();
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "no-referrer");
        if (feed.isEmpty()) {
            ctx.header("Cache-Control", "no-store");
            ctx.status(404).contentType("text/plain; charset=utf-8").result("Not found\n");
            return;
        }
        String etag = feed.get().etag();
        // private: the feed is one account's view; a shared cache must not hand it to anyone else.
        ctx.header("Cache-Control", "private, max-age=0, must-revalidate");
        ctx.header("ETag", etag);
        if (weaklyMatches(ctx.header("If-None-Match"), etag)) {
            ctx.status(304);
            return;
        }
        ctx.contentType("text/calendar; charset=utf-8").result(feed.get().ics(feeds.clock().instant()));
    }

    /** RFC 9110 weak comparison, which If-None-Match uses: "W/" is ignored on both sides. */
    static boolean weaklyMatches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        String ours = opaque(etag);
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || opaque(t).equals(ours)) {
                return true;
            }
        }
        return false;
    }

    private static String opaque(String tag) {
        return tag.startsWith("W/") ? tag.substring(2) : tag;
    }

    /** A feed's URL for a secret, on the server this request reached. */
    static String url(Context ctx, String secret) {
        return base(ctx) + PREFIX + secret + SUFFIX;
    }

    /**
     * Where the incident pages are, as the calendar program reached us: its links then work from where it
     * runs. A Host header of any other shape is not echoed into the feed.
     */
    private static String base(Context ctx) {
        boolean https = "https".equalsIgnoreCase(ctx.scheme())
                || "https".equalsIgnoreCase(ctx.header("X-Forwarded-Proto"));
        String host = ctx.header("Host");
        if (host == null || !HOST.matcher(host).matches()) {
            host = "localhost";
        }
        return (https ? "https://" : "http://") + host;
    }
}
