package dev.hindsight.importer;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.template.BuiltInTemplate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the Google-Docs layout (seed 002) in both of its forms: the tab-separated text Google Docs exports
 * ("Title&lt;TAB&gt;...", section titles on lines of their own) and the Markdown form (headings, two-column
 * tables). Label rows are read wherever they stand, sections by their titles in any order; the seed's guidance
 * and placeholders are passed over; anything the layout has no field for is kept as an extra section.
 * Stateless; each read has its own {@link GoogleDocReading}.
 */
public final class GoogleDocReader implements LayoutReader {

    /** What marks the layout, each once, with how much it counts: its labels, titles and row names. */
    private static final Map<String, Integer> MARKS = new LinkedHashMap<>();

    static {
        MARKS.put("investigation doc", 2);
        MARKS.put("title", 1);
        MARKS.put("author", 1);
        MARKS.put("severity", 1);
        MARKS.put("blast radius", 2);
        MARKS.put("timing of the response", 3);
        MARKS.put("incident response metrics", 2);
        MARKS.put("number of clinics affected", 1);
        MARKS.put("apps apis affected", 2);
        MARKS.put("time to detect the issue", 2);
        MARKS.put("time to response", 2);
        MARKS.put("teams involved", 1);
        MARKS.put("p0 action items", 2);
        MARKS.put("p1 action items", 1);
        MARKS.put("p2 action items", 1);
        MARKS.put("where did we get lucky", 1);
        MARKS.put("timeline summary", 1);
        MARKS.put("reviewers list of stakeholders", 2);
    }

    @Override
    public BuiltInTemplate layout() {
        return BuiltInTemplate.GOOGLE_DOC;
    }

    /**
     * The weight of the marks present. Label marks ("Title", "Author", "Severity", "Investigation doc") count
     * only as the label of a row (a tab or a table cell after it), since the words alone are common.
     */
    @Override
    public int score(SourceDocument document) {
        // Every document is scored by every reader: rule out the others' documents before reading lines.
        String text = document.lowerText();
        if (!text.contains("blast radius") && !text.contains("timing of the response")
                && !text.contains("reviewers / list of stakeholders") && !text.contains("action items (should")) {
            return 0;
        }
        Map<String, Integer> found = new LinkedHashMap<>();
        for (String raw : document.lines()) {
            GoogleDocLines.Line line = GoogleDocLines.line(raw);
            boolean row = line.kind() == GoogleDocLines.Kind.ROW;
            String key = Section.normal(row ? line.text() : raw.replaceFirst("^\\s*#+", ""));
            for (Map.Entry<String, Integer> mark : MARKS.entrySet()) {
                boolean label = List.of("title", "author", "severity").contains(mark.getKey());
                if ((label ? row && key.equals(mark.getKey()) : key.startsWith(mark.getKey()))) {
                    found.put(mark.getKey(), mark.getValue());
                }
            }
        }
        return found.size() < 3 ? 0 : found.values().stream().mapToInt(Integer::intValue).sum();
    }

    @Override
    public PostMortem read(SourceDocument document, ImportContext context) {
        // Every Markdown section is read here, known or not (an unknown one becomes an extra section below), so
        // all are marked taken, in order: taking a section by its own heading in document order takes that one.
        for (Section section : document.sections()) {
            document.take(section.heading());
        }
        return new GoogleDocReading(context).read(GoogleDocLines.blocks(document.lines()));
    }
}
