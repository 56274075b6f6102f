package dev.hindsight.webhooks;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.IntSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * A webhook receiver as a customer would write one: a real HTTP server on a free port that checks each request's
 * Standard Webhooks signature itself (its own HMAC, not Hindsight's code), records what came, and answers with
 * the status the test sets. Thread-safe.
 */
final class Receiver implements AutoCloseable {

    /** One request as it arrived. */
    record Request(String webhookId, long timestamp, String signature, String body, boolean signatureValid,
                   int answered) {
        JsonNode json() {
            return Json.readObject(body);
        }
    }

    private final HttpServer server;
    private final List<Request> requests = new ArrayList<>();
    private final AtomicInteger status = new AtomicInteger(204);
    private volatile IntSupplier answer = status::get;
    private volatile String secret;
    private volatile String answerBody = "";
    private volatile long delayMillis;

    Receiver() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        server.setExecutor(java.util.concurrent.Executors.newFixedThreadPool(8));
        server.createContext("/hooks", exchange -> {
            String body;
            try (InputStream in = exchange.getRequestBody()) {
                body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
            String id = exchange.getRequestHeaders().getFirst("webhook-id");
            String timestamp = exchange.getRequestHeaders().getFirst("webhook-timestamp");
            String signature = exchange.getRequestHeaders().getFirst("webhook-signature");
            int code = answer.getAsInt();
            synchronized (requests) {
                requests.add(new Request(id, Long.parseLong(timestamp), signature, body,
                        verifies(id, timestamp, body, signature), code));
            }
            if (delayMillis > 0) {
                sleep(delayMillis);
            }
            byte[] out = answerBody.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(code, out.length == 0 ? -1 : out.length);
            try (OutputStream o = exchange.getResponseBody()) {
                o.write(out);
            }
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks";
    }

    /** The endpoint's secret, as the administrator copied it when registering the endpoint. */
    void secret(String whsec) {
        this.secret = whsec;
    }

    void answer(int code) {
        status.set(code);
    }

    void answerWith(String body) {
        this.answerBody = body;
    }

    /** Answers each request only after this long (to keep attempts in flight while another node looks). */
    void delay(long millis) {
        this.delayMillis = millis;
    }

    List<Request> requests() {
        synchronized (requests) {
            return List.copyOf(requests);
        }
    }

    /** The requests it answered 2xx, in the order they came. */
    List<Request> accepted() {
        return requests().stream().filter(r -> r.answered() >= 200 && r.answered() < 300).toList();
    }

    private boolean verifies(String id, String timestamp, String body, String header) {
        if (secret == null || id == null || timestamp == null || header == null) {
            return false;
        }
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(Base64.getDecoder().decode(secret.substring("whsec_".length())),
                    "HmacSHA256"));
            byte[] expected = mac.doFinal((id + "." + timestamp + "." + body).getBytes(StandardCharsets.UTF_8));
            for (String candidate : header.split(" ")) {
                if (candidate.startsWith("v1,") && MessageDigest.isEqual(expected,
                        Base64.getDecoder().decode(candidate.substring(3)))) {
                    return true;
                }
            }
            return false;
        } catch (java.security.GeneralSecurityException | IllegalArgumentException e) {
            return false;
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }
}
