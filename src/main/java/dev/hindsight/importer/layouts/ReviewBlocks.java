package dev.hindsight.importer.layouts;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The shapes the post-incident review is written in, below its headings: "**Label:** value" lines that open a
 * block, paragraphs, and bullet or numbered lists nested by indentation ("1. **Factor**" with "- Description: ..."
 * under it). Lines that continue an item (indented, or straight after it) belong to that item, so a value that
 * runs over several lines or paragraphs reads back whole. Horizontal rules, italic guidance and HTML comments
 * are skipped. Stateless.
 */
final class ReviewBlocks {

    /** Read by hand ({@link #label}); the pattern only for lines holding a character '.' does not match. */
    private static final Pattern LABEL = Pattern.compile("^\\*\\*([^*]+?)\\*\\*\\s*(.*)$");
    /** The labels readers ask for, normalised: the same few dozen constants in every document. */
    private static final Map<String, String> NORMAL = new ConcurrentHashMap<>();

    private ReviewBlocks() {
    }

    /**
     * A list item: its text (continuation lines joined on) and the items nested under it. Readers ask each item
     * for its label many times over ("is it 'Description'? 'Impact'?"), so the label, value and key are worked
     * out once, when first asked.
     */
    static final class Item {
        private final String text;
        private final List<Item> children;
        private String label;
        private String value;
        private String key;

        Item(String text, List<Item> children) {
            this.text = text;
            this.children = children;
        }

        String text() {
            return text;
        }

        List<Item> children() {
            return children;
        }

        /** The part before the first colon, without bold: "Description" for "**Description:** x". */
        String label() {
            if (label == null) {
                split();
            }
            return label;
        }

        /** The part after the first colon, stripped; empty when there is none. */
        String value() {
            if (value == null) {
                split();
            }
            return value;
        }

        /** Label and value from one unbolding of the text: readers ask for both of most items. */
        private void split() {
            String t = unbold(text);
            int colon = t.indexOf(':');
            label = colon < 0 ? t.strip() : t.substring(0, colon).strip();
            value = colon < 0 ? "" : t.substring(colon + 1).strip();
        }

        /** True when the item is "Label: ..." or just "Label" for this label (case and punctuation ignored). */
        boolean is(String wanted) {
            if (key == null) {
                key = Section.normal(label());
            }
            return ReviewKeys.is(key, wanted);
        }

        /** The value of the first child item with this label, placeholders read as empty; null when none. */
        String child(String wanted) {
            for (Item c : children) {
                if (c.is(wanted)) {
                    return ReviewPlaceholders.value(c.value());
                }
            }
            return null;
        }

        /** The children's texts, placeholders dropped. */
        List<String> childTexts() {
            List<String> out = new ArrayList<>(children.size());
            for (Item c : children) {
                String t = c.text().strip();
                if (!ReviewPlaceholders.isUnfilled(t)) {
                    out.add(t);
                }
            }
            return Collections.unmodifiableList(out);
        }

        /** The text stripped, without a leading "**bold**" marker pair: what "^\\*\\*([^*]+?)\\*\\*" → "$1" does. */
        private static String unbold(String text) {
            String t = text.strip();
            if (!t.startsWith("**")) {
                return t;
            }
            int close = t.indexOf('*', 2);
            if (close <= 2 || close + 1 >= t.length() || t.charAt(close + 1) != '*') {
                return t;
            }
            return t.substring(2, close) + t.substring(close + 2);
        }
    }

    /**
     * A block under a "**Label:**" line (label null for the text before the first one): the text written on the
     * label's line and in paragraphs under it, and its list items.
     */
    record Block(String label, String value, List<Item> items, String key) {
        /** @param label the label as written; its key (normalised, asked for many times) is worked out here */
        Block(String label, String value, List<Item> items) {
            this(label, value, items, label == null ? null : Section.normal(label));
        }

        boolean is(String wanted) {
            return key != null && ReviewKeys.is(key, wanted);
        }
    }

    /** A label a reader asks for, normalised once. */
    static String normal(String wanted) {
        return NORMAL.computeIfAbsent(wanted, Section::normal);
    }

    /** The blocks of a part of the document, in order; the first is the text before any label. */
    static List<Block> blocks(List<String> lines) {
        return parse(lines, false);
    }

    /** Only the list items (no labels): a timeline entry's points, where text after a blank line still continues. */
    static List<Item> items(List<String> lines) {
        return parse(lines, true).get(0).items();
    }

    /** The block with this label, if any. */
    static Block block(List<Block> blocks, String label) {
        for (Block b : blocks) {
            if (b.is(label)) {
                return b;
            }
        }
        return null;
    }

    /** The value of the first top-level item with this label across the blocks, placeholders read as empty. */
    static String value(List<Item> items, String label) {
        for (Item i : items) {
            if (i.is(label)) {
                return ReviewPlaceholders.value(i.value());
            }
        }
        return "";
    }

    private static List<Block> parse(List<String> lines, boolean lenient) {
        List<Block> blocks = new ArrayList<>();
        Builder current = new Builder(null, "");
        Deque<Node> open = new ArrayDeque<>();
        boolean blank = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || ReviewLines.skipped(t)) {
                blank = true;
                continue;
            }
            String item = ReviewLines.itemText(line);
            String[] label = !lenient && item == null && t.startsWith("**") && !Character.isWhitespace(line.charAt(0))
                    ? label(t) : null;
            if (label != null) {
                blocks.add(current.build());
                String name = label[0].strip();
                String rest = label[1].strip();
                if (name.endsWith(":")) {
                    name = name.substring(0, name.length() - 1).strip();
                } else if (rest.startsWith(":")) {
                    rest = rest.substring(1).strip();
                }
                current = new Builder(name, rest);
                open.clear();
            } else if (item != null) {
                int indent = ReviewLines.indent(line);
                Node node = new Node(indent, item);
                while (!open.isEmpty() && open.peek().indent >= indent) {
                    open.pop();
                }
                if (open.isEmpty()) {
                    current.items.add(node);
                } else {
                    open.peek().adopt(node);
                }
                open.push(node);
            } else if (!open.isEmpty() && (lenient || !blank || ReviewLines.indent(line) >= 2)) {
                open.peek().continued(blank ? "\n\n" : "\n", t);
            } else {
                open.clear();
                current.paragraph(blank ? "\n\n" : "\n", t);
            }
            blank = false;
        }
        blocks.add(current.build());
        return blocks;
    }

    /**
     * {name, rest} when {@link #LABEL} matches the stripped line, else null: "**", the name up to the first '*',
     * which must open "**", then white space and the rest.
     */
    private static String[] label(String t) {
        int star = t.indexOf('*', 2);
        if (star <= 2 || star + 1 >= t.length() || t.charAt(star + 1) != '*') {
            return null;
        }
        int rest = star + 2;
        for (int i = rest; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029') {
                Matcher m = LABEL.matcher(t);
                return m.matches() ? new String[] {m.group(1), m.group(2)} : null;
            }
        }
        while (rest < t.length() && RegexSpace.is(t.charAt(rest))) {
            rest++;
        }
        return new String[] {t.substring(2, star), t.substring(rest)};
    }

    private static List<Item> built(List<Node> nodes) {
        if (nodes.isEmpty()) {
            return List.of();
        }
        List<Item> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            out.add(n.item());
        }
        return Collections.unmodifiableList(out);
    }

    /** An item being read. Most items are one line with nothing under them: no builder or list until needed. */
    private static final class Node {
        final int indent;
        private final String first;
        private StringBuilder text;
        private List<Node> children = List.of();

        Node(int indent, String first) {
            this.indent = indent;
            this.first = first;
        }

        void continued(String gap, String line) {
            if (text == null) {
                text = new StringBuilder(first);
            }
            text.append(gap).append(line);
        }

        void adopt(Node child) {
            if (children.isEmpty()) {
                children = new ArrayList<>();
            }
            children.add(child);
        }

        Item item() {
            return new Item((text == null ? first : text.toString()).strip(), built(children));
        }
    }

    /** A block being read; its text is kept as written on the label's line until a paragraph adds to it. */
    private static final class Builder {
        final String label;
        private final String inline;
        private StringBuilder text;
        final List<Node> items = new ArrayList<>();

        Builder(String label, String inline) {
            this.label = label;
            this.inline = inline;
        }

        void paragraph(String gap, String line) {
            if (text == null) {
                text = new StringBuilder(inline.length() + line.length() + 2).append(inline);
            }
            if (text.length() > 0) {
                text.append(gap);
            }
            text.append(line);
        }

        Block build() {
            return new Block(label, (text == null ? inline : text.toString()).strip(), built(items));
        }
    }
}
