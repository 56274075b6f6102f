package dev.hindsight.importer.layouts;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.template.BuiltInTemplate;
import java.util.List;

/**
 * Reads the Google-Docs layout (seed 002) in both of its forms: the tab-separated text Google Docs exports
 * ("Title&lt;TAB&gt;...", section titles on lines of their own) and the Markdown form (headings, two-column
 * tables). Label rows are read wherever they stand, sections by their titles in any order; the seed's guidance
 * and placeholders are passed over; anything the layout has no field for is kept as an extra section.
 * Stateless; each read has its own {@link GoogleDocReading}.
 */
public final class GoogleDocReader implements LayoutReader {

    /** What marks the layout, each once, with how much it counts: its labels, titles and row names. */
    private static final String[] MARKS = {"investigation doc", "title", "author", "severity", "blast radius",
        "timing of the response", "incident response metrics", "number of clinics affected", "apps apis affected",
        "time to detect the issue", "time to response", "teams involved", "p0 action items", "p1 action items",
        "p2 action items", "where did we get lucky", "timeline summary", "reviewers list of stakeholders"};
    private static final int[] WEIGHTS = {2, 1, 1, 1, 2, 3, 2, 1, 2, 2, 2, 1, 2, 1, 1, 1, 1, 2};
    /** Phrases only this layout writes: a document with none of them is not one. */
    private static final String[] TELLING = {"blast radius", "timing of the response",
        "reviewers / list of stakeholders", "action items (should"};
    /** Where in each phrase a character rarer than most stands: 'b', 'g', '/', '('. */
    private static final int[] ANCHORS = {0, 5, 10, 13};
    private static final int LONGEST = java.util.Arrays.stream(MARKS).mapToInt(String::length).max().orElse(0);
    /** The marks that count only as a row's label (the words alone are common). */
    private static final boolean[] LABEL_ONLY = new boolean[MARKS.length];

    static {
        for (int i = 0; i < MARKS.length; i++) {
            LABEL_ONLY[i] = List.of("title", "author", "severity").contains(MARKS[i]);
        }
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
        if (!mentionsTelling(document.text())) {
            return 0;
        }
        boolean[] found = new boolean[MARKS.length];
        for (String raw : document.lines()) {
            // A row is keyed by its label cell, any other line by all its words (normal() drops the '#'s).
            String label = GoogleDocLines.rowLabel(raw);
            String key = normalStart(label != null ? label : raw);
            if (key.isEmpty()) {
                continue;
            }
            for (int i = 0; i < MARKS.length; i++) {
                if (LABEL_ONLY[i] ? label != null && key.equals(MARKS[i]) : key.startsWith(MARKS[i])) {
                    found[i] = true;
                }
            }
        }
        int count = 0;
        int sum = 0;
        for (int i = 0; i < MARKS.length; i++) {
            if (found[i]) {
                count++;
                sum += WEIGHTS[i];
            }
        }
        return count < 3 ? 0 : sum;
    }

    /**
     * Whether the text, in lower case, contains one of the {@link #TELLING} phrases: what
     * {@code text.toLowerCase(Locale.ROOT).contains(phrase)} answers, without lowering the whole document first.
     * Runs over every imported document, so each phrase is looked for only where its anchor character stands
     * (String.indexOf is fast); only 'B' and 'G' lower to 'b' and 'g'.
     */
    static boolean mentionsTelling(String text) {
        for (int p = 0; p < TELLING.length; p++) {
            String phrase = TELLING[p];
            int anchor = ANCHORS[p];
            char lower = phrase.charAt(anchor);
            char upper = Character.toUpperCase(lower);
            if (mentions(text, phrase, anchor, lower) || upper != lower && mentions(text, phrase, anchor, upper)) {
                return true;
            }
        }
        return false;
    }

    private static boolean mentions(String text, String phrase, int anchor, char c) {
        for (int at = text.indexOf(c, anchor); at >= 0; at = text.indexOf(c, at + 1)) {
            if (lowerStartsWith(text, at - anchor, phrase)) {
                return true;
            }
        }
        return false;
    }

    private static boolean lowerStartsWith(String text, int at, String phrase) {
        if (text.length() - at < phrase.length()) {
            return false;
        }
        for (int j = 0; j < phrase.length(); j++) {
            if (lower(text.charAt(at + j)) != phrase.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** The character as String.toLowerCase(Locale.ROOT) lowers it, where that is one character. */
    private static char lower(char c) {
        if (c < 128) {
            return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
        }
        // U+0130 lowers to two characters ("i" and a combining dot), so it never stands for a lone 'i' here.
        return c == '\u0130' ? c : Character.toLowerCase(c);
    }

    /**
     * {@link Section#normal} of the text, cut after {@link #LONGEST} + 1 characters: the marks are compared with
     * the key's start, and a prose line need not be normalised to its end for that.
     */
    private static String normalStart(String text) {
        StringBuilder out = new StringBuilder(Math.min(text.length(), LONGEST + 1));
        boolean gap = false;
        for (int i = 0; i < text.length() && out.length() <= LONGEST; i++) {
            char c = Character.toLowerCase(text.charAt(i));
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    @Override
    public PostMortem read(SourceDocument document, ImportContext context) {
        // Every Markdown section is read here, known or not (an unknown one becomes an extra section below), so
        // all are marked taken.
        document.takeAll();
        // The lines are the text split at '\n': if the text holds no other line terminator, no line does.
        String text = document.text();
        boolean plain = text.indexOf('\r') < 0 && text.indexOf('\u0085') < 0 && text.indexOf('\u2028') < 0
                && text.indexOf('\u2029') < 0;
        return new GoogleDocReading(context).read(GoogleDocLines.blocks(document.lines(), plain));
    }
}
