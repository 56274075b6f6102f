package dev.hindsight.importer.assemble;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.sections.Vocabulary;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A seed layout's guidance ("Choose a level based on the final impact...") is the template talking to the person
 * filling it in, not the team's words: in a document of that layout it is taken out before the sections are read,
 * its lines reported as the layout's. The openings are data ({@code importer/guidance.json}). Immutable.
 */
final class TemplateGuidance {

    /** What is left of a quote once its guidance is gone: a GitHub alert marker alone ("[!IMPORTANT]"). */
    private static final Pattern ALERT_MARKER = Pattern.compile("\\s*\\[![A-Za-z]+]\\s*");
    /** A bracketed aside in a cell, what it says in group 1: "(According to the severity matrix)". */
    private static final Pattern ASIDE = Pattern.compile("\\s*\\(([^()]*)\\)");
    private static final Pattern BRACKETED = Pattern.compile("(\\s*<[^<>]*>\\s*)+");
    private static final Map<String, GuidanceOpenings> OPENINGS = load("/importer/guidance.json");

    private TemplateGuidance() {
    }

    private static Map<String, GuidanceOpenings> load(String resource) {
        try (InputStream in = TemplateGuidance.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode root = Json.mapper().readTree(in);
            Map<String, GuidanceOpenings> out = new HashMap<>();
            root.fields().forEachRemaining(e -> {
                if (!e.getKey().startsWith("_")) {
                    List<String> openings = new ArrayList<>();
                    e.getValue().forEach(o -> openings.add(Vocabulary.normal(o.asText())));
                    out.put(e.getKey(), new GuidanceOpenings(openings));
                }
            });
            return Map.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The source without the layout's guidance; the same source when the layout has none or none is there. */
    static SourceText strip(SourceText source, String layout, ImportLog log) {
        GuidanceOpenings openings = OPENINGS.getOrDefault(layout == null ? "" : layout, GuidanceOpenings.NONE);
        boolean italics = dev.hindsight.importer.read.TemplateExamples.guidanceInItalics(layout);
        if (openings.isEmpty() && !italics) {
            return source;
        }
        List<Block> kept = new ArrayList<>();
        boolean changed = false;
        int choicesDeeperThan = Integer.MAX_VALUE;
        for (Block b : source.blocks()) {
            if (b.is(Block.Kind.LIST_ITEM) && b.level() > choicesDeeperThan) {
                // The choices a guidance line lists under a labelled item ("1: User-Visible Production Impact").
                log.context(b.lines(), "the " + layout + " layout's guidance");
                changed = true;
                continue;
            }
            choicesDeeperThan = Integer.MAX_VALUE;
            if (b.is(Block.Kind.TABLE_ROW) || b.is(Block.Kind.TABLE_HEADER)) {
                Block row = row(b, openings);
                changed |= row != b;
                if (row == null) {
                    log.context(b.lines(), "the " + layout + " layout's guidance");
                } else {
                    kept.add(row);
                }
                continue;
            }
            if (!(b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.QUOTE) || b.is(Block.Kind.LIST_ITEM))) {
                kept.add(b);
                continue;
            }
            if (italics && b.is(Block.Kind.PARAGRAPH) && ITALIC.matcher(written(source, b.lines())).matches()) {
                log.context(b.lines(), "a note in italics, as the " + layout + " layout writes its guidance");
                changed = true;
                continue;
            }
            String[] lines = b.text().split("\n", -1);
            int from = guidanceFrom(lines, openings);
            if (from < 0) {
                kept.add(b);
                continue;
            }
            changed = true;
            String rest = String.join("\n", java.util.Arrays.copyOf(lines, from)).strip();
            if (rest.isEmpty() || ALERT_MARKER.matcher(rest).matches()) {
                log.context(b.lines(), "the " + layout + " layout's guidance");
                continue;
            }
            if (b.is(Block.Kind.LIST_ITEM)) {
                choicesDeeperThan = b.level();
            }
            // The block keeps its first lines; the guidance lines after them are the layout's.
            int last = Math.min(b.lines().last(), b.lines().first() + from - 1);
            if (last < b.lines().last()) {
                log.context(new Lines(last + 1, b.lines().last()), "the " + layout + " layout's guidance");
            }
            kept.add(new Block(b.kind(), b.level(), rest, b.cells(), b.checked(), b.struck(), b.links(),
                    new Lines(b.lines().first(), last)));
        }
        return changed ? new SourceText(source.format(), source.lines(), kept, source.skipped()) : source;
    }

    /**
     * A table row with the layout's guidance in its cells ("Severity | SEV1 / SEV2 / SEV3 (According to ...)",
     * "Sev 2 (According to the severity matrix)"): a bracketed aside that opens guidance is cut from its cell, and a
     * cell that opens guidance is emptied, so the label stays and reads as not filled in. A row whose values are
     * only bracketed placeholders ("Number of Clinics affected | &lt; ## Unknown &gt;"), or that is left with nothing
     * but empty cells and placeholders ("HH:MM XM | &lt;Resolved at&gt;"), is the template's: null. The same block
     * when no cell holds guidance.
     */
    private static Block row(Block b, GuidanceOpenings openings) {
        List<String> cells = new ArrayList<>(b.cells());
        boolean changed = false;
        for (int i = 0; i < cells.size(); i++) {
            String cell = cells.get(i);
            if (!mayOpenGuidance(cell, openings) && cell.indexOf('(') < 0) {
                continue;
            }
            Matcher aside = ASIDE.matcher(cell);
            StringBuilder cut = new StringBuilder();
            while (aside.find()) {
                boolean guidance = guidanceFrom(new String[] {aside.group(1)}, openings) == 0;
                aside.appendReplacement(cut, guidance ? "" : Matcher.quoteReplacement(aside.group()));
            }
            aside.appendTail(cut);
            String left = cut.toString().strip();
            if (guidanceFrom(new String[] {left}, openings) == 0) {
                left = "";
            }
            if (!left.equals(cell.strip())) {
                cells.set(i, left);
                changed = true;
            }
        }
        if (cells.size() > 1 && cells.subList(1, cells.size()).stream().allMatch(TemplateGuidance::isBracketed)) {
            return null; // "Number of Clinics affected | < ## Unknown >": the layout's row, unfilled
        }
        if (!changed) {
            return b;
        }
        if (cells.stream().allMatch(dev.hindsight.importer.read.Placeholders::isUnfilled)) {
            return null;
        }
        return new Block(b.kind(), b.level(), String.join(" | ", cells), cells, b.checked(), b.struck(), b.links(),
                b.lines());
    }

    /** A paragraph wholly in italics: "*...*" or "_..._", over one line or more, not bold. */
    private static final Pattern ITALIC = Pattern.compile("^(?:\\*[^*].*[^*]\\*|_[^_].*[^_]_)$", Pattern.DOTALL);

    private static String written(SourceText source, Lines lines) {
        StringBuilder out = new StringBuilder();
        for (int n = Math.max(1, lines.first()); n <= Math.min(lines.last(), source.lines().size()); n++) {
            out.append(source.line(n)).append('\n');
        }
        return out.toString().strip();
    }

    /** Only bracketed placeholders: "&lt;put time here&gt;", "&lt;Patient/Provider&gt; &lt;Web/iOS&gt;". */
    private static boolean isBracketed(String cell) {
        // Most cells do not open with '<' after their white space (the pattern's \s): no pattern is run for them.
        int first = 0;
        while (first < cell.length() && " \t\n\u000B\f\r".indexOf(cell.charAt(first)) >= 0) {
            first++;
        }
        return first < cell.length() && cell.charAt(first) == '<' && BRACKETED.matcher(cell).matches();
    }

    /** "iv", "XII": made of i, v and x alone, either case. Checked by hand: it runs for every cell. */
    private static boolean isRomanNumeral(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c != 'i' && c != 'v' && c != 'x') {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the text's first word is the start of an opening (or the opening's first word), or may be numbering
     * ("1.", "ii.") that the comparison drops: most lines and cells are not guidance, and are passed over without
     * being normalised.
     */
    private static boolean mayOpenGuidance(String text, GuidanceOpenings openings) {
        int from = 0;
        while (from < text.length() && !Character.isLetterOrDigit(text.charAt(from))) {
            from++;
        }
        int to = from;
        while (to < text.length() && Character.isLetterOrDigit(text.charAt(to))) {
            to++;
        }
        if (from == to) {
            return false;
        }
        char first = Character.toLowerCase(text.charAt(from));
        if (first >= 128 || Character.isDigit(first) || to - from == 1 || to - from <= 4
                && isRomanNumeral(text, from, to)) {
            return true; // numbering, or a letter the comparison's lower-casing may change
        }
        return openings.mayOpenWith(text, from, to);
    }

    /** The first line of the text that opens guidance, or -1. */
    private static int guidanceFrom(String[] lines, GuidanceOpenings openings) {
        for (int i = 0; i < lines.length; i++) {
            if (mayOpenGuidance(lines[i], openings) && openings.opens(lines[i])) {
                return i;
            }
        }
        return -1;
    }
}
