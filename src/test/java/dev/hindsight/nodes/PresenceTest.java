package dev.hindsight.nodes;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.auth.Accounts;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.FindingRecount;
import dev.hindsight.incident.Incidents;
import dev.hindsight.kernel.MutableClock;
import dev.hindsight.store.DatabaseKind;
import dev.hindsight.store.StoreUnderTest;
import dev.hindsight.template.OrganisationTemplates;
import dev.hindsight.web.HttpServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * Two servers on one store, the second started with other conventions and told to put them in force: the first, a
 * real server, says at its next beat that it is not ready (503, "not in force"), so a load balancer stops sending it
 * requests, and is ready again once its own conventions are back in force. A node that stops is no longer running.
 */
class PresenceTest {

    private final MutableClock clock = new MutableClock(Instant.parse("2026-12-06T10:00:00Z"));
    private final HttpClient http = HttpClient.newHttpClient();

    @ParameterizedTest
    @EnumSource(DatabaseKind.class)
    void aServerWhoseConventionsAnotherNodeReplacedIsNotReadyUntilTheyAreBackInForce(DatabaseKind kind)
            throws Exception {
        try (StoreUnderTest store = StoreUnderTest.of(kind)) {
            HindsightConfig seeds = HindsightConfig.load(Map.of(), Map.of(), null);
            HindsightConfig horizon = HindsightConfig.load(Map.of(),
                    Map.of("HINDSIGHT_ACTION_POLICY", "horizon-days"), null);
            ServingNodes nodes = new ServingNodes(store.database(), clock);
            Incidents incidents = new Incidents(store.database(), seeds.conventions(), clock);
            FindingRecount first = incidents.findingRecount();
            first.adoptConventions("serve on first", clock.instant());
            FindingRecount second = new Incidents(store.database(), horizon.conventions(), clock).findingRecount();
            try (Presence presence = Presence.start(nodes, "first", first.conventionsFingerprint(), clock.instant(),
                    first::underConventionsInForce)) {
                HttpServer server = HttpServer.start(seeds, store.database(), incidents,
                        new Accounts(store.database(), clock), new OrganisationTemplates(store.database(), clock),
                        "127.0.0.1", 0, presence::underConventionsInForce);
                try {
                    assertThat(ready(server)).startsWith("200 {\"status\":\"ok\"")
                            .endsWith("\"database\":\"up\",\"conventions\":\"in force\"}");
                    assertThat(nodes.runningUnder(first.conventionsFingerprint()))
                            .extracting(ServingNodes.Node::name).containsExactly("first");

                    second.adoptConventions("serve on second", clock.instant());
                    assertThat(ready(server)).as("until its next beat").startsWith("200");
                    presence.beat();

                    assertThat(ready(server)).startsWith("503 {\"status\":\"unavailable\"")
                            .endsWith("\"database\":\"up\",\"conventions\":\"not in force\"}");
                    first.adoptConventions("serve on third", clock.instant());
                    presence.beat();
                    assertThat(ready(server)).startsWith("200");
                } finally {
                    server.close();
                }
            }
            assertThat(nodes.running()).as("a node that stops says so").isEmpty();
        }
    }

    private String ready(HttpServer server) throws Exception {
        HttpResponse<String> response = http.send(HttpRequest.newBuilder(
                URI.create("http://127.0.0.1:" + server.port() + "/health/ready")).build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() + " " + response.body();
    }
}
