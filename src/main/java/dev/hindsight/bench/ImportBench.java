package dev.hindsight.bench;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.demo.DemoIncidents;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.importer.Imported;
import dev.hindsight.importer.assemble.Assembler;
import dev.hindsight.importer.blocks.Blocks;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.template.OutputFormat;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Specimen;
import dev.hindsight.template.Templates;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;

/**
 * Import throughput of the reading pipeline, single thread, for Markdown, HTML and .docx, against the Markdown
 * parser alone on the same documents. The documents are the demo incidents and the specimen record in the
 * postmortem layout; the Markdown goes to the pipeline directly ({@link Assembler}), because through
 * {@link DocumentImporter} a document this plainly in a seed layout is read by that layout's old reader. Each
 * measurement runs in a JVM of its own. Prints a table, the HTML and .docx rates, and one summary line,
 * {@code import: <docs/s> documents/s (<ratio>x vs Markdown parser alone <docs/s> documents/s)}.
 * Run it with {@code bench/import}.
 */
public final class ImportBench {

    /**
     * The parser as the blocks stage builds it: the same extensions, and source positions for block nodes (the stage
     * reads inline nodes' positions only for a paragraph of images, with a second parser).
     */
    private static final Parser MARKDOWN = Parser.builder()
            .extensions(List.of(TablesExtension.create(),
                    StrikethroughExtension.builder().requireTwoTildes(true).build(),
                    TaskListItemsExtension.create()))
            .includeSourceSpans(IncludeSourceSpans.BLOCKS)
            .build();
    private static final String LAYOUT = "postmortem";

    /** What is measured, in the order printed; each a format, and whether it is the whole pipeline. */
    private enum Measurement {
        PARSE("parse", "markdown", "Markdown parser alone"),
        MARKDOWN_BLOCKS("markdown-blocks", "markdown", "Markdown: blocks stage alone"),
        MARKDOWN("markdown", "markdown", "Markdown through the pipeline"),
        HTML_BLOCKS("html-blocks", "html", "HTML: blocks stage alone"),
        HTML("html", "html", "HTML through the pipeline"),
        DOCX_BLOCKS("docx-blocks", "docx", "docx: blocks stage alone"),
        DOCX("docx", "docx", "docx through the pipeline");

        final String code;
        final String format;
        final String label;

        Measurement(String code, String format, String label) {
            this.code = code;
            this.format = format;
            this.label = label;
        }
    }

    private ImportBench() {
    }

    public static void main(String[] args) throws IOException, InterruptedException {
        System.setProperty("org.slf4j.simpleLogger.defaultLogLevel", "warn");
        List<String> options = List.of(args);
        boolean quick = options.contains("--quick");
        int measureAt = options.indexOf("--measure");
        if (measureAt >= 0) {
            String code = options.get(measureAt + 1);
            for (Measurement m : Measurement.values()) {
                if (m.code.equals(code)) {
                    measure(m, quick);
                }
            }
            return;
        }
        System.out.printf(Locale.ROOT, "Hindsight import benchmark: the %s layout's documents, each measurement in a "
                        + "JVM of its own, one thread, %s per measurement after the warm-up, Java %s%n", LAYOUT,
                quick ? "0.5 s" : "3 s", System.getProperty("java.version"));
        System.out.printf("Warm-up: %s of the thread's own CPU time on the operation, then until the JIT goes quiet%n",
                quick ? "0.5 s" : "10 s");
        System.out.printf("%n%-31s %7s %9s %8s %8s %11s  %s%n", "measurement", "KB/doc", "docs/s", "ratio",
                "on CPU", "docs/CPU-s", "warm-up");
        Map<Measurement, Double> rates = new HashMap<>();
        for (Measurement m : Measurement.values()) {
            String[] row = inOwnJvm(m, quick);
            double rate = Double.parseDouble(row[1]);
            rates.put(m, rate);
            double onCpu = Double.parseDouble(row[3]);
            System.out.printf(Locale.ROOT, "%-31s %7.1f %9.0f %7.2fx %7.0f%% %11.0f  %s%n", m.label,
                    Double.parseDouble(row[2]), rate, rate / rates.get(Measurement.PARSE), 100 * onCpu, rate / onCpu,
                    row[4]);
            if (!row[5].isEmpty()) {
                System.out.printf("%-31s %s%n", "", row[5]);
            }
        }
        double parse = rates.get(Measurement.PARSE);
        System.out.printf(Locale.ROOT, "%n(ratio: the rate ÷ the Markdown parser's alone; on CPU: the least share of "
                + "a measurement's wall time the thread ran, under 95%% something else had the core; docs/CPU-s: "
                + "documents per second of the thread's own CPU time, the steadier figure on a busy machine)%n");
        System.out.printf(Locale.ROOT, "%nper document, Markdown: blocks stage %.0f µs, the rest of the pipeline "
                        + "(sections, extractors, assembly) %.0f µs%n", 1e6 / rates.get(Measurement.MARKDOWN_BLOCKS),
                1e6 / rates.get(Measurement.MARKDOWN) - 1e6 / rates.get(Measurement.MARKDOWN_BLOCKS));
        System.out.printf(Locale.ROOT, "html import: %.0f documents/s (%.2fx vs Markdown parser alone)%n",
                rates.get(Measurement.HTML), rates.get(Measurement.HTML) / parse);
        System.out.printf(Locale.ROOT, "docx import: %.0f documents/s (%.2fx vs Markdown parser alone)%n",
                rates.get(Measurement.DOCX), rates.get(Measurement.DOCX) / parse);
        System.out.printf(Locale.ROOT, "import: %.0f documents/s (%.2fx vs Markdown parser alone %.0f documents/s)%n",
                rates.get(Measurement.MARKDOWN), rates.get(Measurement.MARKDOWN) / parse, parse);
    }

    /** Measures in a fresh JVM, so that its figures do not depend on what the JIT saw before. */
    private static String[] inOwnJvm(Measurement m, boolean quick) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-XX:ActiveProcessorCount=1", "-cp", System.getProperty("java.class.path"),
                ImportBench.class.getName(), "--measure", m.code));
        if (quick) {
            command.add("--quick");
        }
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (child.waitFor() != 0) {
            throw new IllegalStateException("measuring " + m.code + " failed:\n" + output);
        }
        return output.lines().filter(l -> l.startsWith("row\t")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no figures for " + m.code + ":\n" + output))
                .split("\t", -1);
    }

    /** Prints one tab-separated row: "row", documents/s, KB per document, on CPU share, warm-up, what was read. */
    private static void measure(Measurement m, boolean quick) {
        Conventions conventions = Conventions.defaults();
        List<PostMortem> records = new ArrayList<>(DemoIncidents.all(conventions));
        records.add(Specimen.record());
        Renderer renderer = new Renderer(Templates.builtIn(), conventions);
        List<String> markdown = records.stream().map(r -> renderer.markdown(r, LAYOUT, RenderOptions.defaults()))
                .toList();
        DocumentImporter importer = new DocumentImporter(conventions);
        Function<String, Imported> pipeline = text -> Assembler.read(Blocks.markdown(text), conventions,
                conventions.actionPolicy());
        List<byte[]> bytes = switch (m.format) {
            case "html" -> records.stream().map(r -> renderer.render(r, LAYOUT, OutputFormat.HTML,
                    RenderOptions.defaults())).toList();
            case "docx" -> markdown.stream().map(WordRendition::of).toList();
            default -> markdown.stream().map(d -> d.getBytes(StandardCharsets.UTF_8)).toList();
        };
        Workload<?> workload = switch (m) {
            case PARSE -> new Workload<>(markdown, MARKDOWN::parse);
            case MARKDOWN_BLOCKS -> new Workload<>(markdown, Blocks::markdown);
            case MARKDOWN -> new Workload<>(markdown, pipeline::apply);
            case HTML_BLOCKS, DOCX_BLOCKS -> new Workload<>(bytes, Blocks::read);
            case HTML, DOCX -> new Workload<>(bytes, b -> importer.read(b, null));
        };
        String read = switch (m) {
            case MARKDOWN -> whatWasRead(markdown.stream().map(pipeline).toList(), records);
            case HTML, DOCX -> whatWasRead(bytes.stream().map(b -> importer.read(b, null)).toList(), records);
            default -> "";
        };
        workload.runForCpu(quick ? 0.5 : 10);
        String warmUp = Workload.warmUp(List.of(workload), quick ? 3 : 60);
        double[] onCpu = {1.0};
        double rate = workload.rate(quick ? 0.5 : 3.0, onCpu);
        double kilobytes = bytes.stream().mapToInt(b -> b.length).average().orElse(0) / 1024;
        System.out.printf(Locale.ROOT, "row\t%.1f\t%.2f\t%.3f\t%s\t%s%n", rate, kilobytes, onCpu[0], warmUp, read);
    }

    /**
     * What the pipeline made of the documents, against what they hold: a rate is only worth comparing when the
     * documents were read.
     */
    private static String whatWasRead(List<Imported> imported, List<PostMortem> records) {
        int events = 0;
        int actions = 0;
        int stated = records.stream().mapToInt(r -> r.timeline().events().size()).sum();
        int statedActions = records.stream().mapToInt(r -> r.actionItems().size()).sum();
        int lines = 0;
        for (Imported i : imported) {
            events += i.record().timeline().events().size();
            actions += i.record().actionItems().size();
            lines += i.report().lines().size();
        }
        return String.format(Locale.ROOT, "read: %d of %d timeline entries, %d of %d action items, %d lines "
                + "accounted for, %d documents", events, stated, actions, statedActions, lines, imported.size());
    }
}
