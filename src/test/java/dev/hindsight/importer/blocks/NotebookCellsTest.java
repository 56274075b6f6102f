package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.DocumentImporter;
import dev.hindsight.incident.PostMortem;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A Jupyter notebook read as the Markdown its cells hold: prose as written, code quoted, never run. */
class NotebookCellsTest {

    private static final String NOTEBOOK = """
            {
             "cells": [
              {"cell_type": "markdown", "metadata": {}, "source": [
                "# Cache stampede on the pricing service\\n", "\\n",
                "**Severity:** SEV3\\n"]},
              {"cell_type": "code", "execution_count": 1, "metadata": {},
               "outputs": [
                {"output_type": "stream", "name": "stdout", "text": ["cache misses 18204\\n"]},
                {"output_type": "display_data", "data": {"image/png": "iVBORw0KGgo=", "text/plain": ["<Figure>"]}}
               ],
               "source": ["import os\\n", "os.system('echo ```')"]},
              {"cell_type": "markdown", "metadata": {}, "source": "## Timeline (UTC)\\n\\n- **2026-05-04 10:02** errors began after the deploy flushed the cache\\n- **2026-05-04 10:09** latency alert fires\\n- **2026-05-04 10:40** cache warm again, incident resolved"},
              {"cell_type": "markdown", "metadata": {}, "source": ["## Action items\\n", "\\n",
                "- [ ] Warm the cache before switching traffic — @lena, due 2026-06-01\\n",
                "- [x] Stagger cache expiry (Omar)"]}
             ],
             "metadata": {"language_info": {"name": "python"}},
             "nbformat": 4,
             "nbformat_minor": 5
            }
            """;

    private static String markdown(String json) {
        return ExportedJson.asMarkdown(json.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void markdownCellsAreReadAsTheMarkdownTheyHold() {
        String md = markdown(NOTEBOOK);

        assertThat(md).startsWith("# Cache stampede on the pricing service\n\n**Severity:** SEV3\n\n");
        assertThat(md).contains("## Timeline (UTC)\n\n- **2026-05-04 10:02** errors began after the deploy flushed the cache");
    }

    @Test
    void codeIsQuotedInAFenceItCannotCloseAndWhatItPrintedFollowsAsText() {
        String md = markdown(NOTEBOOK);

        assertThat(md).contains("````python\nimport os\nos.system('echo ```')\n````");
        assertThat(md).contains("```text\ncache misses 18204\n<Figure>\n```");
        assertThat(md).doesNotContain("iVBORw0KGgo"); // an image is no text
    }

    @Test
    void aNotebooksTimelineSeverityAndActionsReachTheRecord() {
        PostMortem r = new DocumentImporter(Conventions.defaults())
                .read(NOTEBOOK.getBytes(StandardCharsets.UTF_8), null).record();

        assertThat(r.title()).isEqualTo("Cache stampede on the pricing service");
        assertThat(r.severity().label()).isEqualTo("SEV3");
        assertThat(r.startedAt()).contains(Instant.parse("2026-05-04T10:02:00Z"));
        assertThat(r.resolvedAt()).contains(Instant.parse("2026-05-04T10:40:00Z"));
        assertThat(r.actionItems()).hasSize(2);
        assertThat(r.actionItems().get(0).owner()).isEqualTo("@lena");
    }

    @Test
    void aJsonFileWithoutCellsIsNoNotebookAndTextThatIsNotJsonIsLeftAlone() {
        assertThat(markdown("{\"nbformat\": 4, \"title\": \"x\"}")).doesNotContain("```");
        assertThat(ExportedJson.asMarkdown("{ not json at all".getBytes(StandardCharsets.UTF_8))).isEmpty();
        assertThat(ExportedJson.asMarkdown("# Heading\n{}".getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void aFenceACellLeavesOpenEndsWithTheCell() {
        String md = markdown("""
                {"nbformat": 4, "metadata": {}, "cells": [
                  {"cell_type": "markdown", "source": ["# Meter readings counted twice\\n", "```sql\\n", "SELECT 1"]},
                  {"cell_type": "markdown", "source": ["## Action items\\n", "- [ ] Add a unique key (@ana, due 2026-04-01)"]}
                ]}
                """);

        assertThat(md).contains("SELECT 1\n```\n\n## Action items");
    }
}
