package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One walk over a timeline section's blocks, in order: which block starts an entry, which adds to the entry
 * before it, which only says what day or zone follows. One per section; not thread-safe.
 */
final class TimelineEntries {

    /** A line that states a day or a zone is short ("All times are in UTC."); longer ones are prose. */
    private static final int LONGEST_CONTEXT_LINE = 160;

    private final ImportLog log;
    private final TimeReader reader = new TimeReader("timeline");
    private final List<Entry> entries = new ArrayList<>();
    private TimeContext context;
    private TimeContext beforeTable;
    private TimelineTable table;
    private Entry last;
    /** The list depth of the last entry when it was a list item, else -1: deeper items are its details. */
    private int itemDepth = -1;
    /** The level of the heading the last entry was, else 0: the blocks under it belong to it. */
    private int headingLevel;
    /** The last entry is a heading with no text after its time: the first paragraph under it is its text. */
    private boolean awaitingText;
    /** How many of the entries were read from timestamped logs: once others are read, a log is an excerpt. */
    private int entriesFromLogs;

    private static final class Entry {
        final Instant at;
        final ZoneId zone;
        String text;
        String author;
        String result = "";
        final List<String> details = new ArrayList<>();
        Lines lines;
        /** Written as the start itself ("T+0"), which the document's relative times count from. */
        boolean atStart;
        /** The milestone a table's own column names for the entry, or null. */
        EventKind milestone;

        Entry(Instant at, ZoneId zone, String text, Lines lines) {
            this.at = at;
            this.zone = zone;
            this.text = text;
            this.lines = lines;
        }

        void add(String detail, Lines from) {
            details.add(detail);
            lines = lines.span(from);
        }
    }

    TimelineEntries(TimeContext context, ImportLog log) {
        this.context = context;
        this.log = log;
    }

    List<Sourced<TimelineEvent>> read(List<Block> blocks) {
        for (Block b : blocks) {
            if (table != null && !b.is(Block.Kind.TABLE_ROW)) {
                context = beforeTable;
                table = null;
            }
            switch (b.kind()) {
                case HEADING -> heading(b);
                case PARAGRAPH, QUOTE -> paragraph(b);
                case LIST_ITEM -> item(b);
                case TABLE_HEADER -> header(b);
                case TABLE_ROW -> row(b);
                case CODE -> code(b);
                case IMAGE -> attach(image(b), b.lines(), "an image in the timeline before its first timed entry");
                case FRONT_MATTER -> log.skip(b.lines(), "front matter inside the timeline section");
            }
        }
        return events();
    }

    private void heading(Block b) {
        if (headingLevel > 0 && b.level() <= headingLevel) {
            headingLevel = 0;
            awaitingText = false;
        }
        String line = firstLine(b.text());
        Optional<TimeHead.Head> head = TimeHead.read(line);
        if (!clock(head) && narrowedBy(b)) {
            itemDepth = -1;
            return;
        }
        Optional<TimeReader.TimeAt> t = reader.at(line, head, context, b.lines(), log);
        if (t.isPresent()) {
            add(t.get(), b.lines());
            headingLevel = b.level();
            awaitingText = last.text.isEmpty();
        } else if (timeWritten()) {
            notAnEntry(line, b.lines(), "", true);
        } else {
            log.context(b.lines(), "a heading inside the timeline, grouping the entries below: \""
                    + shortened(line) + "\"");
        }
    }

    /** A line at least this long may have been wrapped by its writer; a shorter one ends where they ended it. */
    private static final int WRAP_WIDTH = 50;

    private void paragraph(Block b) {
        String[] lines = b.text().split("\n");
        if (stampedUpdate(b, lines)) {
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty() && !(i > 0 && wrapped(line, lines[i - 1].strip(), BlockLines.lineOf(b, i)))) {
                line(line, BlockLines.lineOf(b, i));
            }
        }
    }

    /**
     * A line that goes on with the sentence of the line above it, wrapped by its writer ("Billing run completes.
     * Summary report shows 104.6% of expected" then "revenue; nobody reviews it until morning."): joined to the
     * entry's text or its last detail rather than made a detail of its own. Only a line starting in lower case, or
     * with a day but no clock time ({@link #dayWithoutClock}), after a long one (as wide as writers wrap) that does not end a sentence or a label: "14:09 UTC: 502s on the edge"
     * over "mostly from one region" is an entry and a note on it.
     */
    private boolean wrapped(String line, String above, Lines at) {
        if (last == null || awaitingText || above.length() < WRAP_WIDTH
                || !Character.isLowerCase(line.charAt(0)) && !dayWithoutClock(line)) {
            return false;
        }
        boolean intoDetail = !last.details.isEmpty();
        String sofar = intoDetail ? last.details.get(last.details.size() - 1) : last.text;
        // The line above is the end of what is so far: the entry's text after its time, or its last detail.
        String tail = above.substring(Math.max(0, above.length() - 20));
        if (sofar.isEmpty() || !sofar.endsWith(tail) || ".!?:;".indexOf(above.charAt(above.length() - 1)) >= 0) {
            return false;
        }
        if (intoDetail) {
            last.details.set(last.details.size() - 1, sofar + " " + line);
        } else {
            last.text = sofar + " " + line;
        }
        last.lines = last.lines.span(at);
        return true;
    }

    /**
     * Whether the line opens with a day and no clock time, as an entry's words wrapped at a date do ("0805 hrs
     * … approved at CAB on" over "26th February as …"), not an entry of that day.
     */
    private boolean dayWithoutClock(String line) {
        if (!Character.isDigit(line.charAt(0))) {
            return false;
        }
        Optional<TimeHead.Head> head = TimeHead.read(line);
        return head.isPresent() && head.get().hasDate() && head.get().time() == null;
    }

    /**
     * A status-page update: its text first and, on its last line, only the time it was posted ("**Resolved** -
     * This incident has been resolved." then "Mar 26, 18:46 UTC"). The whole paragraph is one entry at that time.
     */
    private boolean stampedUpdate(Block b, String[] lines) {
        if (lines.length < 2 || clock(TimeHead.read(lines[0].strip()))) {
            return false;
        }
        String stamp = lines[lines.length - 1].strip();
        Optional<TimeHead.Head> head = TimeHead.read(stamp);
        if (head.isEmpty() || head.get().time() == null || head.get().end() < stamp.length()) {
            return false;
        }
        Optional<TimeReader.TimeAt> t = reader.at(stamp, head, context, b.lines(), log);
        if (t.isEmpty()) {
            return false;
        }
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < lines.length - 1; i++) {
            if (!lines[i].isBlank()) {
                text.append(text.isEmpty() ? "" : " ").append(lines[i].strip());
            }
        }
        add(t.get(), b.lines());
        last.text = text.toString();
        itemDepth = -1;
        return true;
    }

    /** One line of a paragraph: an entry of its own when it starts with a time ("14:02 UTC: paged"). */
    private void line(String line, Lines at) {
        Optional<TimeHead.Head> head = TimeHead.read(line);
        if (!clock(head) && line.length() <= LONGEST_CONTEXT_LINE && narrowedBy(Block.paragraph(line, at))) {
            return;
        }
        Optional<TimeReader.TimeAt> t = reader.at(line, head, context, at, log);
        if (t.isPresent()) {
            add(t.get(), at);
        } else if (awaitingText && last != null) {
            last.text = line;
            last.lines = last.lines.span(at);
            awaitingText = false;
        } else {
            notAnEntry(line, at, "text in the timeline before its first timed entry: ", timeWritten());
        }
    }

    private void item(Block b) {
        String text = b.text().strip().replace('\n', ' ');
        Optional<TimeHead.Head> head = TimeHead.read(text);
        if (last != null && itemDepth >= 0 && b.level() > itemDepth) {
            // Under an entry: its details, unless it has a clock time of its own.
            Optional<TimeReader.TimeAt> t = clock(head) ? reader.at(text, head, context, b.lines(), log) : Optional.empty();
            if (t.isPresent()) {
                add(t.get(), b.lines());
                itemDepth = b.level();
            } else {
                notAnEntry(text, b.lines(), "", timeWritten());
            }
            return;
        }
        if (!clock(head) && text.length() <= LONGEST_CONTEXT_LINE && narrowedBy(b)) {
            itemDepth = -1;
            return;
        }
        Optional<TimeReader.TimeAt> t = reader.at(text, head, context, b.lines(), log);
        if (t.isPresent()) {
            add(t.get(), b.lines());
            itemDepth = b.level();
        } else {
            notAnEntry(text, b.lines(), "a list item in the timeline before its first timed entry: ", timeWritten());
        }
    }

    /** Whether the text's head is a clock time, a time from the start or an unknown time: an entry, never context. */
    private static boolean clock(Optional<TimeHead.Head> head) {
        return head.isPresent() && (head.get().time() != null || head.get().relative() != null || head.get().unknown());
    }

    /** Whether the block states a day or a zone for what follows; if so the context is now the narrower one. */
    private boolean narrowedBy(Block b) {
        TimeContext narrowed = context.within(b, log);
        if (narrowed == context) {
            return false;
        }
        context = narrowed;
        return true;
    }

    /** A row of column names ("Date | Time | Event | Source"): a time or date column named, and no figure in it. */
    private static boolean namesColumns(List<String> cells) {
        return cells.size() >= 2 && TimelineTable.of(cells).timed()
                && cells.stream().noneMatch(c -> c.chars().anyMatch(Character::isDigit));
    }

    private void header(Block b) {
        beforeTable = context;
        table = TimelineTable.of(b.cells());
        TimeContext narrowed = context.within(b, log);
        if (narrowed == context) {
            log.context(b.lines(), (table.timed() ? "the timeline table's header: " : "a table in the timeline with no "
                    + "time or date column: ") + shortened(b.text()));
        }
        context = narrowed;
    }

    private void row(Block b) {
        if (table == null && namesColumns(b.cells())) {
            header(b); // tab-separated rows carry no header mark: a first row of column names is the header
            return;
        }
        if (table == null) {
            beforeTable = context;
            table = TimelineTable.untitled();
        }
        TimelineTable.Row r = table.read(b.cells());
        String filled = String.join(" | ", b.cells().stream().map(String::strip).filter(c -> !c.isEmpty()).toList());
        if (r.when().isEmpty()) {
            // A row with an empty time cell goes on the row above it.
            notAnEntry(filled, b.lines(), "a table row in the timeline with no time, before its first timed entry: ",
                    false);
            return;
        }
        Optional<TimeReader.TimeAt> t = reader.at(r.when(), context, b.lines(), log);
        if (t.isEmpty()) {
            notAnEntry(filled, b.lines(), "a table row in the timeline before its first timed entry: ", timeWritten());
            return;
        }
        add(t.get(), b.lines());
        last.text = r.text();
        last.author = r.author();
        last.result = r.result();
        last.details.addAll(r.details());
        last.milestone = r.milestone();
        itemDepth = -1;
    }

    private void add(TimeReader.TimeAt t, Lines lines) {
        last = new Entry(t.at(), t.zone(), t.rest(), lines);
        last.atStart = reader.lastWasStart();
        entries.add(last);
        awaitingText = false;
    }

    /**
     * A line that is no entry. With an entry before it, it goes into that entry's details: the prose under an
     * entry, a sub-point, and an entry whose time is unknown ("[???]"), which cannot be an event of its own (an
     * event needs an instant) but stays next to the entry it followed; that last case is logged as context so the
     * report says so. With none before it, it is skipped with the reason.
     */
    private void notAnEntry(String text, Lines lines, String reasonWithoutEntry, boolean written) {
        if (last != null) {
            last.add(text, lines);
            if (written) {
                log.context(lines, "a timeline entry not placed in time (" + reader.missing()
                        + "): kept in the details of the entry before it");
            }
        } else if (written) {
            log.skip(lines, "a timeline entry not placed in time (" + reader.missing() + "): " + shortened(text));
        } else {
            log.skip(lines, (reasonWithoutEntry.isEmpty() ? "no time: " : reasonWithoutEntry) + shortened(text));
        }
    }

    private void attach(String detail, Lines lines, String reasonWithoutEntry) {
        if (last != null) {
            last.add(detail, lines);
        } else {
            log.skip(lines, reasonWithoutEntry);
        }
    }

    /** Whether the last text read had a time written at its start that could not be placed. */
    private boolean timeWritten() {
        return !reader.missing().isEmpty() && !reader.missing().startsWith("it does not start");
    }

    /**
     * A code block: a log whose lines open with timestamps ("2026-06-23T08:41:07Z  zone push …") is the timeline
     * itself, a line an entry, when it is written as the timeline (no entry read before it but from such a log);
     * after entries written otherwise, it is an excerpt, as is any other code (a command, a config): the details of
     * the entry before it.
     */
    private void code(Block b) {
        String[] lines = b.text().split("\n");
        if (entries.size() > entriesFromLogs || !LogExcerpts.stamped(lines)) {
            attach(LogExcerpts.detail(b.text(), b.cells()), b.lines(), "a code block in the timeline before its first timed entry");
            return;
        }
        // A fenced block's lines start after its opening fence; the fences are the log's frame, not entries.
        int count = b.lines().last() - b.lines().first() + 1;
        int offset = count > lines.length ? 1 : 0;
        if (offset > 0) {
            log.context(Lines.of(b.lines().first()), "the fence of a timestamped log read as the timeline");
        }
        if (count >= lines.length + 2) {
            log.context(Lines.of(b.lines().last()), "the fence of a timestamped log read as the timeline");
        }
        itemDepth = -1;
        int first = 0;
        while (first < lines.length && lines[first].isBlank()) {
            first++;
        }
        Optional<TimelineTable> csv = first < lines.length ? CommaSeparatedLog.header(lines[first]) : Optional.empty();
        if (csv.isPresent()) {
            // "timestamp_utc,source,who,event": each line below is a row of a table with these columns.
            log.context(BlockLines.lineOf(b, first + offset), "the header of a log in comma-separated values: "
                    + shortened(lines[first]));
            beforeTable = context;
            table = csv.get();
            for (int i = first + 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    Lines at = BlockLines.lineOf(b, i + offset);
                    row(Block.row(CommaSeparatedLog.cells(lines[i]), List.of(), at));
                }
            }
            table = null;
            context = beforeTable;
            entriesFromLogs = entries.size();
            return;
        }
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (!line.isEmpty()) {
                line(line, BlockLines.lineOf(b, i + offset));
            }
        }
        entriesFromLogs = entries.size();
    }

    /** An image as a detail: its alt text, and where it is. */
    private static String image(Block b) {
        return "[image: " + b.text().strip() + "]" + (b.links().isEmpty() ? "" : " (" + b.links().get(0) + ")");
    }

    private List<Sourced<TimelineEvent>> events() {
        List<Instant> at = entries.stream().map(e -> e.at).toList();
        for (Entry e : entries) {
            if (e.text.isEmpty() && !e.details.isEmpty()) {
                e.text = e.details.remove(0);
            }
        }
        // An entry marked with its milestone's name is that milestone; the wording of the others is read after.
        List<EventKind> marked = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            marked.add(e.milestone != null ? e.milestone
                    : MilestoneMarks.of(e.text).map(MilestoneMarks.Marked::kind).orElse(null));
        }
        List<EventKind> kinds = new ArrayList<>(MilestoneWords.kinds(at, entries.stream().map(e -> e.text).toList()));
        if (marked.stream().anyMatch(java.util.Objects::nonNull)) {
            for (int i = 0; i < kinds.size(); i++) {
                kinds.set(i, marked.get(i) != null ? marked.get(i)
                        : marked.contains(kinds.get(i)) ? EventKind.NOTE : kinds.get(i));
            }
        }
        startWrittenAsZero(kinds);
        List<Sourced<TimelineEvent>> out = new ArrayList<>(entries.size());
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            out.add(new Sourced<>(new TimelineEvent(e.at, e.zone, e.text, kinds.get(i), e.author, "import", e.result,
                    List.copyOf(e.details)), e.lines));
        }
        return out;
    }

    /**
     * With no entry worded as the start, the one written at "T+0" is it: the document counts its times from the
     * start ("T0 = … (first failed match assignment)"), so its zero is when the incident began, whatever the words.
     * Not when a milestone that must come later is marked before it.
     */
    private void startWrittenAsZero(List<EventKind> kinds) {
        if (kinds.contains(EventKind.STARTED)) {
            return;
        }
        for (int i = 0; i < entries.size(); i++) {
            Entry e = entries.get(i);
            if (e.atStart && kinds.get(i) == EventKind.NOTE) {
                for (int j = 0; j < entries.size(); j++) {
                    if (kinds.get(j) != EventKind.NOTE && entries.get(j).at.isBefore(e.at)) {
                        return;
                    }
                }
                kinds.set(i, EventKind.STARTED);
                log.guess("timeline", "the entry at T+0 taken as the start: the document counts its times from it",
                        e.lines);
                return;
            }
        }
    }

    private static String firstLine(String text) {
        String t = text.strip();
        int newline = t.indexOf('\n');
        return newline < 0 ? t : t.substring(0, newline);
    }

    static String shortened(String text) {
        String t = text.strip();
        return t.length() > 80 ? t.substring(0, 80) + "…" : t;
    }
}
