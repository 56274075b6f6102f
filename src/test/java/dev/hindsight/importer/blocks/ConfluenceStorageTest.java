package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import dev.hindsight.importer.blocks.Block.Kind;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A Confluence page in its storage format (the REST API's and space exports' XHTML) read as the page shows it. */
class ConfluenceStorageTest {

    /** A page as the REST API gives its body.storage: no root element, no declared prefixes, self-closed dates. */
    private static final String PAGE = """
            <ac:structured-macro ac:name="toc" ac:schema-version="1"><ac:parameter ac:name="maxLevel">2</ac:parameter></ac:structured-macro>
            <h1>Incident review: lift call buttons unresponsive</h1>
            <table><tbody>
            <tr><th><p>Severity</p></th><td><p><ac:structured-macro ac:name="status"><ac:parameter ac:name="colour">Yellow</ac:parameter><ac:parameter ac:name="title">P3</ac:parameter></ac:structured-macro></p></td></tr>
            <tr><th><p>Date</p></th><td><p><time datetime="2026-02-03" /></p></td></tr>
            <tr><th><p>Owner</p></th><td><p><ac:link><ri:user ri:username="mbaptiste" /></ac:link></p></td></tr>
            </tbody></table>
            <h2>Summary</h2>
            <p>The building gateway dropped its <ac:link><ri:page ri:content-title="BMS gateway runbook" /></ac:link> session at 10:12.</p>
            <ac:structured-macro ac:name="warning"><ac:parameter ac:name="title">Still open</ac:parameter><ac:rich-text-body><p>The vendor has not confirmed the firmware fix.</p></ac:rich-text-body></ac:structured-macro>
            <ac:structured-macro ac:name="code"><ac:parameter ac:name="language">bash</ac:parameter><ac:plain-text-body><![CDATA[systemctl restart bms-gw && echo <ok>]]></ac:plain-text-body></ac:structured-macro>
            <h2>Follow-up</h2>
            <ac:task-list>
            <ac:task><ac:task-id>7</ac:task-id><ac:task-status>complete</ac:task-status><ac:task-body><ac:link><ri:user ri:account-id="557058:0f3e" /></ac:link> pin the gateway firmware</ac:task-body></ac:task>
            <ac:task><ac:task-id>8</ac:task-id><ac:task-status>incomplete</ac:task-status><ac:task-body>alert on the gateway session, due <time datetime="2026-03-01" /></ac:task-body></ac:task>
            </ac:task-list>
            """;

    private static SourceText read(String page) {
        return Blocks.read(page.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aStoragePagesLozengesDatesAndMentionsReadAsThePageShowsThem() {
        SourceText read = read(PAGE);

        assertThat(read.format()).isEqualTo("html");
        assertThat(read.blocks()).filteredOn(b -> b.is(Kind.HEADING)).extracting(Block::text)
                .containsExactly("Incident review: lift call buttons unresponsive", "Summary", "Follow-up");
        assertThat(read.blocks()).filteredOn(b -> b.is(Kind.TABLE_ROW) || b.is(Kind.TABLE_HEADER)).extracting(Block::cells)
                .containsExactly(java.util.List.of("Severity", "P3"), java.util.List.of("Date", "2026-02-03"),
                        java.util.List.of("Owner", "@mbaptiste"));
        assertThat(String.join("\n", read.lines())).doesNotContain("Yellow").doesNotContain("maxLevel")
                .doesNotContain("bash\n");
        assertThat(read.blocks()).extracting(Block::text)
                .contains("The building gateway dropped its BMS gateway runbook session at 10:12.");
    }

    @Test
    void panelsKeepTheirTextAndCodeMacrosBecomeCodeBlocks() {
        SourceText read = read(PAGE);

        assertThat(read.blocks()).extracting(Block::kind, Block::text).contains(
                tuple(Kind.PARAGRAPH, "The vendor has not confirmed the firmware fix."),
                tuple(Kind.CODE, "systemctl restart bms-gw && echo <ok>"));
    }

    @Test
    void aTaskListIsAChecklistWithEachTasksStatus() {
        SourceText read = read(PAGE);

        assertThat(read.blocks()).filteredOn(b -> b.is(Kind.LIST_ITEM)).extracting(Block::text, Block::checked)
                .containsExactly(tuple("@user pin the gateway firmware", true),
                        tuple("alert on the gateway session, due 2026-03-01", false));
    }

    @Test
    void onlyAPageOpeningWithAnElementAndUsingConfluencesOwnIsStorageFormat() {
        byte[] markdown = "<!-- review -->\n# Outage\n\nWe used <ac:link> in a sentence.\n".getBytes(StandardCharsets.UTF_8);
        byte[] readme = "<p align=\"center\">logo</p>\n\n# Outage\n".getBytes(StandardCharsets.UTF_8);

        assertThat(ConfluenceStorage.is(PAGE.getBytes(StandardCharsets.UTF_8))).isTrue();
        assertThat(ConfluenceStorage.is(markdown)).isFalse();
        assertThat(ConfluenceStorage.is(readme)).isFalse();
        assertThat(Blocks.read(readme).format()).isEqualTo("markdown");
    }
}
