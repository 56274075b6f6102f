package dev.hindsight.importer.layouts;

import dev.hindsight.importer.*;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;

/**
 * Lines the importer reads by hand for speed are read exactly as the regexes they replaced read them: over many
 * random lines built from the characters those regexes care about, the hand reading and the regex agree.
 */
class HandReadLinesTest {

    private static final String[] PIECES = {"*", "**", "_", "__", ":", " ", "  ", "\t", "-", "+", "(", ")", "/", "'",
        "a", "Date", "Users Affected", "Prepared by", "x1", "9", ".", "é", "\u2028", "\u000b", "Detected", "[", "]"};

    private static String line(Random random) {
        StringBuilder b = new StringBuilder();
        int pieces = random.nextInt(12);
        for (int i = 0; i < pieces; i++) {
            b.append(PIECES[random.nextInt(PIECES.length)]);
        }
        return b.toString();
    }

    @Test
    void labelledLinesAreReadAsTheirPatternReadsThem() {
        Random random = new Random(7);
        int labelled = 0;
        for (int i = 0; i < 200_000; i++) {
            String line = line(random);
            Matcher m = LabelledLine.PATTERN.matcher(line);
            LabelledLine read = LabelledLine.read(line);
            if (m.matches()) {
                labelled++;
                assertThat(read).as(line).isEqualTo(new LabelledLine(m.group(1), m.group(2)));
            } else {
                assertThat(read).as(line).isNull();
            }
        }
        assertThat(labelled).as("lines that were labelled").isGreaterThan(1_000);
        assertThat(LabelledLine.read("- **Users Affected:** 1,200")).isEqualTo(new LabelledLine("Users Affected", "1,200"));
    }

    @Test
    void bulletsAreReadAsTheirPatternReadsThem() {
        Random random = new Random(13);
        int bullets = 0;
        String[] leads = {"", " ", "  ", "\t", "- ", "* ", "+ ", "1. ", "12) ", "3 ", "-", "\u2028"};
        for (int i = 0; i < 200_000; i++) {
            String line = leads[random.nextInt(leads.length)] + leads[random.nextInt(leads.length)] + line(random);
            Matcher m = Section.BULLET.matcher(line);
            String read = Section.bulletText(line);
            if (m.matches()) {
                bullets++;
                assertThat(read).as(line).isEqualTo(m.group(1));
            } else {
                assertThat(read).as(line).isNull();
            }
        }
        assertThat(bullets).as("lines that were bullets").isGreaterThan(10_000);
    }
}
