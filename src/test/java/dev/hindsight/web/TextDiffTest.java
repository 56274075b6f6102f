package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class TextDiffTest {

    private static List<String> shown(List<TextDiff.Line> lines) {
        return lines.stream().map(l -> switch (l.kind()) {
            case "added" -> "+ " + l.text();
            case "removed" -> "- " + l.text();
            default -> "  " + l.text();
        }).toList();
    }

    @Test
    void aRewrittenLineShowsAsRemovedAndAddedBetweenTheLinesKept() {
        String before = "The certificate expired.\nNobody was paged.\nWe rotated it by hand.";
        String after = "The certificate expired.\nThe pager fired at 01:44.\nWe rotated it by hand.";

        assertThat(shown(TextDiff.lines(before, after))).containsExactly("  The certificate expired.",
                "- Nobody was paged.", "+ The pager fired at 01:44.", "  We rotated it by hand.");
    }

    @Test
    void linesAddedAtTheEndAndRemovedAtTheStartAreShownWhereTheyAre() {
        assertThat(shown(TextDiff.lines("one\ntwo\nthree", "two\nthree\nfour")))
                .containsExactly("- one", "  two", "  three", "+ four");
    }

    @Test
    void fromNothingEveryLineIsAddedAndToNothingEveryLineIsRemoved() {
        assertThat(shown(TextDiff.lines("", "first\nsecond"))).containsExactly("+ first", "+ second");
        assertThat(shown(TextDiff.lines("first\nsecond", ""))).containsExactly("- first", "- second");
        assertThat(TextDiff.lines("", "")).isEmpty();
    }

    @Test
    void equalTextsHaveNoChangedLine() {
        assertThat(TextDiff.lines("a\n\nb\n", "a\n\nb\n")).extracting(TextDiff.Line::kind).containsOnly("same");
    }

    @Test
    void aTrailingNewlineAddedIsOneAddedEmptyLine() {
        assertThat(shown(TextDiff.lines("a", "a\n"))).containsExactly("  a", "+ ");
    }

    @Test
    void textsTooLongToCompareLineByLineAreShownAsOneBlockEach() {
        String before = "x\n".repeat(2_500);
        String after = "y\n".repeat(2_500);

        assertThat(TextDiff.lines(before, after)).containsExactly(new TextDiff.Line("removed", before),
                new TextDiff.Line("added", after));
    }
}
