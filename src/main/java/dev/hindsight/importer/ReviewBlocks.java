package dev.hindsight.importer;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
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

    private static final Pattern BULLET = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)])\\s+(.*)$");
    private static final Pattern EMPTY_BULLET = Pattern.compile("^(\\s*)(?:[-*+]|\\d+[.)])\\s*$");
    private static final Pattern LABEL = Pattern.compile("^\\*\\*([^*]+?)\\*\\*\\s*(.*)$");
    private static final Pattern BOLD_TITLE = Pattern.compile("^\\*\\*(.*?)\\*\\*\\s*(.*)$");
    private static final Pattern RULE = Pattern.compile("^(?:-{3,}|\\*{3,}|_{3,})$");

    private ReviewBlocks() {
    }

    /** A list item: its text (continuation lines joined on) and the items nested under it. */
    record Item(String text, List<Item> children) {

        /** The part before the first colon, without bold: "Description" for "**Description:** x". */
        String label() {
            String t = unbold(text);
            int colon = t.indexOf(':');
            return colon < 0 ? t.strip() : t.substring(0, colon).strip();
        }

        /** The part after the first colon, stripped; empty when there is none. */
        String value() {
            String t = unbold(text);
            int colon = t.indexOf(':');
            return colon < 0 ? "" : t.substring(colon + 1).strip();
        }

        /** True when the item is "Label: ..." or just "Label" for this label (case and punctuation ignored). */
        boolean is(String wanted) {
            return Section.normal(label()).equals(Section.normal(wanted));
        }

        /** "**Title**" (or "**Title:**") at the start: the title; the text itself otherwise. */
        String title() {
            Matcher m = BOLD_TITLE.matcher(text.strip());
            String t = m.matches() ? m.group(1) : text.strip();
            return t.endsWith(":") ? t.substring(0, t.length() - 1).strip() : t.strip();
        }

        /** The value of the first child item with this label, placeholders read as empty; null when none. */
        String child(String wanted) {
            return children.stream().filter(c -> c.is(wanted)).findFirst().map(c -> Placeholders.value(c.value()))
                    .orElse(null);
        }

        /** The children's texts, placeholders dropped. */
        List<String> childTexts() {
            return children.stream().map(c -> c.text().strip()).filter(t -> !Placeholders.isUnfilled(t)).toList();
        }

        private static String unbold(String t) {
            return t.strip().replaceFirst("^\\*\\*([^*]+?)\\*\\*", "$1");
        }
    }

    /**
     * A block under a "**Label:**" line (label null for the text before the first one): the text written on the
     * label's line and in paragraphs under it, and its list items.
     */
    record Block(String label, String value, List<Item> items) {
        boolean is(String wanted) {
            return label != null && Section.normal(label).equals(Section.normal(wanted));
        }
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
        return blocks.stream().filter(b -> b.is(label)).findFirst().orElse(null);
    }

    /** The value of the first top-level item with this label across the blocks, placeholders read as empty. */
    static String value(List<Item> items, String label) {
        return items.stream().filter(i -> i.is(label)).findFirst().map(i -> Placeholders.value(i.value())).orElse("");
    }

    static boolean skipped(String t) {
        return RULE.matcher(t).matches() || Section.isGuidance(t) || t.startsWith("<!--");
    }

    private static List<Block> parse(List<String> lines, boolean lenient) {
        List<Block> blocks = new ArrayList<>();
        Builder current = new Builder(null, "");
        Deque<Node> open = new ArrayDeque<>();
        boolean blank = false;
        for (String line : lines) {
            String t = line.strip();
            if (t.isEmpty() || skipped(t)) {
                blank = true;
                continue;
            }
            Matcher bullet = BULLET.matcher(line);
            Matcher label = LABEL.matcher(t);
            if (!lenient && !bullet.matches() && !Character.isWhitespace(line.charAt(0)) && label.matches()) {
                blocks.add(current.build());
                String name = label.group(1).strip();
                String rest = label.group(2).strip();
                if (name.endsWith(":")) {
                    name = name.substring(0, name.length() - 1).strip();
                } else if (rest.startsWith(":")) {
                    rest = rest.substring(1).strip();
                }
                current = new Builder(name, rest);
                open.clear();
            } else if (bullet.matches() || EMPTY_BULLET.matcher(line).matches()) {
                int indent = indent(line);
                Node node = new Node(indent, bullet.matches() ? bullet.group(2).strip() : "");
                while (!open.isEmpty() && open.peek().indent >= indent) {
                    open.pop();
                }
                (open.isEmpty() ? current.items : open.peek().children).add(node);
                open.push(node);
            } else if (!open.isEmpty() && (lenient || !blank || indent(line) >= 2)) {
                Node last = open.peek();
                last.text.append(blank ? "\n\n" : "\n").append(t);
            } else {
                open.clear();
                if (current.text.length() > 0) {
                    current.text.append(blank ? "\n\n" : "\n");
                }
                current.text.append(t);
            }
            blank = false;
        }
        blocks.add(current.build());
        return blocks;
    }

    private static int indent(String line) {
        int n = 0;
        for (char c : line.toCharArray()) {
            if (c == ' ') {
                n++;
            } else if (c == '\t') {
                n += 4;
            } else {
                break;
            }
        }
        return n;
    }

    private static final class Node {
        final int indent;
        final StringBuilder text;
        final List<Node> children = new ArrayList<>();

        Node(int indent, String text) {
            this.indent = indent;
            this.text = new StringBuilder(text);
        }

        Item item() {
            return new Item(text.toString().strip(), children.stream().map(Node::item).toList());
        }
    }

    private static final class Builder {
        final String label;
        final StringBuilder text;
        final List<Node> items = new ArrayList<>();

        Builder(String label, String inline) {
            this.label = label;
            this.text = new StringBuilder(inline);
        }

        Block build() {
            return new Block(label, text.toString().strip(), items.stream().map(Node::item).toList());
        }
    }
}
