package dev.hindsight.bench;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * How fast {@code hindsight lint} checks post-mortems on one thread: Markdown files in every seed layout, read as the
 * command reads them (the import included, since a file must be read before it is checked), and stored records,
 * which need no reading. The demo incidents and the specimen record, rendered in each layout. Prints one summary
 * line, {@code lint: <files/s> documents/s (<ratio> vs 1000 documents/s aim)}. Run it with {@code bench/lint}.
 */
public final class LintBench {

    private static final double AIM = 1000;

    private LintBench() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        boolean quick = List.of(args).contains("--quick");
        Conventions conventions = Conventions.defaults();
        List<PostMortem> records = new ArrayList<>(DemoIncidents.all(conventions));
        records.add(Specimen.record());
        Renderer renderer = new Renderer(Templates.builtIn(), conventions);
        List<String> files = new ArrayList<>();
        for (BuiltInTemplate layout : BuiltInTemplate.values()) {
            for (PostMortem record : records) {
                files.add(renderer.markdown(record, layout.templateName(), RenderOptions.defaults()));
            }
        }
        RecordLint assistant = RecordLint.builtIn(conventions);
        DocumentImporter importer = new DocumentImporter(conventions);
        List<Workload<?>> workloads = List.of(
                new Workload<String>(files, f -> DocumentLint.findings(assistant, importer.read(f, null), "f.md")),
                new Workload<PostMortem>(records, assistant::findings));
        for (Workload<?> w : workloads) {
            w.runForCpu(quick ? 1 : 10);
        }
        String warmUp = Workload.warmUp(workloads, quick ? 3 : 60);
        double seconds = quick ? 0.5 : 3.0;
        double[] fileShare = {1.0};
        double[] recordShare = {1.0};
        double fileRate = workloads.get(0).rate(seconds, fileShare);
        double recordRate = workloads.get(1).rate(seconds, recordShare);
        System.out.printf(Locale.ROOT, "Hindsight lint benchmark, one thread, %d Markdown files in %d layouts and %d "
                + "records; warm-up %s; the thread was on CPU at least %.0f%% of the time%n", files.size(),
                BuiltInTemplate.values().length, records.size(), warmUp,
                100 * Math.min(fileShare[0], recordShare[0]));
        // A second of the thread's CPU time as well: on a busy machine the wall-clock rate says more about the load.
        System.out.printf(Locale.ROOT, "  Markdown files (read, then checked): %.0f documents/s (%.0f per CPU second)%n",
                fileRate, fileRate / fileShare[0]);
        System.out.printf(Locale.ROOT, "  stored records (checked):            %.0f documents/s (%.0f per CPU second)%n",
                recordRate, recordRate / recordShare[0]);
        System.out.printf(Locale.ROOT, "lint: %.0f documents/s (%.2fx vs %.0f documents/s aim)%n", fileRate,
                fileRate / AIM, AIM);
    }
}
