package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Reads free text (a summary, the narrative, the resolution) back as readable Markdown-like text, and list-shaped
 * text (mitigation steps, procedure gaps) as one string per entry. Stateless; thread-safe.
 *
 * <p>The text keeps the document's structure in the plainest form that still reads: paragraphs apart by a blank
 * line, list items as "- text" (or their number, "2.") indented two spaces a level with "[x]"/"[ ]" boxes and
 * ~~struck~~ text, table rows as pipe rows, quotes as "&gt; ", code fenced, a subsection's heading as a
 * "**heading**" line, front matter as "key: value".
 */
public final class ProseReader {

    private ProseReader() {
    }

    /** The blocks as one text, with the lines of all of them; empty when they hold no words. */
    public static Optional<Sourced<String>> text(List<Block> blocks) {
        StringBuilder out = new StringBuilder();
        Block previous = null;
        for (Block b : blocks) {
            String piece = render(b);
            if (piece.isBlank()) {
                continue;
            }
            if (previous != null) {
                out.append(tight(previous, b) ? "\n" : "\n\n");
            }
            out.append(piece);
            previous = b;
        }
        Lines lines = WrittenLine.span(blocks);
        return out.isEmpty() ? Optional.empty() : Optional.of(new Sourced<>(out.toString(), lines));
    }

    /**
     * One string per top-level list item (the items nested under it appended on their own lines, indented), per
     * table row, or per paragraph when there is no list. Headings, a paragraph introducing the list ("We did the
     * following:") and a table's header come back as entries of their own, so no words are lost; use
     * {@link #items(List, ImportLog)} to have them noted as context instead.
     */
    public static List<Sourced<String>> items(List<Block> blocks) {
        return items(blocks, null);
    }

    /**
     * As {@link #items(List)}, but the headings, introducing paragraphs and table headers are noted in the log as
     * context, not returned as items.
     */
    public static List<Sourced<String>> items(List<Block> blocks, ImportLog log) {
        List<Sourced<String>> out = new ArrayList<>();
        for (ListEntries.Entry e : ListEntries.of(blocks)) {
            switch (e.kind()) {
                case HEADING, INTRO, HEADER -> {
                    if (log != null) {
                        log.context(e.lines(), "'" + e.text() + "' introduces the items that follow");
                        continue;
                    }
                    out.add(new Sourced<>(e.text(), e.lines()));
                }
                case ITEM -> out.add(new Sourced<>(item(e), e.lines()));
                default -> out.add(new Sourced<>(render(e.block()), e.lines()));
            }
        }
        out.removeIf(s -> s.value().isBlank());
        return out;
    }

    /** An item's text, then what is nested under it, each nested item as "- text" indented by its depth. */
    static String item(ListEntries.Entry e) {
        StringBuilder out = new StringBuilder(decorated(e.block()));
        for (Block n : e.nested()) {
            int depth = Math.max(0, n.level() - e.block().level() - 1);
            String indent = "  ".repeat(depth + 1);
            out.append('\n').append(n.is(Block.Kind.LIST_ITEM) ? indent + "- " + indented(decorated(n), indent + "  ")
                    : indent + indented(render(n), indent));
        }
        return out.toString();
    }

    /** One block as text. */
    static String render(Block b) {
        return switch (b.kind()) {
            case HEADING -> b.text().isBlank() ? "" : "**" + b.text().strip().replace('\n', ' ') + "**";
            case PARAGRAPH -> b.struck() ? "~~" + b.text().strip() + "~~" : b.text().strip();
            case LIST_ITEM -> listItem(b);
            case TABLE_HEADER -> row(b.cells()) + "\n|" + " --- |".repeat(Math.max(1, b.cells().size()));
            case TABLE_ROW -> row(b.cells());
            case QUOTE -> quoted(b);
            case CODE -> fenced(b);
            case IMAGE -> b.links().isEmpty() ? b.text().strip() : "![" + b.text().strip() + "](" + b.links().get(0) + ")";
            case FRONT_MATTER -> b.text().strip();
        };
    }

    private static String listItem(Block b) {
        String indent = "  ".repeat(Math.max(0, b.level()));
        String marker = b.cells().isEmpty() ? "-" : b.cells().get(0);
        // A number says the order mattered; "*" and "+" say nothing "-" does not.
        if (marker.isEmpty() || !Character.isDigit(marker.charAt(0))) {
            marker = "-";
        }
        String box = b.checked() == null ? "" : b.checked() ? "[x] " : "[ ] ";
        return indent + marker + " " + box + indented(b.struck() ? "~~" + b.text().strip() + "~~" : b.text().strip(),
                indent + " ".repeat(marker.length() + 1));
    }

    /** An item's text with its box and strike, without its marker. */
    private static String decorated(Block b) {
        String box = b.checked() == null ? "" : b.checked() ? "[x] " : "[ ] ";
        return box + (b.struck() ? "~~" + b.text().strip() + "~~" : b.text().strip());
    }

    private static String row(List<String> cells) {
        StringBuilder out = new StringBuilder("|");
        for (String c : cells) {
            out.append(' ').append(c.strip().replace("|", "\\|").replace('\n', ' ')).append(" |");
        }
        return out.toString();
    }

    private static String quoted(Block b) {
        String prefix = "> ".repeat(Math.max(1, b.level()));
        StringBuilder out = new StringBuilder();
        for (WrittenLine line : WrittenLine.of(b)) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            out.append(line.text().isBlank() ? prefix.strip() : prefix + line.text().strip());
        }
        return b.text().isBlank() ? "" : out.toString();
    }

    /** A code block fenced with more backticks than any run inside it, so the fence cannot close early. */
    private static String fenced(Block b) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < b.text().length(); i++) {
            run = b.text().charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        String info = b.cells().isEmpty() ? "" : b.cells().get(0).strip();
        String code = b.text().endsWith("\n") ? b.text().substring(0, b.text().length() - 1) : b.text();
        return code.isBlank() ? "" : fence + info + "\n" + code + "\n" + fence;
    }

    /** Continuation lines of a multi-line text indented to sit under its first line. */
    private static String indented(String text, String indent) {
        return text.indexOf('\n') < 0 ? text : text.replace("\n", "\n" + indent);
    }

    /** Blocks of one list, one table or one front matter sit on consecutive lines; anything else a blank line apart. */
    private static boolean tight(Block previous, Block b) {
        return previous.is(Block.Kind.LIST_ITEM) && b.is(Block.Kind.LIST_ITEM)
                || (previous.is(Block.Kind.TABLE_HEADER) || previous.is(Block.Kind.TABLE_ROW)) && b.is(Block.Kind.TABLE_ROW)
                || previous.is(Block.Kind.FRONT_MATTER) && b.is(Block.Kind.FRONT_MATTER);
    }
}
