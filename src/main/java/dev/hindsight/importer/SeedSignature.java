package dev.hindsight.importer;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.json.Json;
import dev.hindsight.template.BuiltInTemplate;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * What a seed layout the pipeline reads looks like, read from {@code importer/seed-layouts.json}: its headings,
 * its bold bullet labels, how its title starts, and the words its lines start with (a row's label, a section title
 * on a line of its own, as a text export writes them). Scores a document the way the layout readers do, so the
 * importer can weigh them against each other. Immutable, thread-safe.
 */
record SeedSignature(BuiltInTemplate layout, List<String> headingKeys, List<List<String>> labelStarts,
                     String titleStarts, List<List<String>> lineStarts, int enough, List<String> frontMatterKeys) {

    /** How a line may stand before one of the layout's line starts: plain, as a heading, as a table's first cell. */
    private static final List<String> LEADS = List.of("", "| ", "|", "# ", "## ", "### ", "#### ");

    /** Loaded after {@link #LEADS}, which making a signature needs. */
    static final List<SeedSignature> BUILT_IN = load("/importer/seed-layouts.json");

    /**
     * @param headingKeys the layout's headings as {@link ReadingWords#key} keys
     * @param labelStarts for each bold bullet label, the lower-case line starts that write it ("* **level:**")
     * @param lineStarts  for each line start, the lower-case starts it may have after each of {@link #LEADS}
     */
    SeedSignature {
        headingKeys = List.copyOf(headingKeys);
        labelStarts = labelStarts.stream().map(List::copyOf).toList();
        lineStarts = lineStarts.stream().map(List::copyOf).toList();
        frontMatterKeys = List.copyOf(frontMatterKeys);
    }

    /**
     * A signature from its data as written. What it compares is made here, once: every Markdown import scores every
     * layout, and making the keys and lower-case starts for each document was most of the scoring's work.
     */
    static SeedSignature of(BuiltInTemplate layout, List<String> headings, List<String> labels, String titleStarts,
                            List<String> lineStarts, int enough, List<String> frontMatterKeys) {
        List<String> keys = headings.stream().map(ReadingWords::key).toList();
        List<List<String>> labelStarts = labels.stream().map(label -> List.of(lower("* **" + label + ":**"),
                lower("- **" + label + ":**"))).toList();
        List<List<String>> starts = lineStarts.stream().map(start -> LEADS.stream().map(lead -> lower(lead + start))
                .toList()).toList();
        return new SeedSignature(layout, keys, labelStarts, titleStarts, starts, enough, frontMatterKeys);
    }

    private static String lower(String text) {
        return text.toLowerCase(Locale.ROOT);
    }

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
                out.add(SeedSignature.of(layout, texts(s.path("headings")), texts(s.path("labels")),
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
        int score = d.headingKeysPresent(headingKeys) + 2 * frontMatterKeys(d.lines());
        for (List<String> starts : labelStarts) {
            if (d.hasLineStartingWithLowered(starts)) {
                score += 2;
            }
        }
        for (List<String> starts : lineStarts) {
            if (d.hasLineStartingWithLowered(starts)) {
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
                    && frontMatterKeys.contains(line.substring(0, colon).strip().toLowerCase(Locale.ROOT))) {
                found++;
            }
        }
        return found;
    }
}
