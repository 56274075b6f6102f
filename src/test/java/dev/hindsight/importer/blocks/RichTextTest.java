package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** RTF read as the text a word processor shows, written as Markdown. */
class RichTextTest {

    private static final String RTF = "{\\rtf1\\ansi\\ansicpg1252\\deff0{\\fonttbl{\\f0\\fnil Calibri;}}\n"
            + "{\\colortbl ;\\red192\\green80\\blue77;}\n{\\*\\generator Riched20 10.0;}\\viewkind4\\uc1\n"
            + "\\pard\\b Severity:\\b0  \\cf1 Major\\cf0\\par\n"
            + "The porter\\rquote s lift stopped at 07:15 \\endash  the caf\\'e9 stayed open.\\par\n"
            + "Zo\\u235?e logged it.\\par\n"
            + "\\trowd\\cellx1000\\cellx5000\n\\pard\\intbl\\b Time\\b0\\cell\\b Event\\b0\\cell\\row\n"
            + "\\trowd\\cellx1000\\cellx5000\n\\pard\\intbl 07:15\\cell Lift stops\\cell\\row\n"
            + "\\pard\\par\n"
            + "{\\pntext\\f1\\'B7\\tab}Service the lift \\endash  Owner: Sam\\par\n}";

    private static String text(String rtf) {
        return RichText.asText(rtf.getBytes(StandardCharsets.ISO_8859_1)).orElseThrow();
    }

    @Test
    void paragraphsAreLinesAndEscapesTheCharactersTheyStandFor() {
        String text = text(RTF);

        assertThat(text).contains("**Severity:** Major\n")
                .contains("The porter\u2019s lift stopped at 07:15 \u2013 the caf\u00e9 stayed open.\n")
                .contains("Zo\u00ebe logged it.");
    }

    @Test
    void tablesOfFontsAndColoursAndStarredGroupsAreLeftOut() {
        assertThat(text(RTF)).doesNotContain("Calibri").doesNotContain("red192").doesNotContain("Riched20")
                .doesNotContain("\\");
    }

    @Test
    void tableRowsAreMarkdownRowsAndListMarkersItems() {
        String text = text(RTF);

        assertThat(text).contains("| Time | Event |\n| --- | --- |\n| 07:15 | Lift stops |\n")
                .contains("- Service the lift \u2013 Owner: Sam");
    }

    @Test
    void onlyAFileOpeningWithTheRtfGroupIsRtfAndDeepNestingIsBounded() {
        assertThat(RichText.is("Our notes say {\\rtf1 is the start".getBytes(StandardCharsets.UTF_8))).isFalse();
        String deep = "{\\rtf1 " + "{".repeat(10_000) + "text" + "}".repeat(10_000) + "\\par}";
        assertThat(text(deep)).contains("text");
        assertThat(text("{\\rtf1 a\\u99999999999?b\\bin99999999999 c\\par}")).startsWith("a"); // no overflow
    }

    @Test
    void hiddenTextIsLeftOutUntilItsGroupEndsOrItIsTurnedOff() {
        String text = text("{\\rtf1\\ansi The deploy failed.{\\v  Root cause: Priya.}\\par "
                + "Severity: {\\v SEV1}SEV3\\par Owner: \\v Sam\\v0 Ana\\par}");

        assertThat(text).contains("The deploy failed.\n").contains("Severity: SEV3\n").contains("Owner: Ana\n");
        assertThat(text).doesNotContain("Priya").doesNotContain("SEV1").doesNotContain("Sam");
    }
}
