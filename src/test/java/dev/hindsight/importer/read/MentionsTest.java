package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The plain searches that let a reader skip a pattern must never skip one that would have matched: each is held
 * against the pattern it guards on many texts stitched at random from pieces that come close to matching (the
 * words in every case, digits, the characters Unicode folds to ASCII letters, every kind of white space).
 */
class MentionsTest {

    private static final List<String> PIECES = List.of("users", "Users", "USER", "customers", "orgs",
            "Organisations", "people", "workspace", "riders", "drivers", "ſers", "uſers", "\u212Aey", "İ", "ı",
            "about", "~", "all", "every", "most", "of", "the", "active", "30", "1,200", "12.5", "7", "%", "percent",
            "k", "from", "FROM", "between", "Between", "to", "and", "until", "-", "–", "14:02", "2:30", "pm", "UTC",
            "(PST)", "on", "March", "3", "2025-03-01", "Duration", "window", ":", "**", "started", "Began", "begun",
            "commenced", "at", "lasted", "sev", "SEV", "Severity", "sev-2", "SEV2", "_", "due", "by", "Due by",
            "deadline", "ETA", "Apr", "4/1", "root", "Root", "cause", "causes", "was", "is", "caused", "Caused by",
            "priority", "High", "PRIORITY", "low", "#", "#12", "OPS", "OPS-7", "GH-3", "acme/api", "on-call", "/",
            "(", ")", "[", "]", ".", ",", "\u00A0", "\u2028", "x", "");
    private static final String[] GLUE = {" ", " ", "", "  ", "\t", "\n", "\r", "\u000B", "\f", "-"};

    private static List<String> texts() {
        Random random = new Random(20261206);
        List<String> out = new java.util.ArrayList<>();
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(12);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size()))).append(GLUE[random.nextInt(GLUE.length)]);
            }
            out.add(text.toString());
        }
        return out;
    }

    @Test
    void aWordIsFoundWhereACaseInsensitiveFindFindsIt() {
        for (String text : texts()) {
            for (String word : List.of("sev", "from", "root", "caused", "priority", "start", "beg")) {
                assertThat(Mentions.word(text, word)).as("%s in [%s]", word, text)
                        .isEqualTo(Pattern.compile("(?i)" + Pattern.quote(word)).matcher(text).find());
            }
            assertThat(Mentions.digit(text)).as("[%s]", text).isEqualTo(Pattern.compile("\\d").matcher(text).find());
            assertThat(Mentions.anyAfterSpace(text, AffectedUsers.NOUN_STARTS)).as("[%s]", text).isEqualTo(
                    Pattern.compile("(?i)\\s(?:" + String.join("|", AffectedUsers.NOUN_STARTS) + ")").matcher(text)
                            .find());
        }
    }

    @Test
    void aLineWhereTheSearchSaysNoMatchesNoneOfThePatternsItGuards() {
        for (String text : texts()) {
            never(text, t -> Mentions.anyAfterSpace(t, AffectedUsers.NOUN_STARTS), AffectedUsers.PERCENT,
                    AffectedUsers.COUNT, AffectedUsers.ALL);
            never(text, t -> Mentions.word(t, "sev"), StatedSeverity.MENTION);
            never(text, Mentions::digit, DueDates.DUE);
            never(text, t -> Mentions.digit(t) && Mentions.anyWord(t, "from", "between"), ProseTimes.RANGE);
            never(text, t -> t.indexOf(':') >= 0 && Mentions.digit(t), ProseTimes.LABELLED_RANGE);
            never(text, t -> Mentions.digit(t) && Mentions.anyWord(t, "start", "beg", "commenced"),
                    ProseTimes.STARTED);
            never(text, t -> Mentions.word(t, "root"), RootCauseReader.STATED);
            never(text, t -> Mentions.word(t, "caused"), RootCauseReader.CAUSED_BY);
            never(text, t -> Mentions.word(t, "priority"), ActionText.PRIORITY_PHRASE);
            never(text, ActionText::mayReference, ActionText.REF, ActionText.LEADING_REF);
        }
    }

    @Test
    void oneSpacedTextIsWhatReplacingEveryRunOfWhiteSpaceMakes() {
        for (String text : texts()) {
            assertThat(ActionText.oneSpaced(text)).as("[%s]", text)
                    .isEqualTo(ActionText.SPACES.matcher(text).replaceAll(" "));
        }
    }

    @Test
    void aZoneStatementNeverStartsBeforeWhereTheSearchForItsWordsSaysItMay() {
        List<String> words = List.of("time", "Times", "timeline", "downtime", "TIMESTAMP", "time zone", "hours",
                "clock", "o'clock", "_time", "2time", "are", "in", "UTC", "CET", "shown", "all", "İ", "ß", "\u212A");
        Random random = new Random(20261206);
        for (int i = 0; i < 30_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(10);
            for (int p = 0; p < pieces; p++) {
                text.append(words.get(random.nextInt(words.size()))).append(GLUE[random.nextInt(GLUE.length)]);
            }
            String t = text.toString();
            int from = ContextClues.statementStart(t);
            var m = ContextClues.ZONE_STATEMENT.matcher(t);
            if (m.find()) {
                assertThat(from).as("[%s]", t).isBetween(0, m.start());
            }
        }
    }

    private static void never(String text, Predicate<String> may, Pattern... patterns) {
        if (may.test(text)) {
            return;
        }
        for (Pattern p : patterns) {
            assertThat(p.matcher(text).find()).as("%s in [%s], which the search ruled out", p, text).isFalse();
        }
    }
}
