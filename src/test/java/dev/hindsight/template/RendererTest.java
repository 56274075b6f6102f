package dev.hindsight.template;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class RendererTest {

    private static final Renderer RENDERER = new Renderer(Templates.builtIn(), Conventions.defaults());
    private static final PostMortem SPECIMEN = Specimen.record();

    @ParameterizedTest
    @EnumSource(BuiltInTemplate.class)
    void everyLayoutRendersInEveryFormat(BuiltInTemplate layout) throws Exception {
        String name = layout.templateName();
        String markdown = new String(RENDERER.render(SPECIMEN, name, OutputFormat.MARKDOWN, RenderOptions.defaults()),
                StandardCharsets.UTF_8);
        String html = new String(RENDERER.render(SPECIMEN, name, OutputFormat.HTML, RenderOptions.defaults()),
                StandardCharsets.UTF_8);
        String text = new String(RENDERER.render(SPECIMEN, name, OutputFormat.TEXT, RenderOptions.defaults()),
                StandardCharsets.UTF_8);
        byte[] pdf = RENDERER.render(SPECIMEN, name, OutputFormat.PDF, RenderOptions.defaults());

        assertThat(markdown).contains(SPECIMEN.title());
        assertThat(html).startsWith("<!DOCTYPE html>").contains("<title>" + SPECIMEN.title() + "</title>");
        assertThat(text).contains(SPECIMEN.title()).doesNotContain("## ");
        assertThat(new String(pdf, 0, 5, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        assertThat(Tools.pdfText(pdf)).contains("Checkout returned 502s");
    }

    @Test
    void timesAreShownInTheZoneAskedForOnEitherSideOfADaylightSavingChange() {
        String pacific = RENDERER.markdown(SPECIMEN, "sev", RenderOptions.defaults());
        String berlin = RENDERER.markdown(SPECIMEN, "sev", RenderOptions.defaults()
                .withZone(ZoneId.of("Europe/Berlin")).withTwelveHour(false));

        // 09:40Z and 10:27Z on 2026-03-08: before and after Pacific clocks sprang forward.
        assertThat(pacific).contains("2026-03-08 1:40:00am PST", "2026-03-08 3:27:00am PDT");
        assertThat(berlin).contains("2026-03-08 10:40:00 CET", "2026-03-08 11:27:00 CET");
    }

    @Test
    void placeholdersAndGuidanceFollowTheOptions() {
        PostMortem empty = PostMortem.draft("Only a title");

        String filled = RENDERER.markdown(empty, "sev", RenderOptions.defaults());
        String bare = RENDERER.markdown(empty, "sev", RenderOptions.defaults().withPlaceholders(false));
        String guided = RENDERER.markdown(empty, "sev", RenderOptions.defaults().withGuidance(true));

        assertThat(filled).contains("[Date Written]", "* **IC:** [Person 1](link)").doesNotContain("*Choose a level");
        assertThat(bare).doesNotContain("[Date Written]", "[Person 1]");
        assertThat(guided).contains("*Choose a level based on the final impact", "* 1: User-Visible Production Impact");
    }

    @ParameterizedTest
    @EnumSource(value = BuiltInTemplate.class, names = {"SEV", "POSTMORTEM", "FRONT_MATTER", "REVIEW"})
    void pandocReadsTheSeedsHeadingsInOrderAndItsTables(BuiltInTemplate layout) throws Exception {
        Path seed = Tools.seed(layout);
        String markdown = RENDERER.markdown(SPECIMEN, layout.templateName(), RenderOptions.defaults());

        String html = Tools.pandoc(markdown);

        List<String> rendered = headings(html);
        List<String> expected = seedHeadings(Files.readString(seed));
        assertThat(rendered).as(markdown).containsSubsequence(expected);
        long seedTables = Files.readString(seed).lines().filter(l -> l.matches("^\\|\\s*-{3,}.*")).count();
        assertThat((long) count(html, "<table")).as(markdown).isGreaterThanOrEqualTo(seedTables);
    }

    @Test
    void theGoogleDocsLayoutIsTablesInMarkdownAndTabsInText() throws Exception {
        String markdown = RENDERER.markdown(SPECIMEN, "google-doc", RenderOptions.defaults());
        String text = RENDERER.plainText(SPECIMEN, "google-doc", RenderOptions.defaults());

        assertThat(count(Tools.pandoc(markdown), "<table")).isGreaterThanOrEqualTo(4);
        assertThat(text).contains("Title\t" + SPECIMEN.title(), "Author\tPriya Natarajan");
    }

    /** Second- and third-level headings of the seed, placeholders aside: what a reader navigates by. */
    private static List<String> seedHeadings(String seed) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("(?m)^#{2,3} (.+)$").matcher(seed);
        while (m.find()) {
            out.add(normal(m.group(1)));
        }
        return out;
    }

    private static List<String> headings(String html) {
        List<String> out = new ArrayList<>();
        Matcher m = Pattern.compile("<h[23][^>]*>(.*?)</h[23]>", Pattern.DOTALL).matcher(html);
        while (m.find()) {
            out.add(normal(m.group(1).replaceAll("<[^>]+>", "")));
        }
        return out;
    }

    private static String normal(String heading) {
        return heading.replace("&amp;", "&").replace("&#39;", "'").replace("’", "'").replaceAll("\\s+", " ").strip();
    }

    private static int count(String text, String what) {
        int n = 0;
        for (int i = text.indexOf(what); i >= 0; i = text.indexOf(what, i + 1)) {
            n++;
        }
        return n;
    }
}
