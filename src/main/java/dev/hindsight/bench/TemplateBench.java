package dev.hindsight.bench;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.demo.DemoIncidents;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Specimen;
import dev.hindsight.template.Templates;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import org.commonmark.ext.front.matter.YamlFrontMatterExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;

/**
 * Render and import throughput per layout, single thread, against the Markdown parser alone on the same
 * documents: the parser is the floor under any importer, so the ratio says how much the importer adds.
 * Prints a table and one summary line,
 * {@code templates: <slowest import docs/s> documents/s import (<ratio> vs Markdown parser alone <docs/s>)}.
 * Run it with {@code bench/templates}.
 */
public final class TemplateBench {

    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create(), YamlFrontMatterExtension.create())).build();

    private TemplateBench() {
    }

    public static void main(String[] args) {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        double seconds = args.length > 0 && args[0].equals("--quick") ? 0.5 : 3.0;
        Conventions conventions = Conventions.defaults();
        List<PostMortem> records = new ArrayList<>(DemoIncidents.all(conventions));
        records.add(Specimen.record());
        Renderer renderer = new Renderer(Templates.builtIn(), conventions);
        DocumentImporter importer = new DocumentImporter(conventions);
        System.out.printf(Locale.ROOT, "Hindsight template benchmark: %d records, %.1f s per measurement after a "
                        + "warm-up, single thread, %d cores visible, Java %s%n%n", records.size(), seconds,
                Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));
        System.out.printf("%-13s %14s %14s %14s %8s %8s%n", "layout", "render docs/s", "import docs/s", "parse docs/s",
                "ratio", "on CPU");
        double slowestImport = Double.MAX_VALUE;
        double parseAtSlowest = 0;
        double slowestRender = Double.MAX_VALUE;
        for (BuiltInTemplate layout : BuiltInTemplate.values()) {
            String name = layout.templateName();
            List<String> documents = records.stream()
                    .map(r -> renderer.markdown(r, name, RenderOptions.defaults())).toList();
            double[] onCpu = {1.0};
            double render = rate(seconds, records, r -> renderer.markdown(r, name, RenderOptions.defaults()), onCpu);
            double imported = rate(seconds, documents, d -> importer.read(d, null), onCpu);
            double parsed = rate(seconds, documents, MARKDOWN::parse, onCpu);
            System.out.printf(Locale.ROOT, "%-13s %14.0f %14.0f %14.0f %7.2fx %7.0f%%%n", name, render, imported,
                    parsed, imported / parsed, 100 * onCpu[0]);
            if (imported < slowestImport) {
                slowestImport = imported;
                parseAtSlowest = parsed;
            }
            slowestRender = Math.min(slowestRender, render);
        }
        System.out.printf(Locale.ROOT, "%n(on CPU: the least share of a measurement's wall time the thread ran; "
                + "under 95%% the machine was busy and the figures are low)%n");
        System.out.printf(Locale.ROOT, "%nslowest render: %.0f documents/s (target 5000); slowest import: %.0f "
                + "documents/s (target 2000, and at least half the parser's rate)%n", slowestRender, slowestImport);
        System.out.printf(Locale.ROOT, "templates: %.0f documents/s import (%.2fx vs Markdown parser alone %.0f "
                + "documents/s)%n", slowestImport, slowestImport / parseAtSlowest, parseAtSlowest);
    }

    /**
     * Operations per second over the inputs, round robin, after a warm-up of the same length. {@code onCpu[0]} is
     * lowered to the share of the measurement's wall time this thread spent running, where that is smaller: on a
     * shared machine the rate is only as good as that share.
     */
    private static <T> double rate(double seconds, List<T> inputs, Consumer<T> operation, double[] onCpu) {
        run(seconds, inputs, operation, new double[1]);
        double[] share = new double[1];
        double rate = run(seconds, inputs, operation, share);
        onCpu[0] = Math.min(onCpu[0], share[0]);
        return rate;
    }

    private static <T> double run(double seconds, List<T> inputs, Consumer<T> operation, double[] onCpu) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuStart = threads.getCurrentThreadCpuTime();
        long deadline = System.nanoTime() + (long) (seconds * 1e9);
        long start = System.nanoTime();
        long done = 0;
        while (System.nanoTime() < deadline) {
            for (T input : inputs) {
                operation.accept(input);
                done++;
            }
        }
        long wall = System.nanoTime() - start;
        onCpu[0] = (threads.getCurrentThreadCpuTime() - cpuStart) / (double) wall;
        return done / (wall / 1e9);
    }
}
