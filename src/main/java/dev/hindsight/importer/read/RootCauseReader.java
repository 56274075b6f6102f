package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.incident.Analysis;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the root cause: from its own section ("Root Cause", "Root Cause Analysis", "What went wrong", "Why",
 * "Cause"), or from the sentence of a summary that states it. Stateless; thread-safe.
 *
 * <p>In a section, subsection headings and labelled lines that name a part ("What happened:", "Why it
 * happened", "Why wasn't it caught earlier?") fill that part; the rest is read as prose whose first sentence is
 * the summary and whose remainder is what happened.
 */
public final class RootCauseReader {

    private enum Part { SUMMARY, WHAT_HAPPENED, WHY, NOT_CAUGHT }

    /** "The root cause (for|of this incident) is/was"; the lazy gap is bounded, so it cannot backtrack far. */
    static final Pattern STATED = Pattern.compile(
            "(?i)\\broot[\\s-]+causes?\\b[^.!?]{0,60}?\\b(?:is|was|were|are)\\b\\s*:?\\s*");
    static final Pattern CAUSED_BY = Pattern.compile("(?i)\\b(?:was|were|is|are|has been|had been)\\s+"
            + "(?:(?:primarily|ultimately|mainly|largely|directly|partly|likely|probably)\\s+)?caused\\s+by\\b");
    /** "The root cause is not yet known": a root cause not stated. */
    private static final Pattern UNKNOWN = Pattern.compile(
            "(?i)^(?:not\\s+(?:yet\\s+)?(?:known|clear|identified|determined)|unknown|unclear|still|under\\s|being\\s"
                    + "|ongoing|pending|in\\s+progress|tbd)");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9' ]+");
    private static final Pattern SPACES = Pattern.compile(" {2,}");
    private static final Pattern MARKER = Pattern.compile("^\\s*(?:[-*+]|\\d+[.)])\\s+(?:\\[[ xX]]\\s+)?");
    /** How much of one block the summary search reads. */
    private static final int SEARCHED = 20_000;

    private RootCauseReader() {
    }

    public static Optional<Sourced<Analysis.RootCause>> read(List<Block> blocks) {
        return read(blocks, "");
    }

    /**
     * As {@link #read(List)}, in a section whose own heading may name a part: under "Why did it happen?" the
     * section's prose is why it happened, as under such a subheading.
     */
    public static Optional<Sourced<Analysis.RootCause>> read(List<Block> blocks, String heading) {
        Map<Part, StringBuilder> parts = new EnumMap<>(Part.class);
        List<String> loose = new ArrayList<>();
        Part named = part(heading);
        Part under = named == Part.SUMMARY ? null : named;
        for (Block b : blocks) {
            if (b.is(Block.Kind.HEADING)) {
                under = part(b.text());
                if (under == null) {
                    loose.add(ProseReader.render(b));
                }
                continue;
            }
            Part alone = labelAlone(b);
            if (alone != null) {
                // "**What happened:**" on a line of its own: the paragraphs below it are that part, as under a heading.
                under = alone;
                continue;
            }
            if (under != null && !(WrittenLine.isWritten(b) && opensPart(b))) {
                append(parts, under, ProseReader.render(b));
            } else if (WrittenLine.isWritten(b)) {
                Part last = labelled(b, parts, loose);
                if (under != null && last != null) {
                    // Under a heading part, the paragraphs after a labelled one go on with its part.
                    under = last;
                }
            } else {
                loose.add(ProseReader.render(b));
            }
        }
        loose.removeIf(String::isBlank);
        String summary = text(parts, Part.SUMMARY);
        // The summary is the first sentence of prose, not a subsection's heading ("**Root Cause (5-Whys)**").
        int prose = 0;
        while (prose < loose.size() && isHeading(loose.get(prose))) {
            prose++;
        }
        if (summary.isEmpty() && prose < loose.size()) {
            // A list of causes: the first item, without its marker, is the summary.
            String first = MARKER.matcher(loose.get(prose)).replaceFirst("");
            int end = SentenceBounds.end(first, 0);
            summary = first.substring(0, end).strip();
            loose.set(prose, first.substring(end).strip());
        }
        StringBuilder what = new StringBuilder();
        for (String piece : loose) {
            if (!piece.isEmpty()) {
                what.append(what.isEmpty() ? "" : "\n\n").append(piece);
            }
        }
        String whatHappened = join(text(parts, Part.WHAT_HAPPENED), what.toString());
        var cause = new Analysis.RootCause(summary, whatHappened, text(parts, Part.WHY), text(parts, Part.NOT_CAUGHT));
        Lines lines = WrittenLine.span(blocks);
        boolean empty = cause.summary().isBlank() && cause.whatHappened().isBlank() && cause.whyItHappened().isBlank()
                && cause.whyNotCaughtEarlier().isBlank();
        // Parts named with only the template's placeholders under them: an empty cause, its lines the template's.
        return empty && parts.isEmpty() || lines == null ? Optional.empty() : Optional.of(new Sourced<>(cause, lines));
    }

    /**
     * The root cause a summary states: the sentence "The root cause for this incident is ...", else the first
     * "... was caused by ..." sentence. The summary is that sentence as written; the lines are those it spans.
     */
    public static Optional<Sourced<Analysis.RootCause>> fromSummary(List<Block> blocks) {
        for (Pattern p : List.of(STATED, CAUSED_BY)) {
            for (Block b : blocks) {
                if (!WrittenLine.isWritten(b)) {
                    continue;
                }
                String text = b.text().length() > SEARCHED ? b.text().substring(0, SEARCHED) : b.text();
                if (!Mentions.word(text, p == STATED ? "root" : "caused")) {
                    continue; // the word each pattern cannot match without
                }
                Matcher m = p.matcher(text);
                while (m.find()) {
                    if (p == STATED && UNKNOWN.matcher(text).region(m.end(), text.length()).lookingAt()) {
                        continue;
                    }
                    int start = SentenceBounds.start(text, m.start());
                    int end = SentenceBounds.end(text, m.end());
                    String sentence = text.substring(start, end).replace('\n', ' ').strip();
                    var cause = new Analysis.RootCause(sentence, null, null, null);
                    return Optional.of(new Sourced<>(cause, lines(b, text, start, end)));
                }
            }
        }
        return Optional.empty();
    }

    /** Whether a block's first line is a label naming a part ("**What happened:**" and its text below it). */
    private static boolean opensPart(Block b) {
        String t = b.text().strip();
        int newline = t.indexOf('\n');
        return LabelledLines.read(newline < 0 ? t : t.substring(0, newline)).map(l -> part(l.label()))
                .filter(p -> p != Part.SUMMARY).isPresent();
    }

    /** The part a block names when it is only a label with nothing after it ("**Why it happened:**"), or null. */
    private static Part labelAlone(Block b) {
        String t = b.text().strip();
        if (!b.is(Block.Kind.PARAGRAPH) || t.indexOf('\n') >= 0 || !t.endsWith(":") && !t.endsWith(":**")) {
            return null;
        }
        return LabelledLines.read(t).filter(l -> l.value().isBlank()).map(l -> part(l.label())).orElse(null);
    }

    /** A paragraph or item line by line: a line labelled with a part starts that part; lines after it continue it. */
    private static Part labelled(Block b, Map<Part, StringBuilder> parts, List<String> loose) {
        Part current = null;
        StringBuilder plain = new StringBuilder();
        for (WrittenLine line : WrittenLine.of(b)) {
            var l = LabelledLines.read(line.text());
            Part named = l.map(x -> part(x.label())).orElse(null);
            if (named != null) {
                current = named;
                append(parts, named, l.get().value());
            } else if (current != null) {
                // the labelled part's value wrapped onto the next line of its paragraph
                StringBuilder sb = parts.get(current);
                if (sb == null || sb.isEmpty()) {
                    append(parts, current, line.text().strip());
                } else if (!line.text().isBlank()) {
                    sb.append('\n').append(line.text().strip());
                }
            } else {
                plain.append(plain.isEmpty() ? "" : "\n").append(line.text());
            }
        }
        if (!plain.toString().isBlank()) {
            Block rest = new Block(b.kind(), b.level(), plain.toString(), b.cells(), b.checked(), b.struck(), b.links(),
                    b.lines());
            loose.add(ProseReader.render(rest));
        }
        return current;
    }

    /** Whether a piece is a heading as {@link ProseReader} renders one; prose has no bold marks left in it. */
    private static boolean isHeading(String piece) {
        return piece.startsWith("**") && piece.endsWith("**");
    }

    /** The part a heading or label names, or null. */
    private static Part part(String label) {
        String l = SPACES.matcher(NOT_WORD.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ")).replaceAll(" ").strip();
        if (l.contains("caught") || l.contains("detected earlier") || l.contains("not detected")
                || l.contains("signals missed") || l.contains("not prevented") || l.startsWith("detection gap")) {
            return Part.NOT_CAUGHT;
        }
        if (l.equals("why") || l.startsWith("why it ") || l.startsWith("why did it") || l.startsWith("underlying")
                || l.startsWith("systemic")) {
            return Part.WHY;
        }
        if (l.startsWith("what happened") || l.startsWith("what failed") || l.startsWith("what broke")
                || l.contains("trigger") || l.startsWith("technical detail") || l.startsWith("technical explanation")
                || l.startsWith("immediate cause") || l.startsWith("proximate cause") || l.equals("details")) {
            return Part.WHAT_HAPPENED;
        }
        if (l.equals("root cause") || l.equals("root causes") || l.startsWith("primary root cause")
                || l.equals("primary cause") || l.equals("cause") || l.equals("summary") || l.equals("root cause summary")) {
            return Part.SUMMARY;
        }
        return null;
    }

    /** The lines a stretch of a block's text spans, exactly when the block's lines match its text's. */
    private static Lines lines(Block b, String text, int start, int end) {
        if (WrittenLine.of(b).size() != b.lines().last() - b.lines().first() + 1) {
            return b.lines();
        }
        int first = 0;
        int last = 0;
        for (int i = 0; i < end && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                last++;
                if (i < start) {
                    first++;
                }
            }
        }
        if (end > 0 && end <= text.length() && text.charAt(end - 1) == '\n') {
            last--;
        }
        return new Lines(b.lines().first() + first, b.lines().first() + Math.max(first, last));
    }

    private static void append(Map<Part, StringBuilder> parts, Part part, String text) {
        // "[Gaps in monitoring, testing, or processes]": the template's placeholder, the part not filled in
        if (text.isBlank()) {
            return;
        }
        StringBuilder sb = parts.computeIfAbsent(part, p -> new StringBuilder());
        if (dev.hindsight.importer.read.Placeholders.isUnfilled(text.strip())) {
            return; // the part is named, and left empty
        }
        sb.append(sb.isEmpty() ? "" : "\n\n").append(text.strip());
    }

    private static String text(Map<Part, StringBuilder> parts, Part part) {
        return parts.containsKey(part) ? parts.get(part).toString() : "";
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n\n" + b;
    }
}
