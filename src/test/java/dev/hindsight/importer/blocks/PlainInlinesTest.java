package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.commonmark.ext.gfm.strikethrough.StrikethroughExtension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.task.list.items.TaskListItemsExtension;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.IncludeSourceSpans;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/** The short way for plain text gives the tree the library's own inline parser gives. */
class PlainInlinesTest {

    private static Parser parser(boolean plainInlines) {
        Parser.Builder builder = Parser.builder()
                .extensions(List.of(TablesExtension.create(),
                        StrikethroughExtension.builder().requireTwoTildes(true).build(),
                        TaskListItemsExtension.create()))
                .includeSourceSpans(IncludeSourceSpans.BLOCKS);
        if (plainInlines) {
            builder.inlineParserFactory(new PlainInlines());
        }
        return builder.build();
    }

    /** The tree as text: each node's type and, for text, its exact words (spaces at the ends included). */
    private static String tree(Node node) {
        StringBuilder out = new StringBuilder(node.getClass().getSimpleName());
        if (node instanceof Text text) {
            out.append("[").append(text.getLiteral()).append("]");
        }
        if (node instanceof org.commonmark.node.Link link) {
            out.append("<").append(link.getDestination()).append("|").append(link.getTitle()).append(">");
        }
        out.append("(");
        for (Node child = node.getFirstChild(); child != null; child = child.getNext()) {
            out.append(tree(child)).append(",");
        }
        return out.append(")").toString();
    }

    @Test
    void plainAndMarkedUpTextParseAsTheLibraryParsesThem() {
        Parser library = parser(false);
        Parser shortWay = parser(true);
        HtmlRenderer html = HtmlRenderer.builder().build();
        List<String> documents = List.of(
                "# Root cause\n\nThe cache was cold.   \n",
                "Plain words with trailing tabs\t\t\n",
                "## Heading ##\n\n| Field | Value |\n|---|---|\n| Severity | 2 |\n|  | empty |\n| a *b* | c_d |\n",
                "- [x] Done item\n- [ ] Open item with ~2,300 customers and ~~struck~~ words\n",
                "Two lines\nof one paragraph\n\nA [link](http://x) and `code` and &amp; and <b>html</b>!\n",
                "**Date:** 2026-03-31  \n**Impact:** 21 minutes\n",
                "Escaped \\*star\\* and a backslash at the end \\\n",
                "> Quoted plain line\n\n1. Numbered plain item\n2. Second — with a dash → and arrow\n",
                "Setext heading\n===\n\n    indented code\n\n```\nfenced\n```\n",
                "* **Level:** 1\n* **Areas Affected:**\n* **IC:** Daniel   \n* **Date:**   \n* **Why?** no\n",
                "**Status:**x\n\n**Status:** *x*\n\n**a:**\n\n**in_progress:** lock_timeout and _x_ and a_\n",
                "**Owner:** Ana\n\n** Owner:** Ana\n\n**(Owner):** Ana\n\n**Owner**: Ana\n\n**Owner:**\tAna\n",
                "- [x] Shared in the weekly ops review\n- [ ] Open\n- [X] Done  \n- [x]x\n- [ ]\n",
                "[x] Not a list\n\n[x]: http://example.com\n\n- [x] a link now\n- [ ] still a box\n",
                "Wrapped plain text\nover three\nlines  \nwith a hard break\n\nand  two\n  indented\n-dash\n\n",
                "Tabs at the end\t\nof a line\t\t\nand the last\t \n\nstatus in_progress_ or _in progress\n",
                "| **Owner:** Ana | [x] done | snake_case_name |\n|---|---|---|\n| **a:** | [ ] b | c |\n",
                "**IC:** [Sam Okafor](https://chat.example.com/u/sam)\n\nWhat: [Description]\n\n[Name] - [Role]\n",
                "\\<put time here>\n\n[ ] Other: [Specify]\n\n[PagerDuty #4411](https://pd.example.com/i/4411?x=1_2) paged\n",
                "[a](b \"t\") [c](<d>) [e](f&amp;g) [h](i\\)j) [k]() [](l) ![m](n) [o][p] [q][] [r](s)(t)\n",
                "[x]\n\n[x]: /u\n\n[X] and [ x ] and [y] [x](/v)\n\n| [x] | [z](/w) |\n|---|---|\n| \\| | [Name] |\n",
                "**[03:06 CEST]** - Note: [x]\n\n**[Lesson 1]**\n\n**[x]** y\n\n**[a](b)** c\n\n**[a]b** c\n",
                "**3:14 AM**: back to normal. *(Impact mitigated)*\n\n_All times in Pacific Time (PT)_\n\n*a* _b_ *c*.\n",
                "*a *b* c*\n\na*b* and *c*d\n\n_in_progress_ *x*  \n\n* *item*\n- _(y)_\n");
        for (String document : documents) {
            Node expected = library.parse(document);
            Node actual = shortWay.parse(document);
            assertThat(tree(actual)).as(document).isEqualTo(tree(expected));
            assertThat(html.render(actual)).as(document).isEqualTo(html.render(expected));
        }
    }

    /** Every Markdown and text document the tests read, parsed both ways, gives the same tree. */
    @Test
    void everyTestDocumentParsesAsTheLibraryParsesIt() throws java.io.IOException {
        Parser library = parser(false);
        Parser shortWay = parser(true);
        List<java.nio.file.Path> files;
        try (var walk = java.nio.file.Files.walk(java.nio.file.Path.of("src/test/resources"))) {
            files = walk.filter(p -> p.toString().endsWith(".md") || p.toString().endsWith(".txt")).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        for (java.nio.file.Path file : files) {
            String document = MarkdownBlocks.normalise(java.nio.file.Files.readString(file));
            assertThat(tree(shortWay.parse(document))).as(file.toString()).isEqualTo(tree(library.parse(document)));
        }
    }

    /**
     * Random documents built of what the short way looks at (stars, underscores, brackets, colons, spaces, tabs,
     * line ends, list marks, a backslash, letters and digits; links, their destinations, link definitions) parse to the library's tree every time: the shapes are
     * decided character by character, and a corpus of real documents is unlikely to hold each near miss.
     */
    @Test
    void randomDocumentsOfTheShortWaysCharactersParseAsTheLibraryParsesThem() {
        Parser library = parser(false);
        Parser shortWay = parser(true);
        String[] pieces = {"**", "*", "_", "[", "]", "[x] ", "[ ] ", ":", ":** ", "**Owner:** ", " ", "  ", "\t", "\n",
                "\n\n", "\n- ", "\n* ", "\\", "a", "Ana", "in_progress", "x", "X", "7", "é", "&amp;", "<b>", "`",
                "(", ")", "](", "](/u)", "](http://x.org/a_b?c=1)", "[Name]", "\\<", "\\[", "\\_", "!", "<", "&",
                "\n\n[x]: /u\n\n", "\n\n[Name]: /n 'T'\n\n", "\"", "~~", "**[", "]**", " *(", ")*", " _", "_ "};
        java.util.Random random = new java.util.Random(18);
        for (int n = 0; n < 20_000; n++) {
            StringBuilder document = new StringBuilder();
            int length = 1 + random.nextInt(14);
            for (int i = 0; i < length; i++) {
                document.append(pieces[random.nextInt(pieces.length)]);
            }
            String text = document.toString();
            assertThat(tree(shortWay.parse(text))).as(text).isEqualTo(tree(library.parse(text)));
        }
    }
}
