package dev.hindsight.importer.blocks;

import java.util.Random;

/**
 * Random Markdown documents built from the pieces post-mortems are written with, including the awkward ones: empty
 * items and quote lines, unclosed fences and comments, tables with empty rows, HTML, front matter of both kinds.
 */
final class GeneratedMarkdown {
    private static final String[] FRONT = {
        "---\ntitle: Checkout outage\nauthors: [ana, raj]\ndate: 2026-03-03\n---\n",
        "---\n# exported\ntitle: \"Queue backlog\"\nincident:\n  id: INC-7\n  sev: 2\ntags:\n- db\n- eu\nsummary: |\n  Two lines\n  of text: here\n---\n",
        "+++\ntitle = \"Search outage\"\ndate = 2026-03-02\n[params]\nauthor = \"Lena\"\n+++\n",
        "---\ntitle: Broken: unquoted colon\n  bad indent: [\n---\n",
        "---\n---\n",
        "---\nNot front matter at all\n---\n",
        "+++\n# only a comment\n+++\n",
    };
    private static final String[] PIECES = {
        "# Incident 42: **Checkout** down", "## Timeline (UTC)", "### 5:00 PM", "#", "######   ", "Title\n=====",
        "Sub title\n---", "Plain paragraph with *emphasis* and `code`\nand a second line", "Hard break  \nnext line",
        "A [link](https://example.com/a) and <https://example.com/b> and https://example.com/c",
        "- **16:58 UTC** - Alert fires", "* 17:02 paged\n* 17:04 acked", "+ plus item",
        "1. first\n2. second\n   continued", "3) paren item", "-", "1.", "*   ", "- [ ]", "- [x] ~~Rotate keys~~ (#12829)",
        "- [ ] Add alert @bob\n  - [X] nested done\n    - deeper", "- item\n\n  second paragraph\n\n  ```\n  code in item\n  ```",
        "- item with table\n\n  | a | b |\n  |---|---|\n  | 1 | 2 |", "-\n  late content", "- \n\n  more",
        "- ![graph](g.png)", "![only image](x.png)", "![a](1.png)\n![b](2.png)", "[![badge](b.svg)](https://ci)",
        "| Time | Event |\n|------|-------|\n| 14:02 | began |\n|  |  |\n| 14:09 | detected |",
        "Date/Time | Event\n--- | ---\n2026-03-03 10:00 | x", "| a |\n|---|", "|  |  |\n|--|--|\n| x | y |",
        "> quoted **note**\n>\n> second para\n> - quoted item", "> > nested quote", ">", "> ```\n> code\n> ```",
        "```\nunclosed fence\n# not a heading", "```sh\n$ kubectl get pods\nerror: x\n```", "~~~\ntilde fence\n~~~",
        "    indented code\n    more", "---", "***", "___", "<!-- comment -->", "<!--\nmulti\nline\n-->",
        "<!-- unclosed comment\nstill comment", "<details>\n<summary>Timeline</summary>", "</details>", "<br>",
        "<table><tr><th>Time</th></tr><tr><td>14:00</td></tr></table>", "<div>\n*not emphasis*\n</div>",
        "<p align=\"center\"><img src=\"x.png\" alt=\"arch\"></p>", "[ref]: https://example.com/ref \"Title\"",
        "[ref]:\n  https://example.com/next-line", "Text with [ref] link", "lazy\ncontinuation\n> quote\nlazy",
        "\tTabbed line", " \u00a0- nbsp item", "Line with trailing spaces   ", "***bold italic***", "~~struck para~~",
        "Teams involved (list)\tPayments; Security\n-----------------------\t--------------",
        "Title\tNightly export failed", "[03-26 23:04] deploy", "`unclosed code", "<span></span>", "**", "\\",
        "&nbsp;", "| not | a table", "1. [x] done numbered", "- a\n- b\n\n\n- c", "  - indented start",
        "- > quote in item", "- # heading in item", "- ```\n  fence on marker line\n  ```", "> - [ ] task in quote",
    };
    private static final String[] SEPARATORS = {"\n", "\n\n", "\n\n\n", "\r\n", "\r\n\r\n", "\n  \n"};

    private GeneratedMarkdown() {
    }

    static String document(Random random) {
        StringBuilder out = new StringBuilder();
        if (random.nextInt(4) == 0) {
            out.append(random.nextBoolean() ? "\uFEFF" : "").append(FRONT[random.nextInt(FRONT.length)]);
        }
        int pieces = 1 + random.nextInt(25);
        for (int i = 0; i < pieces; i++) {
            String piece = PIECES[random.nextInt(PIECES.length)];
            if (random.nextInt(6) == 0) {
                piece = indent(piece, random.nextInt(2) == 0 ? "  " : "> ");
            }
            out.append(piece).append(SEPARATORS[random.nextInt(SEPARATORS.length)]);
        }
        return out.toString();
    }

    private static String indent(String piece, String prefix) {
        return prefix + piece.replace("\n", "\n" + prefix);
    }
}
