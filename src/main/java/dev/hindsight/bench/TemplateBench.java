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
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

    public static void main(String[] args) throws IOException, InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<String> options = List.of(args);
        boolean quick = options.contains("--quick");
        int layoutAt = options.indexOf("--layout");
        if (layoutAt >= 0) {
            measure(BuiltInTemplate.named(options.get(layoutAt + 1)).orElseThrow(), quick);
            return;
        }
        System.out.printf(Locale.ROOT, "Hindsight template benchmark: each layout in a JVM of its own, one thread, "
                        + "%s per measurement after the warm-up, Java %s%n", quick ? "0.5 s" : "3 s",
                System.getProperty("java.version"));
        System.out.printf("%n%-13s %14s %14s %14s %8s %8s  %s%n", "layout", "render docs/s", "import docs/s",
                "parse docs/s", "ratio", "on CPU", "warm-up");
        double slowestImport = Double.MAX_VALUE;
        double parseAtSlowest = 0;
        double slowestRender = Double.MAX_VALUE;
        for (BuiltInTemplate layout : BuiltInTemplate.values()) {
            String[] row = inOwnJvm(layout, quick);
            double render = Double.parseDouble(row[1]);
            double imported = Double.parseDouble(row[2]);
            double parsed = Double.parseDouble(row[3]);
            System.out.printf(Locale.ROOT, "%-13s %14.0f %14.0f %14.0f %7.2fx %7.0f%%  %s%n", layout.templateName(),
                    render, imported, parsed, imported / parsed, 100 * Double.parseDouble(row[4]), row[5]);
            if (imported < slowestImport) {
                slowestImport = imported;
                parseAtSlowest = parsed;
            }
            slowestRender = Math.min(slowestRender, render);
        }
        System.out.printf(Locale.ROOT, "%n(on CPU: the least share of a measurement's wall time the thread ran; "
                + "under 95%% something else had the core, often the JIT, and the figures are low)%n");
        System.out.printf(Locale.ROOT, "%nslowest render: %.0f documents/s (target 5000); slowest import: %.0f "
                + "documents/s (target 2000, and at least half the parser's rate)%n", slowestRender, slowestImport);
        System.out.printf(Locale.ROOT, "templates: %.0f documents/s import (%.2fx vs Markdown parser alone %.0f "
                + "documents/s)%n", slowestImport, slowestImport / parseAtSlowest, parseAtSlowest);
    }

    /**
     * Measures one layout in a fresh JVM, as this class run with {@code --layout}. Each layout gets its own so that
     * its figures do not depend on which layouts' documents the JIT saw before it.
     */
    private static String[] inOwnJvm(BuiltInTemplate layout, boolean quick) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:ActiveProcessorCount=1", "-cp", System.getProperty("java.class.path"),
                TemplateBench.class.getName(), "--layout", layout.templateName()));
        if (quick) {
            command.add("--quick");
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (child.waitFor() != 0) {
            throw new IllegalStateException("measuring " + layout.templateName() + " failed:\n" + output);
        }
        return output.lines().filter(l -> l.startsWith("row\t")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no figures for " + layout.templateName() + ":\n"
                        + output)).split("\t");
    }

    /** Prints one tab-separated row: "row", render, import, parse (documents/s), on CPU share, warm-up. */
    private static void measure(BuiltInTemplate layout, boolean quick) {
        Conventions conventions = Conventions.defaults();
        List<PostMortem> records = new ArrayList<>(DemoIncidents.all(conventions));
        records.add(Specimen.record());
        Renderer renderer = new Renderer(Templates.builtIn(), conventions);
        DocumentImporter importer = new DocumentImporter(conventions);
        String name = layout.templateName();
        List<String> documents = records.stream().map(r -> renderer.markdown(r, name, RenderOptions.defaults()))
                .toList();
        List<Workload<?>> workloads = List.of(
                new Workload<PostMortem>(records, r -> renderer.markdown(r, name, RenderOptions.defaults())),
                new Workload<String>(documents, d -> importer.read(d, null)),
                new Workload<String>(documents, MARKDOWN::parse));
        String warmUp = Workload.warmUp(workloads, quick ? 3 : 120);
        double seconds = quick ? 0.5 : 3.0;
        double[] onCpu = {1.0};
        double render = workloads.get(0).rate(seconds, onCpu);
        double imported = workloads.get(1).rate(seconds, onCpu);
        double parsed = workloads.get(2).rate(seconds, onCpu);
        System.out.printf(Locale.ROOT, "row\t%.1f\t%.1f\t%.1f\t%.3f\t%s%n", render, imported, parsed, onCpu[0],
                warmUp);
    }
}
