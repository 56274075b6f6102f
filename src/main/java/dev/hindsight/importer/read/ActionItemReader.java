package dev.hindsight.importer.read;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.words.ReadingWords;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the action items of one section, whatever shape they are written in: checklists, bullets, numbered and
 * wrapped lists (nested items describe their parent), tables, one paragraph per item, or one heading per item.
 * Subsection headings and grouping labels ("Immediate Actions (Completed)", "Long-term (Q4 2025 - Q1 2026)",
 * "Process improvements", "Short term:") give the items under them a state, a priority label or a kind.
 *
 * <p>Every line given ends up in an item's lines, or in the log as context (headings, labels, table headers) or as
 * skipped with the reason (placeholders, prose beside a list). One pass over the blocks; each call reads with
 * its own state, so calls from several threads at once are safe.
 */
public final class ActionItemReader {

    /** An item read but not yet finished: the fields a later block may still add to, and its group. */
    record Pending(ActionDraft draft, ActionGroup group) {
    }

    /** "### AI-3: Add retries", "### 2. Page the database team": a heading that is itself an item. */
    private static final Pattern ITEM_HEADING = Pattern.compile(
            "(?i)^(?:(?:action(?: item)?|ai|item|follow[- ]?up)\\s?#?\\s?-?\\d{1,4}|\\d{1,3}[.)])\\s*[:.)\\-–—]?\\s+\\S");
    private static final int LABEL_WORDS = 6;

    private record Level(int level, ActionGroup group) {
    }

    private final ImportLog log;
    private final List<Pending> pending = new ArrayList<>();
    private final Deque<Level> headings = new ArrayDeque<>();
    /** A label inside the current subsection ("Short term:" on its own line) that groups what follows it. */
    private ActionGroup label = ActionGroup.NONE;
    /** The item a heading started: what follows it, up to the next heading, describes it. */
    private ActionDraft headed;
    /** Items of the current subsection, so a following "Owner: ..." line can join the last. */
    private int subsectionStart;

    /** What the section's own heading says of all its items ("P0 Action Items"), outside every heading within. */
    private final ActionGroup outer;

    /** The document's day and year, for a due date a sentence writes without a year; may be null. */
    private final TimeContext time;
    /** Whether the section is paragraphs alone, so a paragraph of sentences may hold several items. */
    private boolean inParagraphs;

    private ActionItemReader(ImportLog log, ActionGroup outer, TimeContext time) {
        this.log = log;
        this.outer = outer;
        this.time = time;
    }

    public static List<Sourced<ActionItem>> read(List<Block> blocks, ImportLog log) {
        return new ActionItemReader(log, ActionGroup.NONE, null).readAll(blocks);
    }

    /**
     * As {@link #read(List, ImportLog)}, for a section whose heading may group its items: under "P0 Action Items
     * (should be done within 48 hours)", a section of its own where a text export has no heading levels, every item
     * gets P0, as under such a subheading.
     */
    public static List<Sourced<ActionItem>> read(List<Block> blocks, String heading, ImportLog log) {
        return read(blocks, heading, null, log);
    }

    /**
     * As {@link #read(List, String, ImportLog)}, where a section written in sentences ("Ingrid will lower the SOA
     * minimum by 10 March.") gives its due dates the incident's year from {@code time} (may be null).
     */
    public static List<Sourced<ActionItem>> read(List<Block> blocks, String heading, TimeContext time,
                                                 ImportLog log) {
        return new ActionItemReader(log, heading == null ? ActionGroup.NONE : ActionGroup.of(heading, false), time)
                .readAll(blocks);
    }

    private List<Sourced<ActionItem>> readAll(List<Block> blocks) {
        boolean[] listed = ActionSection.listedSubsections(blocks);
        inParagraphs = ActionSentences.inParagraphs(blocks);
        int own = ActionSection.ownHeading(blocks);
        int intro = ActionSection.introEnd(blocks, own);
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            switch (b.kind()) {
                case HEADING -> heading(b, i == own);
                case LIST_ITEM -> {
                    int end = i;
                    while (end < blocks.size() && blocks.get(end).is(Block.Kind.LIST_ITEM)) {
                        end++;
                    }
                    siblings(ListTree.of(blocks.subList(i, end)), current());
                    i = end;
                    continue;
                }
                case TABLE_HEADER, TABLE_ROW -> {
                    int end = i + 1;
                    while (end < blocks.size() && blocks.get(end).is(Block.Kind.TABLE_ROW)) {
                        end++;
                    }
                    pending.addAll(ActionTable.read(blocks.subList(i, end), current(), log, time));
                    i = end;
                    continue;
                }
                case PARAGRAPH, QUOTE -> paragraph(b, i < intro ? "prose introducing the action items, not an item"
                        : listed[i] ? "prose beside the action items list, not an item" : null);
                default -> log.skip(b.lines(), b.kind().name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ')
                        + " in the action items section, not an item");
            }
            i++;
        }
        List<Sourced<ActionItem>> out = new ArrayList<>();
        for (Pending p : pending) {
            ActionDraft d = p.draft();
            if (d.title.isEmpty() || ActionText.isPlaceholder(d.title)) {
                log.skip(d.lines, d.title.isEmpty() ? "an action item with no text"
                        : "'" + d.title + "' is a placeholder, not an action item");
            } else if (d.description.isEmpty() && d.owner.isEmpty() && d.due == null
                    && TrackedElsewhere.says(d.title)) {
                log.skip(d.lines, "'" + d.title + "' says where the action items are kept, not an action item");
            } else {
                out.add(new Sourced<>(d.item(p.group()), d.lines));
            }
        }
        return out;
    }

    private void heading(Block b, boolean own) {
        while (!headings.isEmpty() && headings.peek().level() >= b.level()) {
            headings.pop();
        }
        label = ActionGroup.NONE;
        headed = null;
        subsectionStart = pending.size();
        String text = b.text().strip();
        Matcher numbered = ITEM_HEADING.matcher(text);
        if (!own && numbered.lookingAt() && !ActionGroup.namesGroup(text.substring(numbered.end() - 1))) {
            headings.push(new Level(b.level(), ActionGroup.NONE));
            headed = item(b, text, current());
            return;
        }
        ActionGroup group = ActionGroup.of(text, !own);
        headings.push(new Level(b.level(), group));
        log.context(b.lines(), (own ? "action items section heading" : "action items subsection heading")
                + (group.isEmpty() ? "" : ": the items under it get " + group.describe()));
    }

    /** @param prose why a paragraph that does not start like an item is not one; null when it is one */
    private void paragraph(Block b, String prose) {
        String text = b.text().strip();
        if (headed != null) {
            describe(headed, b, text);
            return;
        }
        if (isFields(text) && pending.size() > subsectionStart) {
            describe(pending.get(pending.size() - 1).draft(), b, text);
            return;
        }
        if (isLabel(text)) {
            groupBy(b.lines(), text);
            return;
        }
        if (inParagraphs && ActionSentences.disowned(text)) {
            log.skip(b.lines(), "a paragraph that says it is not an action item");
            return;
        }
        if (inParagraphs && prose == null) {
            List<ActionDraft> said = ActionSentences.read(b, time, log);
            if (!said.isEmpty()) {
                ActionGroup group = current();
                said.forEach(d -> pending.add(new Pending(d, group)));
                return;
            }
        }
        String[] lines = text.split("\n");
        if (prose != null && !ActionText.startsLikeItem(lines[0])) {
            log.skip(b.lines(), prose);
            return;
        }
        int marked = 0;
        for (String line : lines) {
            marked += ActionText.startsLikeItem(line) ? 1 : 0;
        }
        if (marked < 2) {
            item(b, text, current());
            return;
        }
        // One item per line: "1. Do X" lines written as a paragraph, as exports of word processors are. A line
        // that starts in lower case goes on with the item above it, wrapped as a letter's lines are ("(b) Two-person
        // checks before any lead is" over "removed from a core panel. Target: 1 September 2026."), and so does
        // a line that only says when the item was done ("Completed 6 August 2026.").
        StringBuilder open = null;
        Lines openAt = null;
        for (int k = 0; k < lines.length; k++) {
            Lines at = b.lines().first() + k <= b.lines().last() ? Lines.of(b.lines().first() + k) : b.lines();
            String line = lines[k].strip();
            if (line.isEmpty()) {
                continue;
            }
            if (open != null && !ActionText.startsLikeItem(line) && goesOn(line)) {
                open.append(' ').append(line);
                openAt = openAt.span(at);
                continue;
            }
            if (open != null) {
                item(new Block(Block.Kind.PARAGRAPH, 0, open.toString(), null, null, false, b.links(), openAt),
                        open.toString(), current());
                open = null;
            }
            if (isLabel(line)) {
                groupBy(at, line);
            } else if (!ActionText.startsLikeItem(line) && ItemFields.isLine(line)
                    && pending.size() > subsectionStart) {
                ActionDraft last = pending.get(pending.size() - 1).draft();
                ItemFields.take(line, last, log);
                last.cover(at);
            } else {
                open = new StringBuilder(line);
                openAt = at;
            }
        }
        if (open != null) {
            item(new Block(Block.Kind.PARAGRAPH, 0, open.toString(), null, null, false, b.links(), openAt),
                    open.toString(), current());
        }
    }

    /** "removed from a core panel.", "Completed 6 August 2026.": a line that goes on with the item above it. */
    private static boolean goesOn(String line) {
        return Character.isLowerCase(line.charAt(0)) || DONE_LINE.matcher(line).matches();
    }

    private static final java.util.regex.Pattern DONE_LINE = java.util.regex.Pattern.compile(
            "(?i)(?:" + ActionText.DONE_SAYING + ")(?:\\s++on)?\\s++\\S.{0,30}");

    /** The items of one list, a level at a time: labels group their children, other items take theirs in. */
    private void siblings(List<ListTree> nodes, ActionGroup outer) {
        ActionGroup group = outer;
        for (ListTree node : nodes) {
            Block b = node.block();
            String text = b.text().strip();
            if (headed != null) {
                describe(headed, b, text);
                node.descendants().forEach(child -> describe(headed, child, child.text().strip()));
            } else if (!node.children().isEmpty() && isGroupLabel(node)) {
                ActionGroup named = ActionGroup.of(withoutColon(text), true);
                log.context(b.lines(), "list item grouping the items nested under it"
                        + (named.isEmpty() ? "" : ": they get " + named.describe()));
                siblings(node.children(), named.within(group));
            } else if (node.children().isEmpty() && isLabel(text)) {
                ActionGroup named = ActionGroup.of(withoutColon(text), true);
                log.context(b.lines(), "list item grouping the items after it"
                        + (named.isEmpty() ? "" : ": they get " + named.describe()));
                group = named.within(outer);
            } else if (node.children().isEmpty() && isFields(text) && pending.size() > subsectionStart) {
                describe(pending.get(pending.size() - 1).draft(), b, text);
            } else {
                ActionDraft d = item(b, text, group);
                node.descendants().forEach(child -> describe(d, child, child.text().strip()));
            }
        }
    }

    private ActionDraft item(Block b, String text, ActionGroup group) {
        ActionDraft d = new ActionDraft(b.lines(), time);
        d.links.addAll(b.links());
        if (b.checked() != null) {
            d.status = b.checked() ? ActionStatus.DONE : ActionStatus.OPEN;
        }
        ActionText.read(text, d, log);
        if (b.struck()) {
            d.status = ActionStatus.DONE;
        }
        pending.add(new Pending(d, group));
        return d;
    }

    /** Adds a block to an item: its fields, or its text as a line of the description. */
    private void describe(ActionDraft d, Block b, String text) {
        d.cover(b.lines());
        d.links.addAll(b.links());
        if (isFields(text)) {
            for (String line : text.split("\n")) {
                ItemFields.take(line.strip(), d, log);
            }
            return;
        }
        String box = b.checked() == null ? "" : b.checked() ? "[x] " : "[ ] ";
        d.describe(box + ReadingWords.joined(text));
        if (d.owner.isEmpty()) {
            // "Description: ...; owner Beatriz Lopes.": the line stays in the description and names the owner
            d.owner = ActionNotes.ownerNote(ReadingWords.joined(text));
        }
    }

    private void groupBy(Lines lines, String text) {
        ActionGroup named = ActionGroup.of(withoutColon(text), true);
        label = named;
        log.context(lines, "label grouping the action items after it"
                + (named.isEmpty() ? "" : ": they get " + named.describe()));
    }

    private ActionGroup current() {
        ActionGroup group = label;
        for (Level level : headings) {
            group = group.within(level.group());
        }
        return group.within(outer);
    }

    /** Every line of the text is a "Key: value" field. */
    private static boolean isFields(String text) {
        for (String line : text.split("\n")) {
            if (!line.isBlank() && !ItemFields.isLine(line)) {
                return false;
            }
        }
        return !text.isBlank();
    }

    /** A short line ending in ':' ("Short term:", "Completed:"): it names the group of what follows. */
    private static boolean isLabel(String text) {
        return text.endsWith(":") && text.indexOf('\n') < 0 && text.split(" ").length <= LABEL_WORDS
                && !ItemFields.isLine(text + " x");
    }

    /**
     * A list item whose nested items are the actions: a label ("Short term:"), a group's name ("Completed"), or a
     * plain line over nested checkboxes.
     */
    private static boolean isGroupLabel(ListTree node) {
        String text = node.block().text().strip();
        if (isLabel(text)) {
            return true;
        }
        if (text.indexOf('\n') < 0 && ActionGroup.namesGroup(text)) {
            return true;
        }
        if (node.block().checked() == null && node.children().stream().allMatch(c -> c.block().checked() != null)) {
            return true;
        }
        // "Autoscaling" over "Raise the node cap — owner: Gabriel — due 2026-03-20": a topic over whole items.
        return text.indexOf('\n') < 0 && text.split(" ").length <= TOPIC_WORDS && !text.endsWith(".")
                && !OWN_FIELDS.matcher(text).find() && node.children().stream().allMatch(c ->
                OWN_FIELDS.matcher(c.block().text()).find() && !ItemFields.isLine(c.block().text().strip()));
    }

    /** A topic over items is a word or three ("Autoscaling", "Capacity planning"); an action says more. */
    private static final int TOPIC_WORDS = 3;

    /** What an item names of its own: an owner, a due date, a handle. */
    private static final java.util.regex.Pattern OWN_FIELDS = java.util.regex.Pattern.compile(
            "(?i)\\b(?:owner|owners|assignee|assigned to|due|deadline|eta)\\b|(?<![\\w.])@[\\w-]");

    private static String withoutColon(String text) {
        return text.endsWith(":") ? text.substring(0, text.length() - 1).strip() : text;
    }
}
