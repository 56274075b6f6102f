package dev.hindsight.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What a receiver that misbehaves costs a node: bounded time, bounded memory, and no detour. */
class WebhookSenderTest {

    private final SigningSecret secret = SigningSecret.generate();
    private final AtomicInteger redirectedHits = new AtomicInteger();
    private HttpServer server;

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
        server.createContext("/silent", exchange -> {
            exchange.getRequestBody().readAllBytes();
            sleep(WebhookSender.TOTAL.toMillis() + 3_000);
            exchange.close();
        });
        server.createContext("/endless", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.sendResponseHeaders(500, 0);
            byte[] chunk = "\u001b[31mboom ".repeat(1000).getBytes(StandardCharsets.UTF_8);
            try (OutputStream out = exchange.getResponseBody()) {
                for (int i = 0; i < 100_000; i++) {
                    out.write(chunk);
                }
            } catch (IOException e) {
                // the sender stopped reading, as it should
            }
        });
        server.createContext("/moved", exchange -> {
            exchange.getRequestBody().readAllBytes();
            exchange.getResponseHeaders().add("Location", url("/elsewhere"));
            exchange.sendResponseHeaders(307, -1);
            exchange.close();
        });
        server.createContext("/elsewhere", exchange -> {
            redirectedHits.incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
            exchange.close();
        });
        server.start();
    }

    @AfterEach
    void stop() {
        server.stop(0);
        ((java.util.concurrent.ExecutorService) server.getExecutor()).shutdownNow();
    }

    private String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    private WebhookSender.Reply send(String path) {
        return new WebhookSender().send(url(path), "evt_1", Instant.parse("2026-03-09T10:00:00Z"), "{}", secret);
    }

    @Test
    void aReceiverThatNeverAnswersIsGivenUpOnAfterTenSeconds() {
        long started = System.nanoTime();

        WebhookSender.Reply reply = send("/silent");

        Duration took = Duration.ofNanos(System.nanoTime() - started);
        assertThat(reply.delivered()).isFalse();
        assertThat(reply.status()).isNull();
        assertThat(reply.error()).isEqualTo("no answer within 10 s");
        assertThat(took).isBetween(Duration.ofSeconds(9), Duration.ofSeconds(12));
    }

    @Test
    void anEndlessAnswerIsReadOnlyToTwoKilobytesWithoutItsControlCharacters() {
        WebhookSender.Reply reply = send("/endless");

        assertThat(reply.status()).isEqualTo(500);
        assertThat(reply.error()).isEqualTo("the receiver answered HTTP 500");
        assertThat(reply.body()).hasSizeLessThanOrEqualTo(WebhookSender.KEPT_BODY_BYTES).contains("boom")
                .doesNotContain("\u001b");
    }

    @Test
    void aRedirectIsNotFollowed() {
        WebhookSender.Reply reply = send("/moved");

        assertThat(reply.delivered()).isFalse();
        assertThat(reply.status()).isEqualTo(307);
        assertThat(redirectedHits).hasValue(0);
    }

    @Test
    void nobodyListeningIsAFailedAttemptWithAReason() {
        WebhookSender.Reply reply = new WebhookSender().send("http://127.0.0.1:9/", "evt_1", Instant.now(), "{}",
                secret);

        assertThat(reply.status()).isNull();
        assertThat(reply.error()).contains("connect");
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
