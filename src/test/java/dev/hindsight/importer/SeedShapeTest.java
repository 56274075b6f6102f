package dev.hindsight.importer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** What seed recognition sees of a document: its '#' headings and how its lines start. */
class SeedShapeTest {

    private static SeedShape shape(String text) {
        return SeedShape.of(List.of(text.split("\n", -1)));
    }

    @Test
    void headingsOutsideFencesAndFrontMatterCountAsWrittenOrAsTheStartOfALongerOne() {
        SeedShape shape = shape("---\n# Timeline\n---\n# SEV 2: **Checkout down**\n## Responders\n"
                + "## Next Steps and owners\n```\n## Abstract\n```\n#Review\n");
        assertThat(shape.headingsPresent(List.of("Responders", "Next Steps", "Timeline", "Abstract", "Review")))
                .isEqualTo(2);
        assertThat(shape.hasTitleStarting("sev")).isTrue();
        assertThat(shape.hasTitleStarting("Responders")).isFalse();
    }

    @Test
    void aLineStartsWithTheTextInAnyCaseAfterItsIndent() {
        SeedShape shape = shape("Intro\n   * **LEVEL:** 2\n- **Discovery**: alert\n");
        assertThat(shape.hasLineStartingWith("* **Level:**")).isTrue();
        assertThat(shape.hasLineStartingWith("- **Discovery:**")).isFalse();
    }

    @Test
    void aHeadingLineIsReadByHandAsTheHeadingPatternReadsIt() {
        // The pattern the hand-written reading replaced: its second group is the heading's text.
        Pattern heading = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");
        List<String> lines = List.of("# Title", "## Root cause ##", "###   Spaced   out  \t", "# C#", "# C# #",
                "#Review", "####### Seven", "#", "# ", "#  ", "# #", "# ##  ", "###### Six ###### ", "# **Bold**",
                "#\tTabbed", "# a # b #", "## Impact\u2028more", "# line\rend", "# x\u0085", "plain", "",
                " # indented", "#\u000B vertical tab", "# \f form feed #");
        for (String line : lines) {
            Matcher m = heading.matcher(line);
            assertThat(SeedShape.headingText(line)).as(line).isEqualTo(m.matches() ? m.group(2) : null);
        }
    }

    @Test
    void aLineStartLongerThanTheKeptStartsIsStillFound() {
        String longStart = "- **a label much longer than any seed layout writes, past the kept start:**";
        SeedShape shape = shape("Intro\n" + longStart + " value\n");
        assertThat(shape.hasLineStartingWith(longStart)).isTrue();
        assertThat(shape.hasLineStartingWith(longStart + " other")).isFalse();
    }

    @Test
    void theSignaturesLineStartsAreFoundAsEachLineWouldBeAskedInTurn() {
        List<String> lines = List.of("Intro", "   * **LEVEL:** 2", "| Blast Radius | 3 regions |", "## Timing of the",
                "Investigation doc: link", "- **Discovery** alert");
        SeedShape shape = SeedShape.of(lines);
        for (String start : List.of("* **level:**", "- **level:**", "- **discovery:**", "| blast radius",
                "## blast radius", "## timing of the response", "investigation doc", "| investigation doc")) {
            boolean asked = lines.stream().map(l -> l.strip().toLowerCase(java.util.Locale.ROOT))
                    .anyMatch(l -> !l.isEmpty() && l.startsWith(start));
            assertThat(shape.hasLineStartingWithLowered(List.of(start))).as(start).isEqualTo(asked);
        }
        assertThat(shape.hasLineStartingWithLowered(List.of("- **level:**", "| blast radius"))).isTrue();
    }
}
