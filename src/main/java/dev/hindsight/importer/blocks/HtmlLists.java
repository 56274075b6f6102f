package dev.hindsight.importer.blocks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * HTML lists as LIST_ITEMs. A nested list is one level deeper; a Google Docs export does not nest its lists but
 * writes each level as its own ul/ol with a class "lst-kix_ID-LEVEL", and numbers an ol on from the last one of the
 * same list. A Confluence task list marks done items li.checked. Not thread-safe.
 */
final class HtmlLists {
    private static final String GOOGLE_LIST = "lst-kix_";

    private final HtmlBlocks blocks;
    private final HtmlText text;
    private final TextReading reading;
    /** A Google Docs list's next number, by list id and level ("lst-kix_ab12-1") */
    private final Map<String, Integer> numbers = new HashMap<>();

    HtmlLists(HtmlBlocks blocks, HtmlText text, TextReading reading) {
        this.blocks = blocks;
        this.text = text;
        this.reading = reading;
    }

    void list(Element list, int listDepth, int quoteDepth, int depth) {
        boolean ordered = list.normalName().equals("ol");
        String google = googleClass(list);
        int level = google == null ? listDepth : level(google);
        String counter = google == null ? null : google.substring(0, google.lastIndexOf('-'));
        int number = number(list, google);
        boolean tasks = list.hasClass("inline-task-list");
        for (Node child : list.childNodes()) {
            if (child instanceof Element e && e.normalName().equals("li")) {
                if (counter != null) {
                    forgetDeeperLevels(counter, level);
                }
                item(e, level, ordered ? (number++) + "." : "-", tasks ? e.hasClass("checked") : null, quoteDepth,
                        depth);
            } else if (child instanceof Element e && (e.normalName().equals("ul") || e.normalName().equals("ol"))) {
                list(e, level + 1, quoteDepth, depth + 1);
            } else if (child instanceof Element e) {
                blocks.nodes(List.of(e), level + 1, quoteDepth, depth);
            } else {
                blocks.nodes(List.of(child), level, quoteDepth, depth);
            }
        }
        if (google != null) {
            numbers.put(google, number);
        }
    }

    /**
     * An item's own text is what it opens with (inline content, its paragraphs); the lists, tables and code it then
     * holds are blocks of their own, one level deeper.
     */
    void item(Element li, int level, String marker, Boolean checked, int quoteDepth, int depth) {
        List<Node> own = new ArrayList<>();
        List<Node> children = li.childNodes();
        int i = 0;
        for (; i < children.size(); i++) {
            Node child = children.get(i);
            if (child instanceof Element e && HtmlText.isBlock(e) && HtmlBlocks.holdsStructure(e)) {
                break;
            }
            own.add(child);
        }
        reading.item(level, marker, text.of(own), checked);
        if (i < children.size()) {
            blocks.nodes(children.subList(i, children.size()), level + 1, quoteDepth, depth);
        }
    }

    private int number(Element list, String google) {
        String start = list.attr("start");
        if (!start.isBlank()) {
            try {
                return Integer.parseInt(start.strip());
            } catch (NumberFormatException e) {
                return 1;
            }
        }
        return google == null ? 1 : numbers.getOrDefault(google, 1);
    }

    /** A Google Docs sub-list numbers from 1 again under each item of the level above. */
    private void forgetDeeperLevels(String counter, int level) {
        numbers.keySet().removeIf(key -> key.startsWith(counter + "-") && level(key) > level);
    }

    private static String googleClass(Element list) {
        for (String name : list.classNames()) {
            int dash = name.lastIndexOf('-');
            if (name.startsWith(GOOGLE_LIST) && dash > GOOGLE_LIST.length() && level(name) >= 0) {
                return name;
            }
        }
        return null;
    }

    private static int level(String googleClass) {
        String digits = googleClass.substring(googleClass.lastIndexOf('-') + 1);
        if (digits.isEmpty() || digits.length() > 2) {
            return -1;
        }
        for (int i = 0; i < digits.length(); i++) {
            if (!Character.isDigit(digits.charAt(i))) {
                return -1;
            }
        }
        return Integer.parseInt(digits);
    }
}
