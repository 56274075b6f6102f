package dev.hindsight.template;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * A node of the values a document template sees: names to strings, booleans, nested nodes and lists of
 * nodes. Plain maps, so a logic-less template can read them and nothing else; empty text and empty lists
 * are false in a section, which is how a template chooses between a value and its placeholder.
 */
final class View {
    /** "0" to "99": list items are numbered in every rendering. */
    private static final String[] INDEXES = new String[100];

    static {
        for (int i = 0; i < INDEXES.length; i++) {
            INDEXES[i] = String.valueOf(i);
        }
    }

    private final Map<String, Object> values;

    View() {
        this(12);
    }

    /**
     * A node that will hold about {@code names} values (with its list index): sized so that filling it never
     * rehashes, which was a tenth of building a document's view.
     */
    View(int names) {
        values = new LinkedHashMap<>((int) (names / 0.75f) + 1);
    }

    /** A node with the same values, for showing one item in two lists (each numbers it its own way). */
    View copy() {
        View copy = new View(values.size() + 1);
        copy.values.putAll(values);
        return copy;
    }

    View put(String name, Object value) {
        values.put(name, value == null ? "" : value);
        return this;
    }

    View put(String name, View child) {
        values.put(name, child.map());
        return this;
    }

    View flag(String name, boolean value) {
        values.put(name, value);
        return this;
    }

    <T> View list(String name, List<T> items, Function<T, View> each) {
        List<Map<String, Object>> out = new ArrayList<>(items.size());
        int index = 1;
        for (T item : items) {
            out.add(each.apply(item).put("index", index < INDEXES.length ? INDEXES[index] : String.valueOf(index)).map());
            index++;
        }
        values.put(name, out);
        return this;
    }

    /** A list of plain strings, each as {@code {text, index}}. */
    View texts(String name, List<String> items) {
        return list(name, items, text -> new View(2).put("text", text));
    }

    Map<String, Object> map() {
        return values;
    }

    /** Markdown table cells cannot hold a pipe or a line break as they are. */
    static String cell(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("|", "\\|").replace("\r\n", " ").replace('\n', ' ').strip();
    }

    static String yesNo(Boolean answer) {
        return answer == null ? "" : answer ? "Yes" : "No";
    }
}
