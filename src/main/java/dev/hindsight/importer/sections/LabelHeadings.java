package dev.hindsight.importer.sections;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.words.ReadingWords;
import java.util.ArrayList;
import java.util.List;

/**
 * A label alone on its line that heads a list or a table ("**Impact:**" then "- Users affected: ...",
 * "**Timeline Overview:**" then a table), inside a section: when the label is a section name the vocabulary knows,
 * it is a subsection's heading, one level below the heading it stands under, so what it heads is read as what it
 * names rather than as the section's prose. Only in a document recognised as a seed layout whose template writes
 * such groups (data: "labelHeadings" in {@code importer/sections.json}; the post-mortem layout's "**Improvements:**"
 * under Communication Notes is the communication's own list, not a section): elsewhere a summary's "**Root Cause:**" with the
 * cause under it is the summary's own telling, and
 * the document's "Root Cause Analysis" section is where the root cause is read from. Thread-safe.
 */
public final class LabelHeadings {

    /** A heading-like label is short: a few words. */
    private static final int MOST_WORDS = 4;
    private static final int LONGEST = 40;

    /** The seed layouts whose templates head groups with a label. */
    private static final java.util.Set<String> LAYOUTS = ReadingWords.load("sections.json").names("labelHeadings");

    private LabelHeadings() {
    }

    /** The blocks with such labels made headings, or the same blocks when there are none. */
    public static List<Block> of(List<Block> blocks, Vocabulary vocabulary, String layout) {
        if (layout == null || !LAYOUTS.contains(layout)) {
            return blocks;
        }
        List<Block> out = null;
        int level = 1;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.is(Block.Kind.HEADING)) {
                level = Math.max(1, b.level());
            }
            String name = i + 1 < blocks.size() && heads(blocks.get(i + 1)) ? label(b) : null;
            if (name != null && vocabulary.kindOf(name, layout).isPresent()) {
                if (out == null) {
                    out = new ArrayList<>(blocks.subList(0, i));
                }
                out.add(Block.heading(Math.min(6, level + 1), name, b.lines()));
                continue;
            }
            if (out != null) {
                out.add(b);
            }
        }
        return out == null ? blocks : out;
    }

    private static boolean heads(Block next) {
        return next.is(Block.Kind.LIST_ITEM) || next.is(Block.Kind.TABLE_HEADER) || next.is(Block.Kind.TABLE_ROW);
    }

    /** "Impact" of a one-line paragraph "Impact:"; null for any other block. */
    private static String label(Block b) {
        if (!b.is(Block.Kind.PARAGRAPH)) {
            return null;
        }
        String text = b.text().strip();
        if (!text.endsWith(":") || text.indexOf('\n') >= 0 || text.length() > LONGEST) {
            return null;
        }
        String name = text.substring(0, text.length() - 1).strip();
        return name.isEmpty() || name.split("\\s+").length > MOST_WORDS ? null : name;
    }
}
