package dev.hindsight.web;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.StoredJson;
import dev.hindsight.kernel.BoundedCache;
import dev.hindsight.template.DocumentTemplate;
import dev.hindsight.template.OutputFormat;
import dev.hindsight.template.RenderOptions;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * The bytes served for one revision of an incident: its JSON, or a document rendered from it with a template,
 * a format and options. A revision never changes, so what was made for it once is served again as it is; a
 * new revision (or a changed organisation template, which compiles to a new {@link DocumentTemplate}) is a new
 * key, and the old entries age out. Nothing here depends on who asks: the handler checks that the caller may
 * see the incident before it comes here, on every request. Thread-safe.
 */
final class Representations {

    /** Enough for every document of a few hundred incidents; the least recently served go first. */
    private static final long BYTES_KEPT = 64L << 20;

    private final BoundedCache<Key, Body> cache = new BoundedCache<>(BYTES_KEPT, Body::weight);

    private record Key(String id, int revision, Object form) {
    }

    /** One way of showing a revision other than its JSON. */
    private record Document(DocumentTemplate template, OutputFormat format, RenderOptions options) {
    }

    /**
     * What is sent, its entity tag (quoted, as the header carries it), and the same bytes gzipped once, for
     * clients that accept it (null when too small to gain).
     */
    record Body(byte[] bytes, String etag, byte[] gzipped) {
        static Body of(byte[] bytes, String etag) {
            return new Body(bytes, etag, gzip(bytes));
        }

        long weight() {
            return BoundedCache.ENTRY_BYTES + bytes.length + (gzipped == null ? 0 : gzipped.length) + 128L;
        }
    }

    /** The stored JSON; its entity tag is the revision, as {@code If-Match} expects it back. */
    Body json(String id, StoredJson stored) {
        Key key = new Key(id, stored.revision(), "json");
        Body body = cache.get(key);
        if (body == null) {
            body = Body.of(stored.json().getBytes(StandardCharsets.UTF_8), "\"" + stored.revision() + "\"");
            cache.put(key, body);
        }
        return body;
    }

    /** A document, rendered only when this revision has not been rendered this way before. */
    Body document(PostMortem record, DocumentTemplate template, OutputFormat format, RenderOptions options,
                  Supplier<byte[]> render) {
        Key key = new Key(record.id(), record.revision(), new Document(template, format, options));
        Body body = cache.get(key);
        if (body == null) {
            byte[] bytes = render.get();
            // The template can change under the same revision, so the tag names the bytes, not only the revision.
            body = Body.of(bytes, "\"" + record.revision() + "-" + digest(bytes) + "\"");
            cache.put(key, body);
        }
        return body;
    }

    /**
     * Whether an {@code If-None-Match} header names this tag: a list of tags, weak ones compared as strong
     * (RFC 9110 compares weakly for GET), or {@code *}.
     */
    static boolean matches(String ifNoneMatch, String etag) {
        if (ifNoneMatch == null) {
            return false;
        }
        for (String tag : ifNoneMatch.split(",")) {
            String t = tag.strip();
            if (t.equals("*") || t.equals(etag) || t.startsWith("W/") && t.substring(2).equals(etag)) {
                return true;
            }
        }
        return false;
    }

    /** Javalin's own threshold: below it, gzip's header outweighs what it saves. */
    private static final int GZIP_FROM = 1500;

    private static byte[] gzip(byte[] bytes) {
        if (bytes.length < GZIP_FROM) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 2);
        try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
            gzip.write(bytes);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot gzip in memory", e);
        }
        return out.size() < bytes.length ? out.toByteArray() : null;
    }

    private static String digest(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
