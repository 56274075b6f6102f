package dev.hindsight.importer.sections;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Headings written as plain lines, as a page copied from a wiki or an issue tracker has them: "Timeline" alone on
 * its line, then "All times in UTC." and the entries. Only in a document with no headings of its own beyond its
 * title, and only for a line that is exactly a known section name (in a paragraph, or joined to a list item
 * above it as a lazy continuation line) ("Summary", "What went well?", "Actionables"):
 * a sentence that starts with one ("Impact was limited to …") stays prose. A short line standing alone as its own
 * paragraph may also be a name the vocabulary knows by its start ("Impact summary") or one the recognised seed layout
 * writes (a Google Docs text export has no heading marks). Thread-safe.
 */
public final class PlainHeadings {

    /** What a wiki page writes after each heading: "Summary[edit | edit source]", "Timeline [edit]". */
    private static final Pattern WIKI_EDIT = Pattern.compile("\\s*\\[\\s*edit(?:\\s*\\|\\s*edit source)?\\s*]\\s*$");
    /** A heading line is short; a longer one is a sentence even if it ends like one. */
    private static final int LONGEST = 60;
    /** A line standing alone is looked up more loosely, so it must look like a title: short, few words. */
    private static final int LONGEST_ALONE = 80;
    private static final int MOST_WORDS_ALONE = 10;

    private PlainHeadings() {
    }

    /** The blocks with such lines made headings (level 2), or the same blocks when the document has headings. */
    public static List<Block> of(List<Block> blocks, Vocabulary vocabulary) {
        return of(blocks, vocabulary, "");
    }

    /** The same, in a document recognised as a seed layout (its name, or "" for none). */
    public static List<Block> of(List<Block> blocks, Vocabulary vocabulary, String layout) {
        if (blocks.stream().filter(b -> b.is(Block.Kind.HEADING)).count() > 1) {
            return blocks;
        }
        List<Block> out = new ArrayList<>(blocks.size());
        boolean changed = false;
        boolean capitals = false;
        for (Block b : blocks) {
            if (numbered(b) && b.text().indexOf('\n') < 0 && capitalised(b.text().strip(), vocabulary)) {
                capitals = true;
                break;
            }
        }
        // What the headings so far say: whether the text is under an action section, whether one was seen at all.
        boolean underActions = false;
        boolean actionsSeen = false;
        // Typed minutes number their parts in sentence case: once one names a section, the parts after it do too.
        // Most documents have no numbered item at all, and then no item's words are looked up.
        boolean numberedParts = blocks.stream().anyMatch(PlainHeadings::numbered);
        int lastPart = 0; // the number of the last numbered part named, 0 before one
        for (int at = 0; at < blocks.size(); at++) {
            Block b = blocks.get(at);
            int before = out.size();
            Optional<List<Block>> led = underActions ? Optional.empty() : ledByLabel(b, vocabulary, !actionsSeen);
            if (led.isPresent()) {
                out.addAll(led.get());
                changed = true;
            } else if (capitalItem(b, at > 0 ? blocks.get(at - 1) : null,
                    at + 1 < blocks.size() ? blocks.get(at + 1) : null)) {
                out.add(Block.heading(2, b.text().strip(), b.lines()));
                changed = true;
            } else if (numberedParts && namedItem(b, at > 0 ? blocks.get(at - 1) : null,
                    at + 1 < blocks.size() ? blocks.get(at + 1) : null, vocabulary, layout, lastPart)) {
                out.add(Block.heading(2, b.text().strip(), b.lines()));
                lastPart = number(b);
                changed = true;
            } else {
                changed |= headed(b, vocabulary, layout, out, capitals);
            }
            for (int i = before; i < out.size(); i++) {
                if (out.get(i).is(Block.Kind.HEADING)) {
                    underActions = vocabulary.kindOf(out.get(i).text(), layout)
                            .filter(k -> k == SectionKind.ACTION_ITEMS).isPresent();
                    actionsSeen |= underActions;
                }
            }
        }
        return changed ? out : blocks;
    }

    /** The block, or its lines split where one is a section's name standing as a heading; whether it was split. */
    private static boolean headed(Block b, Vocabulary vocabulary, String layout, List<Block> out) {
        return headed(b, vocabulary, layout, out, false);
    }

    /** The same; {@code capitals}: a capitalised numbered item names a section, and so every such item heads one. */
    private static boolean headed(Block b, Vocabulary vocabulary, String layout, List<Block> out, boolean capitals) {
        boolean item = b.is(Block.Kind.LIST_ITEM);
        if (!(b.is(Block.Kind.PARAGRAPH) || item) || b.lines().last() - b.lines().first() + 1 != lineCount(b.text())) {
            out.add(b);
            return false;
        }
        boolean changed = false;
        String[] lines = b.text().split("\n", -1);
        if (capitals && numbered(b) && lines.length == 1 && capitalised(lines[0].strip(), null)) {
            out.add(Block.heading(2, lines[0].strip(), b.lines()));
            return true;
        }
        int start = 0;
        // A list item's first line is the item; a heading line after it was joined to it as a lazy line.
        for (int i = item ? 1 : 0; i < lines.length; i++) {
            // Only a line ending in "]" may end in a wiki's "[edit]": the pattern, restarting at every space, is
            // not run on a long line of spaces for nothing.
            String name = (lines[i].stripTrailing().endsWith("]") ? WIKI_EDIT.matcher(lines[i]).replaceFirst("")
                    : lines[i]).strip();
            boolean alone = lines.length == 1 && !item;
            if (name.length() <= LONGEST && !name.endsWith(".") && (vocabulary.names(name) || namedWithAside(name,
                    vocabulary)) || alone && (standsAsTitle(name, vocabulary, layout) || labelled(name, vocabulary))) {
                if (i > start) {
                    out.add(start == 0 && item ? itemPart(lines, i, b) : part(lines, start, i, b));
                }
                out.add(Block.heading(2, name, Lines.of(b.lines().first() + i)));
                start = i + 1;
                changed = true;
            }
        }
        if (start == 0) {
            out.add(b);
        } else if (start < lines.length) {
            out.add(part(lines, start, lines.length, b));
        }
        return changed;
    }

    /** A list item numbered "1." or "2)": a letter's sections are numbered, a list of names in capitals is not. */
    private static boolean numbered(Block b) {
        if (!b.is(Block.Kind.LIST_ITEM) || b.cells().isEmpty()) {
            return false;
        }
        String marker = b.cells().get(0);
        int digits = 0;
        while (digits < marker.length() && Character.isDigit(marker.charAt(digits))) {
            digits++;
        }
        return digits > 0 && digits == marker.length() - 1 && (marker.endsWith(".") || marker.endsWith(")"));
    }

    /** The number of an item {@link #numbered} ("5." is 5). */
    private static int number(Block b) {
        String marker = b.cells().get(0);
        return marker.length() > 7 ? 0 : Integer.parseInt(marker.substring(0, marker.length() - 1));
    }

    /**
     * A numbered section title in capitals, as a letter or a plain-text report writes its parts ("1. SUMMARY OF
     * EVENT", "4. CORRECTIVE AND PREVENTIVE ACTIONS", "5. SERVICE CREDITS"): a list item of one line, every letter a
     * capital, not beside another item (a list of capitalised names, "- DNS" over "- CDN", is a list).
     */
    private static boolean capitalItem(Block b, Block previous, Block next) {
        if (!standsAlone(b, previous, next)) {
            return false; // "- DNS" over "- CDN", or the last of a list in capitals, is a list
        }
        String text = b.text().strip();
        if (text.length() > LONGEST || text.indexOf('\n') >= 0 || text.endsWith(".")) {
            return false;
        }
        int letters = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters += Character.isLetter(c) ? 1 : 0;
        }
        return letters >= 6;
    }

    /** A numbered item of one line with no item beside it: a part's title in a typed report, or a list's end. */
    private static boolean standsAlone(Block b, Block previous, Block next) {
        return numbered(b) && b.checked() == null && !(next != null && next.is(Block.Kind.LIST_ITEM))
                && !(previous != null && previous.is(Block.Kind.LIST_ITEM) && previous.level() == b.level()
                && previous.lines().last() + 1 == b.lines().first());
    }

    /**
     * A numbered section title in sentence case, as typed minutes number their parts ("2. Summary of the incident",
     * "4. Actions arising"): a numbered item of one short line standing alone, whose words the vocabulary knows;
     * after one, any such item of a few words with prose above it and a higher number ("5. Any other business").
     */
    private static boolean namedItem(Block b, Block previous, Block next, Vocabulary vocabulary, String layout,
                                     int lastPart) {
        String text = b.text().strip();
        // A question or a long line is an item's text ("1. Why did the lock time out? The index …"), not a title.
        if (!standsAlone(b, previous, next) || text.length() > LONGEST || text.indexOf('\n') >= 0
                || text.endsWith(".") || text.endsWith(":") || text.indexOf('?') >= 0 || words(text) > 8) {
            return false;
        }
        // After a named part, "5. Any other business" is a later part, when prose (not an item) stands above it; not
        // "1. Add certificate expiry alerting", a one-item list under "2. Follow-up".
        return vocabulary.kindOf(text, layout).isPresent() || lastPart > 0 && number(b) > lastPart
                && previous != null && !previous.is(Block.Kind.LIST_ITEM) && words(text) <= 6;
    }

    private static int words(String text) {
        return text.split("\\s+").length;
    }

    /**
     * A short line alone that the vocabulary knows, with or without an aside in brackets at its end: ":clock3:
     * **What happened when** (SGT)" heads a timeline, and the heading keeps the aside for its zone.
     */
    private static boolean standsAsTitle(String text, Vocabulary vocabulary, String layout) {
        if (text.isEmpty() || text.length() > LONGEST_ALONE || text.indexOf('\t') >= 0 || text.endsWith(".")
                || text.endsWith(":") || text.split("\\s+").length > MOST_WORDS_ALONE) {
            return false;
        }
        if (vocabulary.kindOf(text, layout).isPresent()) {
            return true;
        }
        String bare = text.endsWith(")") ? ASIDE.matcher(text).replaceFirst("").strip() : text;
        return bare.length() < text.length() && !bare.isEmpty() && vocabulary.kindOf(bare, layout).isPresent();
    }

    /** "What went well: Support escalated …", as a form or a one-screen write-up heads its parts. */
    private static final Pattern LEADING_LABEL = Pattern.compile("([\\p{L}][\\p{L}\\d ,'&/#-]{1,40}):\\s+(\\S.*)",
            Pattern.DOTALL);
    /** "Action 1: Add an invalidation test …", then its "Owner:" and "Due:" lines. */
    private static final Pattern NUMBERED_ACTION = Pattern.compile("(?i)(?:action(?: item)?|ai|follow[- ]?up)\\s*#?\\d{1,3}");

    /**
     * A paragraph that opens with a section's name as its label, "What went well: Support escalated within
     * minutes …": the section's heading and its text. The first of a run of numbered actions ("Action 1: …") with no
     * action section around them: a heading of action items over it. Empty for any other block.
     */
    private static Optional<List<Block>> ledByLabel(Block b, Vocabulary vocabulary, boolean firstActions) {
        if (!b.is(Block.Kind.PARAGRAPH)) {
            return Optional.empty();
        }
        Matcher m = LEADING_LABEL.matcher(b.text().strip());
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = m.group(1).strip();
        Lines first = Lines.of(b.lines().first());
        if (NUMBERED_ACTION.matcher(label).matches()) {
            // The heading the writer left implied: it stands on the first item's line, which it introduces.
            return firstActions ? Optional.of(List.of(Block.heading(2, "Action items", first), b)) : Optional.empty();
        }
        // One line only: a paragraph of several "Label: value" lines is a fact sheet, or holds plain headings.
        if (b.text().strip().indexOf('\n') >= 0 || !vocabulary.names(label)) {
            return Optional.empty();
        }
        return Optional.of(List.of(Block.heading(2, label, first),
                Block.paragraph(m.group(2).strip(), new Lines(b.lines().first(), b.lines().last()))));
    }

    /**
     * "Timeline (GMT)" over the entries, in a mail's body: a section's exact name with an aside in brackets, the
     * heading keeping the aside for its zone.
     */
    private static boolean namedWithAside(String name, Vocabulary vocabulary) {
        if (!name.endsWith(")")) {
            return false;
        }
        String bare = ASIDE.matcher(name).replaceFirst("").strip();
        return !bare.isEmpty() && bare.length() < name.length() && vocabulary.names(bare);
    }

    /**
     * "2. SEQUENCE OF EVENTS (AEST)": a numbered item of one short line in capitals, as a letter or a report typed
     * as plain text numbers its sections, that the vocabulary (when given) knows by its start ("SUMMARY OF EVENT");
     * once one does, "5. SERVICE CREDITS" heads a section too. Not one with a sentence's end.
     */
    private static boolean capitalised(String name, Vocabulary vocabulary) {
        if (name.length() > LONGEST || name.endsWith(".") || name.endsWith(":")) {
            return false;
        }
        boolean letters = false;
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (Character.isLowerCase(c)) {
                return false;
            }
            letters |= Character.isLetter(c);
        }
        String bare = name.endsWith(")") ? ASIDE.matcher(name).replaceFirst("").strip() : name;
        return letters && (vocabulary == null || vocabulary.kindOf(bare, "").isPresent());
    }

    /** A trailing "(UTC)", "(all times PT)": the heading keeps it, as it says the zone of what it heads. */
    private static final Pattern ASIDE = Pattern.compile("\\s*\\([^()]{1,30}\\)\\s*$");

    /**
     * A label alone as its paragraph naming a section exactly once its colon and an aside in brackets are off:
     * "**Minute by minute (UTC):**" over the entries.
     */
    private static boolean labelled(String text, Vocabulary vocabulary) {
        if (!text.endsWith(":") || text.length() > LONGEST) {
            return false;
        }
        String bare = ASIDE.matcher(text.substring(0, text.length() - 1)).replaceFirst("").strip();
        return vocabulary.names(bare);
    }

    private static Block part(String[] lines, int from, int to, Block whole) {
        return Block.paragraph(String.join("\n", java.util.Arrays.asList(lines).subList(from, to)),
                new Lines(whole.lines().first() + from, whole.lines().first() + to - 1));
    }

    private static Block itemPart(String[] lines, int to, Block whole) {
        return new Block(Block.Kind.LIST_ITEM, whole.level(), String.join("\n",
                java.util.Arrays.asList(lines).subList(0, to)), whole.cells(), whole.checked(), whole.struck(),
                whole.links(), new Lines(whole.lines().first(), whole.lines().first() + to - 1));
    }

    private static int lineCount(String text) {
        return text.split("\n", -1).length;
    }
}
