package dev.hindsight.web;

import dev.hindsight.auth.User;
import dev.hindsight.incident.StaleRevision;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.retries.IdempotencyKeys;
import dev.hindsight.store.StoreFull;
import dev.hindsight.template.DocumentTooLarge;
import dev.hindsight.template.TemplateProblem;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A POST that honours {@code Idempotency-Key} (IETF draft-ietf-httpapi-idempotency-key-header): sent again with
 * the same key by the same caller, it answers what it answered the first time instead of doing the work twice;
 * the same key with a different request answers 422; while the first is still running (or ended in a way that
 * leaves its outcome unknown), 409. Without the header a POST runs as it always did.
 */
final class IdempotentPost implements Handler {

    static final String HEADER = "Idempotency-Key";
    /** Headers of the first answer a retry repeats. */
    private static final List<String> REPEATED = List.of("Location", "ETag");

    private final IdempotencyKeys keys;
    private final Handler post;

    IdempotentPost(IdempotencyKeys keys, Handler post) {
        this.keys = keys;
        this.post = post;
    }

    @Override
    public void handle(Context ctx) throws Exception {
        String key = ctx.header(HEADER);
        if (key == null) {
            post.handle(ctx);
            return;
        }
        key = checkKey(key);
        User caller = Caller.user(ctx);
        IdempotencyKeys.Claim claim = keys.claim(caller.name(), key, fingerprint(ctx));
        switch (claim.outcome()) {
            case OTHER_REQUEST -> throw new Problem(422, "Idempotency key used for another request", "this "
                    + HEADER + " was sent before with a different request; use a new key for a new request");
            case IN_FLIGHT -> throw new Problem(409, "Request with this key unfinished", "the first request with "
                    + "this " + HEADER + " has not finished, or failed without knowing whether it was saved; "
                    + "try again shortly, and if it stays so, look for the result before sending it with a new key");
            case ANSWERED -> {
                replay(ctx, claim.answer());
                return;
            }
            case CLAIMED -> run(ctx, caller.name(), key);
            default -> throw new IllegalStateException("unknown outcome " + claim.outcome());
        }
    }

    private void run(Context ctx, String caller, String key) throws Exception {
        try {
            post.handle(ctx);
        } catch (InvalidInput | NotFound | StaleRevision | DocumentTooLarge | TemplateProblem | StoreFull e) {
            release(caller, key, e); // refused, nothing saved: a corrected retry may use the key
            throw e;
        } catch (Problem e) {
            if (e.status() < 500) {
                release(caller, key, e);
            }
            throw e;
        } catch (HttpResponseException e) {
            if (e.getStatus() < 500) {
                release(caller, key, e);
            }
            throw e;
        }
        // Any other failure leaves the claim unsettled: whether the work was saved is unknown, and doing it
        // again could duplicate it.
        Map<String, String> headers = new LinkedHashMap<>();
        for (String name : REPEATED) {
            String value = ctx.res().getHeader(name);
            if (value != null) {
                headers.put(name, value);
            }
        }
        keys.settle(caller, key, new IdempotencyKeys.Answer(ctx.statusCode(), ctx.res().getContentType(), headers,
                ctx.result()));
    }

    /**
     * Frees the key of a request that was refused. If the store cannot even do that (a full disk), the key stays
     * unfinished, retries get 409 until it expires, and the refusal itself is what the caller hears.
     */
    private void release(String caller, String key, RuntimeException refusal) {
        try {
            keys.release(caller, key);
        } catch (RuntimeException e) {
            refusal.addSuppressed(e);
        }
    }

    private static void replay(Context ctx, IdempotencyKeys.Answer answer) {
        answer.headers().forEach(ctx::header);
        ctx.status(answer.status());
        if (answer.contentType() != null) {
            ctx.contentType(answer.contentType());
        }
        if (answer.body() != null) {
            ctx.result(answer.body());
        }
    }

    /** A key is an opaque string (a UUID, say): bounded, and printable so it can be stored and logged safely. */
    private static String checkKey(String key) {
        String bare = key.strip();
        if (bare.startsWith("\"") && bare.endsWith("\"") && bare.length() >= 2) {
            bare = bare.substring(1, bare.length() - 1); // the draft's form is a quoted structured-field string
        }
        if (bare.isEmpty() || bare.length() > IdempotencyKeys.KEY_MAX
                || !bare.chars().allMatch(c -> c >= 0x21 && c <= 0x7e)) {
            throw InvalidInput.of(HEADER, "must be 1 to " + IdempotencyKeys.KEY_MAX + " printable ASCII characters "
                    + "without spaces (a UUID is a good key)");
        }
        return bare;
    }

    /** What was asked, as a digest: the same key with a different method, path, query or body is another request. */
    private static String fingerprint(Context ctx) {
        return fingerprint(ctx.method().name(), ctx.path(), ctx.queryString(), body(ctx));
    }

    /**
     * The body as sent. A multipart body is taken by its parts (its raw bytes would be gone for the handler, and its
     * boundary differs from one send to the next); the parts stay with the request for the handler to read.
     */
    private static byte[] body(Context ctx) {
        if (!ctx.isMultipartFormData()) {
            return ctx.bodyAsBytes();
        }
        java.io.ByteArrayOutputStream bytes = new java.io.ByteArrayOutputStream();
        // Each piece with its length first, so that no two different sets of parts give the same bytes.
        java.util.function.Consumer<byte[]> piece = b -> {
            bytes.writeBytes(java.nio.ByteBuffer.allocate(4).putInt(b.length).array());
            bytes.writeBytes(b);
        };
        for (var field : new java.util.TreeMap<>(ctx.formParamMap()).entrySet()) {
            for (String value : field.getValue()) {
                piece.accept(field.getKey().getBytes(StandardCharsets.UTF_8));
                piece.accept(value.getBytes(StandardCharsets.UTF_8));
            }
        }
        for (io.javalin.http.UploadedFile file : ctx.uploadedFiles()) {
            piece.accept(String.valueOf(file.filename()).getBytes(StandardCharsets.UTF_8));
            piece.accept(ImportApi.bytes(file));
        }
        return bytes.toByteArray();
    }

    static String fingerprint(String method, String path, String query, byte[] body) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            sha.update((method + " " + path + "?" + (query == null ? "" : query) + "\n")
                    .getBytes(StandardCharsets.UTF_8));
            sha.update(body);
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
