package dev.hindsight.web;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The pages' one stylesheet and their scripts (the page's, the review assistant's, what it changes in the saved
 * record and its JSON editor's help, and the warning of unsaved typing), served from the jar; no build step, no third-party hosts.
 */
final class Assets {
    private static final Map<String, String> TYPES = Map.of("app.css", "text/css; charset=utf-8",
            "app.js", "text/javascript; charset=utf-8", "review-assistant.js", "text/javascript; charset=utf-8",
            "json-editor.js", "text/javascript; charset=utf-8", "unsaved.js", "text/javascript; charset=utf-8",
            "finding-changes.js", "text/javascript; charset=utf-8");
    private static final Map<String, byte[]> CACHE = new ConcurrentHashMap<>();

    private Assets() {
    }

    static void serve(Context ctx) {
        String name = ctx.pathParam("file");
        String type = TYPES.get(name);
        if (type == null) {
            throw new Problem(404, "Not found", "no asset " + name);
        }
        byte[] bytes = CACHE.computeIfAbsent(name, Assets::read);
        Pages.headers(ctx);
        ctx.header("Cache-Control", "no-cache");
        ctx.contentType(type).result(bytes);
    }

    private static byte[] read(String name) {
        try (InputStream in = Assets.class.getResourceAsStream("/web/" + name)) {
            if (in == null) {
                throw new IllegalStateException("asset " + name + " is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
