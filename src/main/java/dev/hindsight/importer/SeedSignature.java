package dev.hindsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import dev.hindsight.template.BuiltInTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * What a seed layout the pipeline reads looks like, read from {@code importer/seed-layouts.json}: its headings,
 * its bold bullet labels, how its title starts, and the words its lines start with (a row's label, a section title
 * on a line of its own, as a text export writes them). Scores a document the way the layout readers do, so the
 * importer can weigh them against each other. Immutable, thread-safe.
 */
record SeedSignature(BuiltInTemplate layout, List<String> headings, List<String> labels, String titleStarts,
                     List<String> lineStarts, int enough, List<String> frontMatterKeys) {

    static final List<SeedSignature> BUILT_IN = load("/importer/seed-layouts.json");

    SeedSignature {
        headings = List.copyOf(headings);
        labels = List.copyOf(labels);
        lineStarts = List.copyOf(lineStarts);
        frontMatterKeys = List.copyOf(frontMatterKeys);
    }

    /** How a line may stand before one of {@link #lineStarts}: plain, as a heading, as a table's first cell. */
    private static final List<String> LEADS = List.of("", "| ", "|", "# ", "## ", "### ", "#### ");

    private static List<SeedSignature> load(String resource) {
        try (InputStream in = SeedSignature.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode root = Json.mapper().readTree(in);
            List<SeedSignature> out = new ArrayList<>();
            root.fields().forEachRemaining(e -> {
                if (e.getKey().startsWith("_")) {
                    return;
                }
                BuiltInTemplate layout = BuiltInTemplate.named(e.getKey()).orElseThrow(() ->
                        new IllegalStateException(resource + " names no seed layout '" + e.getKey() + "'"));
                JsonNode s = e.getValue();
                out.add(new SeedSignature(layout, texts(s.path("headings")), texts(s.path("labels")),
                        s.path("titleStarts").asText(""), texts(s.path("lineStarts")), s.path("enough").asInt(1),
                        texts(s.path("frontMatterKeys"))));
            });
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.asText()));
        return out;
    }

    int score(SeedShape d) {
        int score = d.headingsPresent(headings) + 2 * frontMatterKeys(d.lines());
        for (String label : labels) {
            if (d.hasLineStartingWith("* **" + label + ":**") || d.hasLineStartingWith("- **" + label + ":**")) {
                score += 2;
            }
        }
        for (String start : lineStarts) {
            if (LEADS.stream().anyMatch(lead -> d.hasLineStartingWith(lead + start))) {
                score += 2;
            }
        }
        if (!titleStarts.isEmpty() && d.hasTitleStarting(titleStarts)) {
            score += 2;
        }
        return score;
    }

    /** How many of the layout's own keys the document's YAML front matter holds ("incident_id: ..."). */
    private int frontMatterKeys(List<String> lines) {
        if (frontMatterKeys.isEmpty() || lines.isEmpty() || !lines.get(0).strip().equals("---")) {
            return 0;
        }
        int found = 0;
        for (int i = 1; i < lines.size() && !lines.get(i).strip().equals("---"); i++) {
            String line = lines.get(i);
            int colon = line.indexOf(':');
            if (colon > 0 && !Character.isWhitespace(line.charAt(0))
                    && frontMatterKeys.contains(line.substring(0, colon).strip().toLowerCase(java.util.Locale.ROOT))) {
                found++;
            }
        }
        return found;
    }
}
