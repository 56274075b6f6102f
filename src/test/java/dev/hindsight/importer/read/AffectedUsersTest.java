package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class AffectedUsersTest {

    /** Pieces of impact prose, stitched at random: about-words, numbers, signs, nouns and the words between. */
    private static final List<String> PIECES = List.of("about", "About", "approximately", "approx.", "approx", "~",
            "≈", "over", "moreover", "more than", "fewer than", "up to", "an estimated", "estimated", "at least",
            "some", "awesome", "roughly", "1", "30", "1,200", "12.5", "1.2", "2024", "9", "$", "€", ".", ",", "%",
            "percent", "k", "thousand", "million", "+", "of", "the", "active", "paying", "EU", "users", "user",
            "customers", "Merchants", "accounts", "people", "requests", "minutes", "all", "every", "(", ")", "-",
            ":", "14:02", "  ", "\t", "\n", "x");
    private static final String[] GLUE = {" ", " ", " ", "", "  ", "\t"};

    @Test
    void aNumbersSearchFindsWhatAFindOverEveryCharacterFinds() {
        Random random = new Random(20261206);
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(14);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size()))).append(GLUE[random.nextInt(GLUE.length)]);
            }
            for (Pattern pattern : List.of(AffectedUsers.PERCENT, AffectedUsers.COUNT)) {
                assertThat(found(AffectedUsers.atNumber(pattern, text.toString())))
                        .as("%s in [%s]", pattern == AffectedUsers.PERCENT ? "PERCENT" : "COUNT", text)
                        .isEqualTo(found(everywhere(pattern, text.toString())));
            }
        }
    }

    @Test
    void anAboutWordBeforeTheNumberIsPartOfTheDescription() {
        assertThat(AffectedUsers.inProse("Roughly   30% of paying users saw errors.").orElseThrow().description())
                .isEqualTo("Roughly   30% of paying users");
        assertThat(AffectedUsers.inProse("We estimate that approximately 1,200 customers were double-charged")
                .orElseThrow().description()).isEqualTo("approximately 1,200 customers");
        assertThat(AffectedUsers.inProse("At 14:02 the queue stalled; moreover 40 users retried.").orElseThrow()
                .description()).isEqualTo("over 40 users");
    }

    @Test
    void aPriceIsNoCount() {
        assertThat(AffectedUsers.inProse("Refunds of $12 customers asked for were paid")).isEmpty();
    }

    private static Matcher everywhere(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text);
        return m.find() ? m : null;
    }

    private static String found(Matcher m) {
        if (m == null) {
            return "none";
        }
        StringBuilder out = new StringBuilder(m.start() + "-" + m.end());
        for (int g = 1; g <= m.groupCount(); g++) {
            out.append('|').append(m.group(g));
        }
        return out.toString();
    }
}
