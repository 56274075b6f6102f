import dev.hindsight.conventions.Conventions;
import dev.hindsight.demo.DemoIncidents;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.DocumentLint;
import dev.hindsight.lint.RecordLint;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Specimen;
import dev.hindsight.template.Templates;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;

/**
 * One side of {@code LintAb}: the bench's 30 Markdown files (LintBench's), read then checked as lint does; or, with
 * -Dlint.ab.records=true, the bench's stored records checked; or, with -Dlint.ab.folder=DIR, the Markdown files of
 * that folder (say src/test/resources/imports/real-shapes, written in the shapes of public post-mortems). With
 * -Dlint.ab.checking=true the files are still read then checked, but only the checks' CPU is counted: a change to
 * the check is then measured as the loop leaves the cache for it (slower than checking files read beforehand, session
 * 21), without the import's share of the noise.
 */
public final class LintSide {
    private final List<String> files = new ArrayList<>();
    private final List<PostMortem> records = new ArrayList<>();
    /** Stored records only (LintBench's second figure), not files read then checked. */
    private final boolean recordsOnly = Boolean.getBoolean("lint.ab.records");
    /** Only the checks' CPU counted, each check right after its file's import. */
    private final boolean checkingOnly = Boolean.getBoolean("lint.ab.checking");
    private final RecordLint assistant;
    private final DocumentImporter importer;
    private int next;
    public long sink;

    public LintSide() {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        Conventions conventions = Conventions.defaults();
        records.addAll(DemoIncidents.all(conventions));
        records.add(Specimen.record());
        Renderer renderer = new Renderer(Templates.builtIn(), conventions);
        for (BuiltInTemplate layout : BuiltInTemplate.values()) {
            for (PostMortem record : records) {
                files.add(renderer.markdown(record, layout.templateName(), RenderOptions.defaults()));
            }
        }
        String folder = System.getProperty("lint.ab.folder");
        if (folder != null) {
            files.clear();
            try (var paths = java.nio.file.Files.list(java.nio.file.Path.of(folder))) {
                for (java.nio.file.Path p : paths.sorted().toList()) {
                    if (p.toString().endsWith(".md")) {
                        files.add(java.nio.file.Files.readString(p));
                    }
                }
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }
        assistant = RecordLint.builtIn(conventions);
        importer = new DocumentImporter(conventions);
    }

    /** Lints files in turn until the thread has spent the budget of CPU; documents per CPU second. */
    public double run(long cpuNanos) {
        ThreadMXBean t = ManagementFactory.getThreadMXBean();
        long start = t.getCurrentThreadCpuTime();
        long spent;
        long checking = 0;
        int n = 0;
        do {
            if (recordsOnly) {
                sink += assistant.findings(records.get(next++ % records.size())).size();
            } else {
                var imported = importer.read(files.get(next++ % files.size()), null);
                long checkStart = checkingOnly ? t.getCurrentThreadCpuTime() : 0;
                sink += DocumentLint.findings(assistant, imported, "f.md").size();
                checking += checkingOnly ? t.getCurrentThreadCpuTime() - checkStart : 0;
            }
            n++;
            spent = t.getCurrentThreadCpuTime() - start;
        } while (spent < cpuNanos);
        return n / ((checkingOnly && !recordsOnly ? checking : spent) / 1e9);
    }
}
