package dev.hindsight.webhooks;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Makes one signed POST to a receiver, with every wait bounded: {@link #CONNECT} to connect, {@link #TOTAL} for the
 * whole exchange, and at most {@link #KEPT_BODY_BYTES} of the answer read. Redirects are not followed: the
 * administrator registered this URL, not wherever it points. Thread-safe.
 */
final class WebhookSender {

    static final Duration CONNECT = Duration.ofSeconds(5);
    static final Duration TOTAL = Duration.ofSeconds(10);
    static final int KEPT_BODY_BYTES = 2048;
    static final int ERROR_MAX = 500;

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(CONNECT)
            .followRedirects(HttpClient.Redirect.NEVER).version(HttpClient.Version.HTTP_1_1).build();

    /**
     * What one attempt came to.
     *
     * @param status the answer's HTTP status, null when there was no answer
     * @param error  why it failed, null when it was delivered
     * @param body   the start of the answer's body, null when there was none
     */
    record Reply(Integer status, String error, String body) {
        boolean delivered() {
            return status != null && status >= 200 && status < 300;
        }

        /** The receiver says the URL is gone for good (410): no point in trying it again. */
        boolean gone() {
            return status != null && status == 410;
        }
    }

    Reply send(String url, String webhookId, Instant now, String body, SigningSecret secret) {
        long timestamp = now.getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(TOTAL)
                .header("Content-Type", "application/json")
                .header("User-Agent", "Hindsight-Webhooks/1")
                .header("webhook-id", webhookId)
                .header("webhook-timestamp", Long.toString(timestamp))
                .header("webhook-signature", secret.sign(webhookId, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofString(body)).build();
        CompletableFuture<HttpResponse<String>> exchange = http.sendAsync(request,
                info -> new BoundedBody(KEPT_BODY_BYTES));
        try {
            HttpResponse<String> answer = exchange.get(TOTAL.toMillis() + 500, TimeUnit.MILLISECONDS);
            int status = answer.statusCode();
            String kept = printable(answer.body());
            return status >= 200 && status < 300 ? new Reply(status, null, kept)
                    : new Reply(status, "the receiver answered HTTP " + status, kept);
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Reply(null, "no answer within " + TOTAL.toSeconds() + " s", null);
        } catch (ExecutionException e) {
            return new Reply(null, reason(e.getCause()), null);
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Reply(null, "stopped before an answer came (the node was shutting down)", null);
        }
    }

    private static String reason(Throwable failure) {
        if (failure instanceof HttpConnectTimeoutException) {
            return "could not connect within " + CONNECT.toSeconds() + " s";
        }
        if (failure instanceof HttpTimeoutException) {
            return "no answer within " + TOTAL.toSeconds() + " s";
        }
        if (failure instanceof ConnectException) {
            return "could not connect: the connection was refused";
        }
        String text = failure instanceof IOException ? "the connection failed: " : "the request failed: ";
        text += failure.getClass().getSimpleName() + (failure.getMessage() == null ? "" : " " + failure.getMessage());
        return bounded(printable(text), ERROR_MAX);
    }

    /** A receiver's text without control characters, so it cannot rewrite a terminal that shows the log. */
    private static String printable(String text) {
        if (text == null) {
            return null;
        }
        StringBuilder out = new StringBuilder(text.length());
        text.codePoints().forEach(c -> out.appendCodePoint(
                Character.isISOControl(c) && c != '\n' && c != '\t' ? '?' : c));
        return out.toString();
    }

    static String bounded(String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
