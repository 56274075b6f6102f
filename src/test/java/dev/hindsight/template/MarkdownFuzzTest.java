package dev.hindsight.template;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Any Markdown a record's text or a template's output holds becomes sanitised HTML (the path the web pages,
 * the HTML documents and the PDFs share) and plain text: never an exception, a stack overflow, a hang or
 * unbounded memory, and the HTML never carries a script, an event handler, a style or a script link.
 *
 * <p>Without JAZZER_FUZZ this replays the kept inputs under src/test/resources (fast); tools/fuzz fuzzes it.
 */
class MarkdownFuzzTest {

    /** An attribute that runs script, inside a tag: on...=, style=, or a javascript:/vbscript:/data: URL. */
    private static final Pattern ACTIVE_ATTRIBUTE = Pattern.compile(
            "<[a-z][^>]*\\s(on[a-z]+|style)\\s*=|<[a-z][^>]*=\\s*[\"']?\\s*(javascript|vbscript|data):");

    static {
        // Loads (and so instruments) the classes every input reaches before the fuzzer times the first one.
        String sample = "---\ntitle: t\n---\n# T\n\n| a | b |\n|---|---|\n| *c* | [d](https://e.example) |\n\n> q\n";
        HtmlDocument.page("t", sample);
        PlainText.of(sample);
    }

    @FuzzTest(maxDuration = "10m")
    void anyMarkdownBecomesHtmlThatRunsNothing(FuzzedDataProvider data) {
        String title = data.consumeString(200);
        String markdown = data.consumeRemainingAsString();

        String body = HtmlDocument.body(markdown);
        String page = HtmlDocument.page(title, markdown);
        PlainText.of(markdown);

        for (String html : new String[] {body, page.substring(page.indexOf("<main>"))}) {
            String lower = html.toLowerCase(Locale.ROOT);
            assertThat(lower).doesNotContain("<script", "<iframe", "<object", "<embed", "<style", "<img",
                    "<svg", "<math", "<form", "<base", "<meta", "<link");
            assertThat(ACTIVE_ATTRIBUTE.matcher(lower).find()).as("an attribute that runs script in %s", html)
                    .isFalse();
        }
    }
}
