import dev.hindsight.conventions.Conventions;
import dev.hindsight.demo.DemoIncidents;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Specimen;
import dev.hindsight.template.Templates;
import java.util.ArrayList;
import java.util.List;

/**
 * One build's side of {@code ImportSame}: the bench's Markdown files, and any document read as JSON of everything
 * {@link DocumentImporter#read(String, BuiltInTemplate)} returns (the layout, the record, the notes, the report with
 * every line's use), or the refusal's type and message.
 */
public final class ImportSameSide {

    private final Conventions conventions = Conventions.defaults();
    private final DocumentImporter importer = new DocumentImporter(conventions);

    public ImportSameSide() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
    }

    /** The demo incidents and the specimen rendered in every built-in layout: LintBench's 30 files. */
    public List<String> benchDocuments() {
        List<PostMortem> records = new ArrayList<>(DemoIncidents.all(conventions));
        records.add(Specimen.record());
        Renderer renderer = new Renderer(Templates.builtIn(), conventions);
        List<String> out = new ArrayList<>();
        for (BuiltInTemplate layout : BuiltInTemplate.values()) {
            for (PostMortem record : records) {
                out.add(renderer.markdown(record, layout.templateName(), RenderOptions.defaults()));
            }
        }
        return out;
    }

    /** The built-in layouts' names, to read a document as each. */
    public List<String> layouts() {
        return java.util.Arrays.stream(BuiltInTemplate.values()).map(BuiltInTemplate::templateName).toList();
    }

    /** Everything the import returns, as JSON; or what it refused with. */
    public String read(String text, String layout) {
        BuiltInTemplate as = layout == null ? null : BuiltInTemplate.named(layout).orElseThrow();
        try {
            return Json.writePretty(importer.read(text, as));
        } catch (RuntimeException e) {
            return "refused: " + e.getClass().getName() + ": " + e.getMessage();
        }
    }
}
