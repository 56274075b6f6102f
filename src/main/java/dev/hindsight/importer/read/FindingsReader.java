package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.incident.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the observation lists of a post-mortem: what went well, what went wrong, where we got lucky, the
 * contributing factors. Stateless; thread-safe.
 *
 * <p>Each list item, table row or paragraph is one finding. "Title: description" and "Title - description" are
 * split when the title is short (at most {@value #SHORT_TITLE} characters and {@value #SHORT_WORDS} words); a
 * trailing "(High)" is the finding's severity; items nested under one that are labelled "Impact:", "Severity:"
 * or "Description:" fill those parts and other nested items add to the description. A heading followed only by
 * paragraphs is one finding titled by the heading. A table is read by its column names (title, description,
 * impact, severity), else its first cell is the title and the rest the description.
 */
public final class FindingsReader {

    static final int SHORT_TITLE = 60;
    static final int SHORT_WORDS = 8;

    /** "Title: rest", "Title - rest", "Title — rest"; the title is checked for length afterwards. */
    private static final Pattern SPLIT = Pattern.compile("^([^:\\n]{1,80}?)(?::|\\s[-–—]\\s)\\s*(\\S[\\s\\S]*)$");
    /** A severity closing a title: "(High)", "[severity: low]"; looked for in the title's last characters only. */
    private static final Pattern SEVERITY = Pattern.compile(
            "(?i)[(\\[](?:severity:?\\s*+)?(critical|high|medium|low)[)\\]]\\s*+$");

    /** The labels of a finding's parts, written under it. */
    /** A findings table's own columns beyond title, description, impact and severity (importer/columns.json). */
    private static final Columns FINDING_COLUMNS = Columns.of("findings");
    /** A row number as a numbered column holds it: "1", "2.", "3)". */
    private static final Pattern ORDINAL = Pattern.compile("\\d{1,3}[.)]?");
    private static final java.util.Set<String> PART_LABELS = java.util.Set.of("description", "details", "what",
            "impact", "why it helped", "severity", "effect");

    private FindingsReader() {
    }

    public static List<Sourced<Analysis.Finding>> read(List<Block> blocks) {
        return read(blocks, null);
    }

    /**
     * As {@link #read(List)}; headings and paragraphs that only introduce a list, and a table's header, are
     * noted in the log as context. Without a log their lines are counted with the first finding after them.
     */
    public static List<Sourced<Analysis.Finding>> read(List<Block> blocks, ImportLog log) {
        return read(blocks, log, false);
    }

    /**
     * As {@link #read(List, ImportLog)}.
     *
     * @param asWritten each item, row or paragraph is one finding's title as written, not split at a colon or dash
     *                  (a layout that writes findings as titles alone)
     */
    public static List<Sourced<Analysis.Finding>> read(List<Block> blocks, ImportLog log, boolean asWritten) {
        List<ListEntries.Entry> entries = ListEntries.of(blocks);
        List<Sourced<Analysis.Finding>> out = new ArrayList<>();
        List<ListEntries.Entry> pending = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            ListEntries.Entry e = entries.get(i);
            Analysis.Finding finding = null;
            Lines lines = e.lines();
            switch (e.kind()) {
                case HEADING -> {
                    int end = i + 1;
                    while (end < entries.size() && isProse(entries.get(end))) {
                        end++;
                    }
                    if (end > i + 1 && (end == entries.size() || entries.get(end).kind() == ListEntries.Kind.HEADING)) {
                        StringBuilder description = new StringBuilder();
                        for (int j = i + 1; j < end; j++) {
                            description.append(description.isEmpty() ? "" : "\n\n")
                                    .append(ProseReader.render(entries.get(j).block()));
                            lines = lines.span(entries.get(j).lines());
                        }
                        finding = titled(e.text(), description.toString());
                        i = end - 1;
                    }
                }
                case ITEM -> finding = asWritten && e.nested().isEmpty() ? Analysis.Finding.of(e.text().strip())
                        : item(e);
                case ROW -> finding = row(e);
                case PARAGRAPH, OTHER -> finding = asWritten ? Analysis.Finding.of(ProseReader.render(e.block()).strip())
                        : split(ProseReader.render(e.block()));
                default -> {
                }
            }
            if (finding == null) {
                introduces(e, log, pending);
                continue;
            }
            out.add(new Sourced<>(finding, ListEntries.widened(lines, pending)));
            pending.clear();
        }
        if (!pending.isEmpty() && log == null) {
            // Nothing followed them: they are findings of their own rather than lost.
            pending.forEach(p -> out.add(new Sourced<>(Analysis.Finding.of(p.text()), p.lines())));
        }
        return out;
    }

    private static void introduces(ListEntries.Entry e, ImportLog log, List<ListEntries.Entry> pending) {
        if (log != null) {
            log.context(e.lines(), "'" + e.text() + "' introduces the findings that follow");
        } else {
            pending.add(e);
        }
    }

    private static boolean isProse(ListEntries.Entry e) {
        return e.kind() == ListEntries.Kind.PARAGRAPH || e.kind() == ListEntries.Kind.OTHER;
    }

    private static Analysis.Finding item(ListEntries.Entry e) {
        // An item whose parts are labelled below it ("- Description: ...") is a title, whatever its punctuation.
        boolean parts = e.nested().stream().anyMatch(n -> LabelledLines.read(n.text().strip())
                .map(l -> PART_LABELS.contains(l.label().toLowerCase(Locale.ROOT))).orElse(false));
        Analysis.Finding head = parts ? titled(e.text(), "") : split(e.text());
        String description = head.description();
        String impact = "";
        String severity = head.severity();
        for (Block n : e.nested()) {
            var labelled = LabelledLines.read(n.text().strip());
            String label = labelled.map(l -> l.label().toLowerCase(Locale.ROOT)).orElse("");
            // "What: [Description]": a part the template offered and nobody filled in is empty.
            String value = labelled.map(LabelledLines.Labelled::value)
                    .map(v -> dev.hindsight.importer.read.Placeholders.isUnfilled(v) ? "" : v).orElse("");
            if (label.equals("impact") || label.startsWith("how it ") || label.equals("effect")
                    || label.equals("why it helped")) {
                impact = join(impact, value);
            } else if (label.equals("severity") || label.equals("priority")) {
                severity = value;
            } else if (label.equals("description") || label.equals("details") || label.equals("what")) {
                description = join(description, value);
            } else {
                description = join(description, n.is(Block.Kind.LIST_ITEM) ? n.text().strip() : ProseReader.render(n));
            }
        }
        return new Analysis.Finding(head.title(), description, impact, severity);
    }

    private static Analysis.Finding row(ListEntries.Entry e) {
        List<String> cells = e.block().cells();
        String title = "";
        String description = "";
        String impact = "";
        String severity = "";
        List<String> rest = new ArrayList<>();
        List<String> kinds = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            String column = c < e.header().size() ? e.header().get(c).toLowerCase(Locale.ROOT) : "";
            String named = column.isBlank() ? null : FINDING_COLUMNS.field(column, Columns.Match.WHOLE);
            if ("number".equals(named) && ORDINAL.matcher(cell).matches()) {
                continue; // the row's place in the table ("| 1 |"), not something the finding says
            }
            if ("kind".equals(named) && !cell.isEmpty()) {
                // A finding has no kind of its own: the column's word stays with it, labelled ("Kind: Testing").
                kinds.add(e.header().get(c).strip() + ": " + cell);
                continue;
            }
            if (title.isEmpty() && (column.contains("title") || column.contains("finding") || column.contains("factor")
                    || column.contains("issue") || column.equals("what") || column.contains("area"))) {
                title = cell;
            } else if (column.contains("impact") || column.contains("effect")) {
                impact = join(impact, cell);
            } else if (column.contains("severity") || column.contains("priority")) {
                severity = cell;
            } else if (column.contains("description") || column.contains("detail")) {
                description = join(description, cell);
            } else if (!cell.isEmpty()) {
                rest.add(cell);
            }
        }
        if (title.isEmpty() && !rest.isEmpty()) {
            title = rest.remove(0);
        }
        for (String r : rest) {
            description = join(description, r);
        }
        for (String k : kinds) {
            description = join(description, k);
        }
        return new Analysis.Finding(title, description, impact, severity);
    }

    /** A finding from one text: split into title and description when it starts with a short label. */
    static Analysis.Finding split(String text) {
        String t = text.strip();
        // "**Title.** description" when the source kept its bold marks: the bold run is the title.
        int close = t.startsWith("**") ? t.indexOf("**", 2) : -1;
        if (close > 2 && close - 2 <= SHORT_TITLE + 2 && close + 2 < t.length()) {
            String title = t.substring(2, close).strip();
            String rest = t.substring(close + 2).strip();
            title = title.endsWith(":") || title.endsWith(".") ? title.substring(0, title.length() - 1) : title;
            rest = rest.startsWith(":") || rest.startsWith("-") ? rest.substring(1).strip() : rest;
            if (!title.isEmpty() && !rest.isEmpty()) {
                return titled(title, rest);
            }
        }
        Matcher m = SPLIT.matcher(t.length() > WrittenLine.SCANNED ? t.substring(0, WrittenLine.SCANNED) : t);
        if (m.matches() && isShort(m.group(1).strip())) {
            return titled(m.group(1).strip(), t.substring(m.start(2)).strip());
        }
        return titled(t, "");
    }

    private static Analysis.Finding titled(String title, String description) {
        String t = title.strip();
        String severity = "";
        Matcher s = SEVERITY.matcher(t).region(Math.max(0, t.length() - 32), t.length());
        if (s.find() && s.start() > 0) {
            severity = s.group(1);
            t = t.substring(0, s.start()).strip();
        }
        return new Analysis.Finding(t, description, "", severity);
    }

    private static boolean isShort(String title) {
        if (title.isEmpty() || title.length() > SHORT_TITLE || Character.isDigit(title.charAt(title.length() - 1))) {
            return false;
        }
        int words = 1;
        for (int i = 0; i < title.length(); i++) {
            if (title.charAt(i) == ' ') {
                words++;
            }
        }
        return words <= SHORT_WORDS;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    }
}
