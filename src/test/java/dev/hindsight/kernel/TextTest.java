package dev.hindsight.kernel;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TextTest {

    @Test
    void utf8LengthIsTheLengthOfTheEncodedTextForEveryKindOfCharacter() {
        Random random = new Random(7);
        int[] starts = {0x20, 0x7f, 0x80, 0x7ff, 0x800, 0xfffd, 0x10000, 0x1f600};
        for (int n = 0; n < 20_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(12); i > 0; i--) {
                text.appendCodePoint(starts[random.nextInt(starts.length)] + random.nextInt(3));
            }
            String s = text.toString();
            assertThat(Text.utf8Length(s)).as(s).isEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
    }

    @Test
    void aLoneSurrogateCountsAtLeastWhatItIsWrittenAs() {
        for (String s : new String[] {"\ud83d", "a\ude00b", "\ude00\ud83d"}) {
            assertThat(Text.utf8Length(s)).as(s).isGreaterThanOrEqualTo(s.getBytes(StandardCharsets.UTF_8).length);
        }
        assertThat(Text.utf8Length("\ud83d\ude00")).isEqualTo(4);
    }

    @Test
    void utf8PrefixIsTheLongestStartWithinTheBytesAndNeverSplitsAPair() {
        Random random = new Random(11);
        int[] starts = {0x41, 0x100, 0x4e00, 0x1f600};
        for (int n = 0; n < 5_000; n++) {
            StringBuilder text = new StringBuilder();
            for (int i = random.nextInt(20); i > 0; i--) {
                text.appendCodePoint(starts[random.nextInt(starts.length)] + random.nextInt(5));
            }
            String s = text.toString();
            int max = random.nextInt(60);
            String prefix = Text.utf8Prefix(s, max);
            assertThat(s).startsWith(prefix);
            assertThat(Text.utf8Length(prefix)).isLessThanOrEqualTo(max);
            if (prefix.length() < s.length()) {
                int next = s.codePointAt(prefix.length());
                assertThat(Text.utf8Length(prefix + new String(Character.toChars(next)))).isGreaterThan(max);
            }
        }
    }
}
