package dev.hindsight.generate;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * The words synthetic post-mortems are assembled from: services and how incident-prone each is, the people who
 * respond, causes, contributing factors, timeline notes, action items. Data, not code: read from
 * {@code generate/incident-words.json}, so an organisation can make a store that sounds like its own. Immutable.
 */
@JsonIgnoreProperties("about")
record WordPools(List<Service> services, List<Person> people, List<String> responseRoles,
                 List<String> approverRoles, String managersTeam, String securityGroup, Map<String, Integer> discoveryWeights,
                 List<String> zones, List<String> regions, List<String> apps, List<String> symptoms,
                 List<Cause> causes, List<Factor> factors, Map<String, List<String>> detection,
                 Map<String, List<String>> milestones, List<String> notes, List<String> resolutions,
                 List<ActionIdea> actions, List<String> wentWell, List<String> wentWrong, List<String> gotLucky,
                 List<String> lessons, List<String> impact, List<String> whyQuestions, String waiverReason) {

    private static final String RESOURCE = "/generate/incident-words.json";

    /** An edited file that leaves a pool empty fails here, by name, not as an index error mid-run. */
    WordPools {
        for (var pool : List.of(Map.entry("services", services), Map.entry("people", people),
                Map.entry("responseRoles", responseRoles), Map.entry("zones", zones), Map.entry("regions", regions),
                Map.entry("apps", apps), Map.entry("symptoms", symptoms), Map.entry("causes", causes),
                Map.entry("factors", factors), Map.entry("notes", notes), Map.entry("resolutions", resolutions),
                Map.entry("actions", actions), Map.entry("wentWell", wentWell), Map.entry("wentWrong", wentWrong),
                Map.entry("gotLucky", gotLucky), Map.entry("lessons", lessons), Map.entry("impact", impact))) {
            if (pool.getValue() == null || pool.getValue().isEmpty()) {
                throw new IllegalStateException(RESOURCE + ": '" + pool.getKey() + "' needs at least one entry");
            }
        }
        if (services.size() < 2 || whyQuestions == null || whyQuestions.size() != 3) {
            throw new IllegalStateException(RESOURCE + " needs two services or more and exactly three whyQuestions");
        }
    }

    /** A service, the team that owns it, and how often it is in incidents relative to the others. */
    record Service(String name, String team, int weight) {
    }

    /** Someone who responds; {@code account} is what they sign in as (reviewers, restricted access). */
    record Person(String name, String account, String team, String discipline) {
    }

    /** One way things go wrong, told from trigger to fix; {@code weight} is how often it recurs. */
    record Cause(int weight, String trigger, String summary, String detail, String notCaught, String fix) {
    }

    /** A contributing factor that recurs across incidents. */
    record Factor(int weight, String title, String description) {
    }

    /** A follow-up action and its kind (detective, preventive, corrective, process). */
    record ActionIdea(String kind, String title) {
    }

    /** The pools shipped with Hindsight, read once. */
    static WordPools standard() {
        return Shipped.POOLS;
    }

    /** The lines a milestone's text is chosen from ("detected", "rootCause"...). */
    List<String> milestone(String name) {
        List<String> lines = milestones.get(name);
        if (lines == null || lines.isEmpty()) {
            throw new IllegalStateException(RESOURCE + " has no milestone lines for '" + name + "'");
        }
        return lines;
    }

    /** How a discovery method is told; a method the file does not know is told as "N/A" is. */
    List<String> detectionStories(String method) {
        return detection.getOrDefault(method, detection.getOrDefault("N/A", List.of(method)));
    }

    private static final class Shipped {
        static final WordPools POOLS = read();

        private static WordPools read() {
            try (InputStream in = WordPools.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(RESOURCE + " is missing from the jar");
                }
                return Json.mapper().readValue(in, WordPools.class);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
