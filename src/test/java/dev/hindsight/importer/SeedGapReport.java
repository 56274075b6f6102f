package dev.hindsight.importer;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RecordGenerator;
import dev.hindsight.template.BuiltInTemplate;
import dev.hindsight.template.RenderOptions;
import dev.hindsight.template.Renderer;
import dev.hindsight.template.Templates;
import java.lang.reflect.RecordComponent;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * How far the reading pipeline is from a seed layout's old reader: generated records rendered in the layout are
 * imported both ways, and each record field that differs is counted, with both values shown for the first record
 * where it does. A tool for moving a layout into {@code DocumentImporter.READ_BY_PIPELINE} (run by
 * {@code tools/seed-gap}), not a test: the layout's round-trip and import tests are the bar.
 */
public final class SeedGapReport {

    private SeedGapReport() {
    }

    public static void main(String[] args) throws ReflectiveOperationException {
        if (args.length < 1) {
            System.err.println("usage: tools/seed-gap LAYOUT [RECORDS]   (postmortem, google-doc, front-matter, review)");
            System.exit(2);
        }
        BuiltInTemplate layout = BuiltInTemplate.named(args[0]).orElseThrow(
                () -> new IllegalArgumentException("no seed layout '" + args[0] + "'"));
        if (dev.hindsight.importer.layouts.Readers.all().stream().noneMatch(r -> r.layout() == layout)) {
            // Both importers below would read it through the pipeline: there is nothing left to compare.
            System.out.println(layout.templateName() + ": its old reader is gone; the pipeline reads it");
            return;
        }
        int records = args.length > 1 ? Integer.parseInt(args[1]) : 30;
        Conventions conventions = Conventions.defaults();
        Renderer renderer = new Renderer(Templates.builtIn(), conventions);
        DocumentImporter old = new DocumentImporter(conventions, java.util.Set.of());
        DocumentImporter pipeline = new DocumentImporter(conventions, java.util.Set.of(layout));
        Map<String, Integer> differ = new TreeMap<>();
        Map<String, String> first = new TreeMap<>();
        for (long seed = 1; seed <= records; seed++) {
            String markdown = renderer.markdown(new RecordGenerator(seed, conventions).record(), layout.templateName(),
                    RenderOptions.defaults());
            PostMortem a = old.read(markdown, null).record();
            PostMortem b = pipeline.read(markdown, null).record();
            for (RecordComponent field : PostMortem.class.getRecordComponents()) {
                Object was = field.getAccessor().invoke(a);
                Object now = field.getAccessor().invoke(b);
                if (!Objects.equals(was, now)) {
                    differ.merge(field.getName(), 1, Integer::sum);
                    first.putIfAbsent(field.getName(), "record " + seed + "\n  old reader: " + cut(was)
                            + "\n  pipeline:   " + cut(now));
                }
            }
        }
        first.forEach((field, example) -> System.out.println(field + ", " + example + "\n"));
        System.out.println(layout.templateName() + ": fields that differ, of " + records + " records: " + differ);
    }

    private static String cut(Object value) {
        String s = String.valueOf(value);
        return s.length() > 700 ? s.substring(0, 700) + "…" : s;
    }
}
