package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.timeline.TimelineEvent;
import java.util.List;

/**
 * Reads a timeline section in whatever shape it is written:
 * <ul>
 *   <li>list items or paragraph lines starting with a time ("- 16:58 UTC - paged", "* [03-26 23:04] deploy",
 *       "14:02: rollback"); a list item's deeper items are its details, unless they have a time of their own;</li>
 *   <li>tables whose header names a time and/or date column ("Time (UTC)", "Date", "When") and a text column
 *       ("Event", "What happened", "Action"); a "Who"/"Author" column is the author, other columns details;</li>
 *   <li>one heading per time ("### 5:00 PM"): the first paragraph under it is the text, the rest details;</li>
 *   <li>headings, lines or items that are only a day ("### March 26", "**Tuesday 4 Nov**") or state a zone
 *       ("All times PST") set the day or zone of the entries after them;</li>
 *   <li>images and code blocks (log excerpts) between entries are added to the entry before them ("[image: alt]",
 *       the code's first lines), as is prose that is no entry.</li>
 * </ul>
 * An entry whose time is unknown ("[???]", "TBD") is no event, as an event needs an instant: it is kept in the
 * details of the entry before it, and logged as context so the report says so; with no entry before it, it is
 * skipped with the reason. Each event's kind comes from clear milestone wording only; its source is "import",
 * its zone the one its time was written in. Thread-safe (each call reads on its own).
 */
public final class TimelineReader {

    private TimelineReader() {
    }

    /** The events of a timeline section's blocks (subsection headings included), with the lines of each. */
    public static List<Sourced<TimelineEvent>> read(List<Block> blocks, TimeContext context, ImportLog log) {
        return new TimelineEntries(context, log).read(blocks);
    }

    /**
     * Whether a paragraph's lines are a log's: it opens with a timed line ("+00:00  Planned rotation begins",
     * "21:30 Log opened") and two in three of its lines open with a clock time or a time from the start, as an
     * entry may go on over a line or two of its own. Prose that opens otherwise is not read line by line.
     */
    public static boolean logLines(Block paragraph) {
        String text = paragraph.text();
        if (!paragraph.is(Block.Kind.PARAGRAPH) || !dev.hindsight.importer.sections.Classifier.startsWithTime(text)) {
            return false;
        }
        return LogExcerpts.stamped(text.split("\n", LONGEST_LOG + 1));
    }

    /** Lines of a paragraph looked at for a log: past these, the log's own are in the count's favour or not. */
    private static final int LONGEST_LOG = 400;

    /**
     * The start and end stated in prose, as a summary or an impact section writes them: "from 16:58 to 18:46 UTC",
     * "between 10:40 and 11:25 PST on March 3", "started at 14:02 UTC and lasted 84 minutes": a STARTED and a
     * RESOLVED event, each logged as a guess. Only the first statement found is read; none gives an empty list.
     */
    public static List<Sourced<TimelineEvent>> fromProse(List<Block> blocks, TimeContext context, ImportLog log) {
        return ProseTimes.read(blocks, blocks, context, log);
    }

    /**
     * When a detection section's prose says the incident was noticed, as its first sentence opening with a time
     * ("At 11:15 a.m. the checkout team's alert fired."): a DETECTED event, logged as a guess; else empty.
     */
    public static java.util.Optional<Sourced<TimelineEvent>> detectedInProse(List<Block> blocks, TimeContext context,
                                                                            ImportLog log) {
        return ProseTimes.detection(blocks, context, log);
    }

    /**
     * When the summary's prose says how the incident was found out and when ("… called the help line at 10:35, which
     * is how we found out"): a DETECTED event, logged as a guess; else empty.
     */
    public static java.util.Optional<Sourced<TimelineEvent>> detectedInSentence(List<Block> blocks,
                                                                               TimeContext context, ImportLog log) {
        return ProseTimes.detectionInSentence(blocks, context, log);
    }

    /**
     * The end a report settles on in words when the work went on after it ("the incident is taken as resolved at
     * 09:52"), made the events' one resolution: it wins over a timeline's later close. Logged as a guess.
     */
    public static void settleStatedEnd(List<Block> blocks, List<Sourced<TimelineEvent>> events, TimeContext context,
                                       ImportLog log) {
        StatedEnd.read(blocks, context, log).ifPresent(end -> StatedEnd.settle(events, end));
    }

    /**
     * As {@link #fromProse(List, TimeContext, ImportLog)}, where a labelled window ("**Incident window:** 14:02 UTC –
     * 15:41 UTC") is looked for in {@code labelled}, the whole document: a label says what it is wherever it stands.
     */
    public static List<Sourced<TimelineEvent>> fromProse(List<Block> blocks, List<Block> labelled,
                                                         TimeContext context, ImportLog log) {
        return ProseTimes.read(blocks, labelled, context, log);
    }
}
