package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.auth.Sessions.Session;
import gg.jte.ContentType;
import gg.jte.TemplateEngine;
import gg.jte.output.StringOutput;
import io.javalin.http.Context;

/**
 * Renders the web pages (jte templates compiled with the code) with the headers every page carries: a content
 * security policy that lets only our own script and styles run, and no framing by other sites.
 */
public final class Pages {
    private static final TemplateEngine ENGINE = TemplateEngine.createPrecompiled(ContentType.Html);
    private static final String POLICY = "default-src 'self'; script-src 'self'; style-src 'self'; "
            + "img-src 'self' data:; object-src 'none'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'";

    private Pages() {
    }

    static void render(Context ctx, int status, String template, Object model) {
        StringOutput out = new StringOutput(16 * 1024);
        ENGINE.render(template, model, out);
        ctx.status(status);
        headers(ctx);
        ctx.contentType("text/html; charset=utf-8").result(out.toString());
    }

    static void headers(Context ctx) {
        ctx.header("Content-Security-Policy", POLICY);
        ctx.header("X-Content-Type-Options", "nosniff");
        ctx.header("Referrer-Policy", "same-origin");
        ctx.header("X-Frame-Options", "DENY");
        ctx.header("Cache-Control", "no-store");
    }

    /** The frame for a signed-in page. */
    static Frame frame(Context ctx, String title) {
        Session session = Browser.session(ctx);
        return new Frame(title, session.user().name(), session.user().role().code(), session.csrfToken(),
                session.user().role().allows(Role.EDITOR), session.user().role().allows(Role.ADMIN),
                ctx.queryParam("saved") != null ? "Saved." : null);
    }

    /** An error as a page, for people; the API answers the same failures as problem+json. */
    static void error(Context ctx, Problem problem) {
        Session session = ctx.attribute("hindsight.session");
        Frame frame = session == null ? Frame.anonymous(problem.title())
                : new Frame(problem.title(), session.user().name(), session.user().role().code(),
                session.csrfToken(), false, false, null);
        render(ctx, problem.status(), "error.jte", new ErrorView(frame, problem.status(), problem.title(),
                String.valueOf(problem.body().get("detail")), problem.errors()));
    }

    /** True for requests from the web pages rather than the API. */
    static boolean isPage(Context ctx) {
        String path = ctx.path();
        return !path.startsWith("/api") && !path.equals("/health") && !path.startsWith("/health/");
    }

    /** The error, and for bad input each field and what is wrong with it, as the API names them. */
    public record ErrorView(Frame frame, int status, String title, String detail,
                            java.util.List<dev.hindsight.kernel.FieldProblem> problems) {
    }
}
