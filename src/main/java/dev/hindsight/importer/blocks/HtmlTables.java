package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * An HTML table as a TABLE_HEADER and TABLE_ROWs. The header is the thead's row or a first row of th cells; a
 * table with no th at all (a Google Docs export) has its first row as header; a table whose th cells run down the
 * first column (a Confluence page-properties table) has no header, only rows of "label | value".
 */
final class HtmlTables {
    private HtmlTables() {
    }

    static void read(Element table, HtmlText text, TextReading reading, HtmlBlocks blocks, int depth) {
        for (Element child : table.children()) {
            if (child.normalName().equals("caption")) {
                blocks.nodes(child.childNodes(), 0, 0, depth);
            }
        }
        List<Element> rows = rows(table);
        if (rows.isEmpty()) {
            return;
        }
        Element first = rows.get(0);
        boolean anyTh = rows.stream().anyMatch(row -> row.children().stream().anyMatch(HtmlTables::isTh));
        boolean firstAllTh = !first.children().isEmpty() && first.children().stream().allMatch(HtmlTables::isTh);
        boolean header = first.parent() != null && first.parent().normalName().equals("thead") || firstAllTh || !anyTh;
        for (int i = 0; i < rows.size(); i++) {
            List<String> cells = new ArrayList<>();
            InlineText whole = new InlineText(true);
            for (Element cell : rows.get(i).children()) {
                if (cell.normalName().equals("td") || isTh(cell)) {
                    cells.add(text.cell(cell, whole));
                }
            }
            if (!cells.isEmpty()) {
                reading.row(header && i == 0, cells, whole);
            }
        }
    }

    private static boolean isTh(Element cell) {
        return cell.normalName().equals("th");
    }

    /** The table's own rows, not those of a table nested in one of its cells. */
    private static List<Element> rows(Element table) {
        List<Element> rows = new ArrayList<>();
        for (Element child : table.children()) {
            String tag = child.normalName();
            if (tag.equals("tr")) {
                rows.add(child);
            } else if (tag.equals("thead") || tag.equals("tbody") || tag.equals("tfoot")) {
                for (Element row : child.children()) {
                    if (row.normalName().equals("tr")) {
                        rows.add(row);
                    }
                }
            }
        }
        return rows;
    }
}
