import com.fasterxml.jackson.databind.ObjectMapper;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.demo.DemoIncidents;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.lint.DocumentLint;
import dev.hindsight.lint.RecordLint;
import dev.hindsight.lint.blame.BlameCheck;
import dev.hindsight.lint.blame.BlameWords;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Specimen;
import dev.hindsight.template.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * One side of {@code LintSame}: every finding one build gives on a broad corpus, one line per document or sentence
 * ("what\tfindings as JSON"), so two builds' lines can be compared one by one. The corpus: the bench's 30 Markdown
 * files, the demo's stored records and the specimen, every document under src/test/resources the importer reads
 * (Markdown, text, HTML, Word), and every labelled sentence of src/test/resources/lint/*.tsv asked every way the
 * check can be asked (a narrative field, a field that is not narrative, with a record's people, by the rules only,
 * without the tagger).
 */
public final class LintSameSide {

    /** The lines for the corpus under {@code root} (a checkout). */
    public List<String> lines(String root) throws IOException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        ObjectMapper json = Json.mapper();
        Conventions conventions = Conventions.defaults();
        RecordLint lint = RecordLint.builtIn(conventions);
        DocumentImporter importer = new DocumentImporter(conventions);
        List<String> out = new ArrayList<>();

        List<PostMortem> records = new ArrayList<>(DemoIncidents.all(conventions));
        records.add(Specimen.record());
        Renderer renderer = new Renderer(Templates.builtIn(), conventions);
        for (BuiltInTemplate layout : BuiltInTemplate.values()) {
            for (int r = 0; r < records.size(); r++) {
                String file = renderer.markdown(records.get(r), layout.templateName(), RenderOptions.defaults());
                out.add("bench " + layout + " " + r + "\t"
                        + json.writeValueAsString(DocumentLint.findings(lint, importer.read(file, null), "f.md")));
            }
        }
        for (int r = 0; r < records.size(); r++) {
            out.add("record " + r + "\t" + json.writeValueAsString(lint.findings(records.get(r))));
        }

        List<Path> documents;
        try (Stream<Path> all = Files.walk(Path.of(root, "src/test/resources"))) {
            documents = all.filter(Files::isRegularFile)
                    .filter(p -> p.toString().matches(".*\\.(md|txt|html|docx)$")).sorted().toList();
        }
        for (Path p : documents) {
            String found;
            try {
                found = json.writeValueAsString(DocumentLint.findings(lint, importer.read(Files.readAllBytes(p), null),
                        p.getFileName().toString()));
            } catch (RuntimeException e) {
                found = "refused: " + e; // the importer's refusal, which must be the same too
            }
            out.add("document " + p + "\t" + found);
        }

        BlameCheck check = new BlameCheck(BlameWords.builtIn());
        BlameCheck withPeople = new BlameCheck(BlameWords.builtIn().with(List.of("Priya Shah", "Tom", "Inés Ruiz",
                "@sunniva.r", "Mark", "Kafka", "Ops", "Bill")));
        BlameCheck rulesOnly = BlameCheck.withoutTagger(BlameWords.builtIn());
        List<Path> sets;
        try (Stream<Path> all = Files.list(Path.of(root, "src/test/resources/lint"))) {
            sets = all.filter(p -> p.toString().endsWith(".tsv")).sorted().toList();
        }
        for (Path set : sets) {
            for (String line : Files.readAllLines(set, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String sentence = line.substring(line.indexOf('\t') + 1);
                out.add("sentence " + set.getFileName() + " " + sentence + "\t"
                        + json.writeValueAsString(check.check("analysis.narrative", sentence))
                        + json.writeValueAsString(check.check("actionItems[0].title", sentence))
                        + json.writeValueAsString(withPeople.check("timeline[2].description", sentence))
                        + json.writeValueAsString(rulesOnly.check("summary", sentence))
                        + check.blames(sentence) + check.blamesOrLikely(sentence));
            }
        }
        return out;
    }
}
