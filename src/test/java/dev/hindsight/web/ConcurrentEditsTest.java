package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** Saves sent at the same moment from the same revision: exactly one wins, every other is told, none is lost. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConcurrentEditsTest {

    private static final int WRITERS = 6;

    private RunningServer server;
    private RunningServer.SignedIn editor;
    private RunningServer.SignedIn admin;

    @BeforeAll
    void start(@TempDir Path dir) {
        server = new RunningServer(dir);
        editor = server.browser("editor");
        admin = server.browser("admin");
    }

    @AfterAll
    void stop() {
        server.close();
    }

    /** Runs the saves together, released at once; returns their statuses in order. */
    private static List<Integer> together(List<Callable<Integer>> saves) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(saves.size());
        CountDownLatch go = new CountDownLatch(1);
        try {
            List<Future<Integer>> answers = new ArrayList<>();
            for (Callable<Integer> save : saves) {
                answers.add(pool.submit(() -> {
                    go.await();
                    return save.call();
                }));
            }
            go.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> answer : answers) {
                statuses.add(answer.get());
            }
            return statuses;
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void ofPatchesFromTheSameRevisionOneIsSavedAndEveryOtherIsRefusedWithTheCurrent() throws Exception {
        String path = "/api/v1/incidents/" + server.create("{\"title\": \"Queue backlog\"}");
        List<Callable<Integer>> patches = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            String owner = "Owner " + i;
            String user = i % 2 == 0 ? "editor" : "admin";
            patches.add(() -> server.api("PATCH", path, user,
                    "{\"owner\": \"" + owner + "\"}", "If-Match", "\"1\"").statusCode());
        }

        List<Integer> statuses = together(patches);

        assertThat(statuses).containsOnly(200, 412);
        assertThat(statuses).filteredOn(s -> s == 200).hasSize(1);
        JsonNode record = RunningServer.json(server.api("GET", path, "viewer", null));
        assertThat(record.get("revision").asInt()).isEqualTo(2);
        assertThat(record.get("owner").asText()).isEqualTo("Owner " + statuses.indexOf(200));
        assertThat(RunningServer.json(server.api("GET", path + "/revisions", "viewer", null))).hasSize(2);
    }

    @Test
    void ofFormSavesFromTheSameRevisionOneIsSavedAndEveryOtherShowsTheConflict() throws Exception {
        String id = server.create("{\"title\": \"Disk full\"}");
        List<Callable<Integer>> saves = new ArrayList<>();
        for (int i = 0; i < WRITERS; i++) {
            RunningServer.SignedIn who = i % 2 == 0 ? editor : admin;
            String value = "Root cause as writer " + i + " saw it.";
            saves.add(() -> server.post("/incidents/" + id + "/edit/text", who, Map.of("revision", "1",
                    "path", "analysis.rootCause.summary", "value", value)).statusCode());
        }

        List<Integer> statuses = together(saves);

        assertThat(statuses).containsOnly(303, 409);
        assertThat(statuses).filteredOn(s -> s == 303).hasSize(1);
        JsonNode record = RunningServer.json(server.api("GET", "/api/v1/incidents/" + id, "viewer", null));
        assertThat(record.get("revision").asInt()).isEqualTo(2);
        assertThat(record.at("/analysis/rootCause/summary").asText())
                .isEqualTo("Root cause as writer " + statuses.indexOf(303) + " saw it.");
    }
}
