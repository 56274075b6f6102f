package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.importer.read.SeverityWords;
import dev.hindsight.severity.Severity;
import dev.hindsight.severity.SeverityLevel;
import dev.hindsight.severity.SeverityScale;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A severity as a document states it, placed on the installation's scale. The label is the level as written: a
 * severity word keeps its words whole ("Major (High Impact, customers could not pay)"), and a level written with a
 * word and a number or letter is parted from a bracketed note after it ("P1 (Major Incident)" is "P1"; the note is
 * the severity's assessment, read by {@link SeverityNote}).
 *
 * <p>A form's row of boxes ("☒ High ☐ Medium ☐ Low") is read as the option it ticks. In order: the value or its head (before a parenthesis, dash or comma) is one of the scale's labels; the head
 * is a number with or without a prefix ("SEV-2", "Sev 1", "S1", "P1", "Level 2", "Störungsklasse 2", "2"); a letter
 * after a class's word ("Category B", A the most severe), logged as a guess; a severity word ("Critical", "Major",
 * "High", ...), read by {@link SeverityWords} and logged as a guess. P0 and SEV0 are the most severe level and a
 * number past the scale's end is its least severe level, both logged as guesses. The words are in
 * {@code importer/severity-words.json}.
 */
final class StatedSeverity {

    /** A level's number, with or without a word before it: "SEV-2", "P1", "2"; group 1 the number. */
    private static final Pattern NUMBERED = Pattern.compile("(?iu)(?:" + SeverityNote.NUMBER_WORDS
            + ")?\\s*[-_ #]?\\s*(\\d{1,2})");
    /**
     * A severity named in prose: "this was a SEV2 incident", "declared Sev 1", "Severity 3", and a priority only
     * where the sentence grades the incident with it, "we treated this as a P2", "it was logged as P3" ("a P2 ticket"
     * alone may be any).
     */
    static final Pattern MENTION = Pattern.compile("(?i)\\bsev(?:erity)?[-_ ]?\\d\\b|(?<=\\bas\\s(?:an?\\s)?)(?-i:P)\\d\\b");

    /** Whether {@link #MENTION} may find something: "sev", or a "P" right before a digit. Cheap, to rule out. */
    static boolean mayMention(String text) {
        for (int i = text.indexOf('P'); i >= 0 && i + 1 < text.length(); i = text.indexOf('P', i + 1)) {
            if (Character.isDigit(text.charAt(i + 1))) {
                return true;
            }
        }
        return Mentions.word(text, "sev");
    }
    private static final Pattern HEAD_END = Pattern.compile("[(\\[,;:]|\\s[-–—/]\\s");
    private static final Pattern DASHES = Pattern.compile("[\u2010-\u2015]");
    private static final Pattern LEADING_MARKS = Pattern.compile("^[^\\p{L}\\p{N}]++");
    private static final Pattern NOT_WORD = Pattern.compile("[^\\p{L}]+");
    private static final Set<String> LABELS = Set.copyOf(SeverityNote.words("labels"));
    /** Labels that state the severity only when their value is one ("Classification: Major"). */
    private static final Set<String> CLASSIFICATIONS = Set.copyOf(SeverityNote.words("classificationLabels"));

    private StatedSeverity() {
    }

    /**
     * Whether a labelled line states the severity: a severity's label, or "Classification" with a severity for its
     * value, one word or a level ("Classification: Major", "Classification: Category B (major operational
     * disruption)"; not "Data classification: Confidential", "Classification: Critical infrastructure").
     */
    static boolean states(String label, String value) {
        String l = normal(label);
        if (CLASSIFICATIONS.contains(l)) {
            String v = value.strip();
            return CLASSES.contains(normal(v.endsWith(".") ? v.substring(0, v.length() - 1) : v))
                    || SeverityNote.LETTERED.matcher(v).matches() || SeverityNote.of(v).isPresent();
        }
        return isLabel(label);
    }

    private static final Set<String> CLASSES = Set.copyOf(SeverityNote.words("classes"));

    /**
     * Whether a label names the incident's severity ("Severity", "Sev", "Priority/Impact level", "Level",
     * "Classification"); a label in two languages does when either does ("Störungsklasse / Severity").
     */
    static boolean isLabel(String label) {
        String l = normal(label);
        if (LABELS.contains(l) || CLASSIFICATIONS.contains(l)) {
            return true;
        }
        if (label.indexOf('/') < 0) {
            return false;
        }
        for (String part : label.split("/")) {
            String p = normal(part);
            if (LABELS.contains(p) || CLASSIFICATIONS.contains(p)) {
                return true;
            }
        }
        return false;
    }

    /** Marks a form ticks an option with ("☒ High ☐ Medium ☐ Low"), and the one it leaves an option open with. */
    private static final String TICKS = "\u2612\u2611\u2714\u2713";
    private static final char OPEN_BOX = '\u2610';

    /**
     * The option a form's row of boxes ticks: "☒ High ☐ Medium ☐ Low" is "High", "[ ] P1 [x] P2 [ ] P3" is "P2". The
     * value as written when it offers no open box, or ticks none or more than one.
     */
    static String ticked(String value) {
        boolean boxes = value.indexOf(OPEN_BOX) >= 0 || value.contains("[ ]");
        if (!boxes) {
            return value;
        }
        String chosen = null;
        int i = 0;
        while (i < value.length()) {
            int mark = -1;
            if (TICKS.indexOf(value.charAt(i)) >= 0) {
                mark = i + 1;
            } else if (value.startsWith("[x]", i) || value.startsWith("[X]", i)) {
                mark = i + 3;
            }
            if (mark < 0) {
                i++;
                continue;
            }
            int end = mark;
            while (end < value.length() && value.charAt(end) != OPEN_BOX && TICKS.indexOf(value.charAt(end)) < 0
                    && !value.startsWith("[", end)) {
                end++;
            }
            if (chosen != null) {
                return value; // two ticked: the form says no one level
            }
            chosen = value.substring(mark, end).strip();
            i = end;
        }
        return chosen == null || chosen.isEmpty() ? value : chosen;
    }

    /** A label as the word lists hold it: lower case, anything but letters a space between words. */
    private static String normal(String label) {
        return NOT_WORD.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
    }

    /** The severity the text states on the scale, guesses logged; empty when no level can be told. */
    static Optional<Severity> read(String written, SeverityScale scale, Lines lines, ImportLog log) {
        String value = ticked(Placeholders.value(written));
        if (value.endsWith(".")) {
            value = value.substring(0, value.length() - 1).strip();
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        // "P1 (Major Incident)": the level is "P1"; the note is the assessment's, read by the assembly.
        value = SeverityNote.of(value).map(SeverityNote::level).orElse(value);
        // Matched without a leading mark ("🟠 Sev 2") and with typographic hyphens as ASCII ("SEV‑1"); the label
        // keeps the value as written.
        String plain = LEADING_MARKS.matcher(DASHES.matcher(value).replaceAll("-")).replaceFirst("");
        Matcher end = HEAD_END.matcher(plain);
        String head = end.find() && end.start() > 0 ? plain.substring(0, end.start()).strip() : plain;
        Optional<SeverityLevel> byLabel = scale.byLabel(value).or(() -> scale.byLabel(plain)).or(() -> scale.byLabel(head));
        if (byLabel.isPresent()) {
            return Optional.of(new Severity(byLabel.get().level(), value));
        }
        Matcher numbered = NUMBERED.matcher(head);
        if (numbered.matches()) {
            int stated = Integer.parseInt(numbered.group(1));
            int level = Math.max(1, Math.min(stated, scale.levels().size()));
            if (level != stated) {
                log.guess("severity", "'" + value + "' read as level " + level + " ('" + scale.severity(level).label()
                        + "'), " + (stated < 1 ? "the most" : "the least") + " severe of the " + scale.name()
                        + " scale", lines);
            }
            return Optional.of(new Severity(level, value));
        }
        Matcher lettered = SeverityNote.LETTERED.matcher(head);
        if (lettered.matches()) {
            // "Category B": A is the most severe, as classes are lettered; a letter past the scale's end is its last.
            int stated = Character.toUpperCase(lettered.group(1).charAt(0)) - 'A' + 1;
            int level = Math.min(stated, scale.levels().size());
            log.guess("severity", "'" + value + "' read as level " + level + " ('" + scale.severity(level).label()
                    + "') of the " + scale.name() + " scale, from its letter", lines);
            return Optional.of(new Severity(level, value));
        }
        Optional<Severity> word = SeverityWords.read(plain, scale);
        if (word.isPresent() && word.get().label().chars().noneMatch(Character::isDigit)) {
            int level = word.get().level();
            log.guess("severity", "'" + value + "' read as level " + level + " ('" + scale.severity(level).label()
                    + "') of the " + scale.name() + " scale, from the word '" + word.get().label() + "'", lines);
            return Optional.of(new Severity(level, value));
        }
        return Optional.empty();
    }
}
