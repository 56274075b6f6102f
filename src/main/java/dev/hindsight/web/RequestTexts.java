package dev.hindsight.web;

import dev.hindsight.kernel.InvalidInput;
import io.javalin.http.Context;
import java.util.List;
import java.util.Map;

/**
 * Refuses, before any route runs, a request whose path, query parameters or form fields (urlencoded or multipart) hold
 * a NUL character: no text
 * of Hindsight's may hold one, PostgreSQL refuses it in any text ("invalid byte sequence for encoding UTF8: 0x00"),
 * and a filter, a sign-in name or a label carrying one reached the database and answered 500. JSON bodies are held to
 * the same rule as they are read ({@code Json}). Answered 400 naming the parameter. Stateless.
 */
final class RequestTexts {

    private RequestTexts() {
    }

    static void check(Context ctx) {
        // The path as the request wrote it, escapes and all.
        if (ctx.path().indexOf('\0') >= 0 || ctx.path().contains("%00")) {
            throw InvalidInput.of("path", "contains a NUL character, which no text may hold");
        }
        checkAll(ctx.queryParamMap());
        String type = ctx.contentType() == null ? "" : ctx.contentType().toLowerCase(java.util.Locale.ROOT);
        // A form's text fields, posted either way a browser may (a multipart form's files are not among them).
        if (type.startsWith("application/x-www-form-urlencoded") || type.startsWith("multipart/form-data")) {
            checkAll(ctx.formParamMap());
        }
    }

    private static void checkAll(Map<String, List<String>> params) {
        for (Map.Entry<String, List<String>> param : params.entrySet()) {
            String name = param.getKey();
            if (name.indexOf('\0') >= 0) {
                throw InvalidInput.of("(parameter)", "a parameter's name contains a NUL character");
            }
            for (String value : param.getValue()) {
                if (value.indexOf('\0') >= 0) {
                    throw InvalidInput.of(name, "contains a NUL character, which no text may hold");
                }
            }
        }
    }
}
