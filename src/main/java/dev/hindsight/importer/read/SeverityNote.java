package dev.hindsight.importer.read;

import dev.hindsight.importer.words.ReadingWords;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A severity's level and the note written in brackets or after a dash: "P1 (Major Incident)" is the level "P1",
 * noted "Major Incident"; "Sev-4 (no crop loss; water use only)" is "Sev-4"; "Level 2 – near miss" is "Level 2". The level is the severity; the note says why
 * it was chosen, which is what the record's severity assessment holds.
 *
 * <p>Only a level written with a word and a number or letter ("SEV2", "Störungsklasse 2", "Category B") is parted
 * from its note: a severity word's brackets ("Major (High Impact, customer-facing)") are how templates write the
 * level itself, and a bare "1 (User-Visible Production Impact)" is a scale's own definition. The words are in
 * {@code importer/severity-words.json}.
 *
 * @param level the level as written, without the note ("P1")
 * @param note  the note's words, without their brackets ("Major Incident")
 */
public record SeverityNote(String level, String note) {

    private static final ReadingWords WORDS = ReadingWords.load("severity-words.json");

    /** The words written before a level's number ("sev", "p", "störungsklasse"), as a pattern's choices. */
    static final String NUMBER_WORDS = alternatives("numbered");
    /** A level written with a word and a letter, A the most severe: "Category B", "Class A"; group 1 the letter. */
    static final Pattern LETTERED = Pattern.compile("(?iu)(?:" + alternatives("lettered")
            + ")\\s*+[-_ #]?\\s*+([A-E])");
    /**
     * A level, then a note in round or square brackets closing the value (groups 1-3; a round one may run on past
     * the value's line, "LEVEL 2 (SIGNIFICANT - CORE SYSTEM DOWN, MANUAL", its bracket closed on the next), or a note after a spaced
     * hyphen or en dash, "P2 – High", "Level 2 - near miss (no harm)" (groups 4-5), as a form's choice list writes
     * a level and its name. An em dash's aside, "SEV2 — degraded", stays part of the level as written.
     */
    private static final Pattern NOTED = Pattern.compile("(?iu)((?:" + NUMBER_WORDS + ")\\s*+[-_ #]?\\s*+"
            + "\\d{1,2}|(?:" + alternatives("lettered") + ")\\s*+[-_ #]?\\s*+[A-E])\\s*+"
            + "(?:\\(([^()\\[\\]]+)\\)?|\\[([^()\\[\\]]+)\\])\\s*+\\.?|((?:" + NUMBER_WORDS + ")\\s*+[-_ #]?\\s*+\\d{1,2}"
            + "|(?:" + alternatives("lettered") + ")\\s*+[-_ #]?\\s*+[A-E])\\s++[-\u2013]\\s++(\\S.*)");

    public SeverityNote {
        level = level.strip();
        note = note.strip();
    }

    /** The level and its note, when the value is a level followed by a bracketed or dashed note; else empty. */
    public static Optional<SeverityNote> of(String written) {
        String value = Placeholders.value(written);
        if (value.indexOf('(') < 0 && value.indexOf('[') < 0 && value.indexOf(" - ") < 0
                && value.indexOf('\u2013') < 0) {
            return Optional.empty();
        }
        Matcher m = NOTED.matcher(value.strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        if (m.group(4) != null) {
            return Optional.of(new SeverityNote(m.group(4), m.group(5)));
        }
        String note = m.group(2) != null ? m.group(2) : m.group(3);
        return note.isBlank() ? Optional.empty() : Optional.of(new SeverityNote(m.group(1), note));
    }

    /** The words of one list of the file, longest first so that "sev" is not taken for "s", as a pattern's choices. */
    private static String alternatives(String list) {
        return WORDS.list(list).stream().sorted(Comparator.comparingInt(String::length).reversed())
                .map(Pattern::quote).collect(Collectors.joining("|"));
    }

    /** The words of one list of the file ("labels", "classes"), lower case. */
    static List<String> words(String list) {
        return WORDS.list(list);
    }
}
