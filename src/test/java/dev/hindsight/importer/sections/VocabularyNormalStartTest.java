package dev.hindsight.importer.sections;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The short way for headings in ASCII normalises as the general way does, numbering words and cut starts alike. */
class VocabularyNormalStartTest {

    /** The general way, as it reads any heading: each character's letter test and lowering, then the whole lowered. */
    private static String general(String heading, int length) {
        StringBuilder out = new StringBuilder();
        boolean gap = false;
        int firstSpace = -1;
        for (int i = 0; i < heading.length() && out.length() < 120
                && (firstSpace < 0 || out.length() < firstSpace + 1 + length); i++) {
            char c = heading.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    if (firstSpace < 0) {
                        firstSpace = out.length();
                    }
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        String s = out.toString();
        int space = s.indexOf(' ');
        if (space > 0) {
            String first = s.substring(0, space);
            if (first.chars().allMatch(Character::isDigit) || first.length() == 1 && first.charAt(0) >= 'a'
                    && first.charAt(0) <= 'h' || first.length() <= 4 && first.chars().allMatch(ch -> "ivx".indexOf(ch) >= 0)) {
                s = s.substring(space + 1);
            }
        }
        return s.toLowerCase(Locale.ROOT);
    }

    @Test
    void asciiHeadingsNormaliseAsTheGeneralWayDoes() {
        String[] words = {"Root", "cause", "II.", "3.", "a)", "Timeline", "--", "  ", "**", "What", "went", "well?",
            "iv", "XII", "h", "i", "Post-incident", "12", "1.2", "summary:", "_", "x", "A", "vvvv", "ivxiv"};
        Random random = new Random(14);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder heading = new StringBuilder();
            int count = random.nextInt(random.nextInt(10) == 0 ? 80 : 8);
            for (int w = 0; w < count; w++) {
                heading.append(random.nextBoolean() ? words[random.nextInt(words.length)]
                        : (char) (32 + random.nextInt(95))).append(random.nextInt(3) == 0 ? "" : " ");
            }
            String h = heading.toString();
            for (int length : new int[] {0, 1, 5, 40, 120}) {
                assertThat(Vocabulary.normalStart(h, length)).as("'%s' %d", h, length).isEqualTo(general(h, length));
            }
            assertThat(Vocabulary.normal(h)).as(h).isEqualTo(general(h, 120));
        }
    }
}
