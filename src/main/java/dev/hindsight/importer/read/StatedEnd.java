package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The end a report settles on in words, when it is not the last thing that happened: "For the purposes of this report
 * the incident is taken as resolved at 09:52" (the ticket stayed open until 11:20), "I'm calling it fixed at 07:20",
 * "the last credit was applied at 2.30pm, which the group agreed to treat as the end of the incident". Such an end
 * wins over a timeline's later close. The words are in importer/time-words.json ({@code statedEnds} before the time,
 * {@code statedEndsAfter} after it). Thread-safe.
 */
final class StatedEnd {

    private static final ReadingWords WORDS = ReadingWords.load("time-words.json");
    private static final List<String> BEFORE = WORDS.list("statedEnds");
    private static final List<String> AFTER = WORDS.list("statedEndsAfter");
    private static final List<String> UNDONE = WORDS.list("statedEndsUndone");
    private static final List<String> LATER = WORDS.list("statedEndsLater");
    /** Prose is searched this far into each block, as the summary's other sentences are. */
    private static final int LONGEST = 4000;
    /** How far before "… treat as the end" its time may stand: the same sentence. */
    private static final int TIME_BEFORE = 160;

    private StatedEnd() {
    }

    /** The end the blocks' prose settles on, logged as a guess; empty when none says so. */
    static Optional<Sourced<TimelineEvent>> read(List<Block> blocks, TimeContext context, ImportLog log) {
        for (Block b : blocks) {
            if (!(b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM) || b.is(Block.Kind.QUOTE))
                    || !mayState(b.text())) {
                continue;
            }
            String text = b.text().length() > LONGEST ? b.text().substring(0, LONGEST) : b.text();
            // Matched across the lines a sentence is wrapped on; each character stays where it was.
            String lower = text.toLowerCase(Locale.ROOT).replace('\n', ' ');
            if (lower.length() != text.length()) {
                continue;
            }
            for (String phrase : BEFORE) {
                for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                    int after = at + phrase.length();
                    if (lower.startsWith(" at ", after)) {
                        Optional<Sourced<TimelineEvent>> end = end(b, text, after + 4, at, context, log);
                        if (end.isPresent()) {
                            return end;
                        }
                    }
                }
            }
            for (String phrase : AFTER) {
                for (int at = lower.indexOf(phrase); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                    int from = Math.max(Math.max(lower.lastIndexOf(". ", at) + 1, at - TIME_BEFORE), 0);
                    int time = lower.lastIndexOf(" at ", at);
                    if (time >= from) {
                        Optional<Sourced<TimelineEvent>> end = end(b, text, time + 4, time, context, log);
                        if (end.isPresent()) {
                            return end;
                        }
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the text may hold one of the words: each says "resolved", "fixed" or "the end", and a time has a digit.
     * Most blocks say none, and are not lowered and searched for each.
     */
    private static boolean mayState(String text) {
        return (text.contains("esolved") || text.contains("fixed") || text.contains("the end"))
                && Mentions.digit(text);
    }

    private static Optional<Sourced<TimelineEvent>> end(Block b, String text, int timeAt, int phraseAt,
                                                        TimeContext context, ImportLog log) {
        String rest = text.substring(timeAt);
        Optional<TimeHead.Head> head = TimeHead.read(rest);
        if (head.isEmpty() || head.get().time() == null) {
            return Optional.empty();
        }
        Lines lines = BlockLines.lineOf(b, ProseTimes.lineIndex(text, phraseAt));
        String written = rest.substring(0, Math.min(head.get().end(), rest.length()));
        Optional<TimeReader.TimeAt> t = new TimeReader("timeline").at(written, context, lines, new ImportLog());
        if (t.isEmpty() || undone(text, phraseAt, timeAt + written.length(), t.get(), context)) {
            return Optional.empty();
        }
        t = new TimeReader("timeline").at(written, context, lines, log);
        String sentence = ProseTimes.sentence(text, phraseAt, phraseAt);
        log.guess("timeline", "end read from the prose, which settles on it: \"" + sentence + "\"", lines);
        return Optional.of(new Sourced<>(new TimelineEvent(t.get().at(), t.get().zone(), sentence, EventKind.RESOLVED,
                null, "import (prose)"), lines));
    }

    /**
     * Whether the report takes the end back: its sentence calls it wrong ("wrongly considered resolved at 09:52"), or
     * the text after it resolves the incident later ("…, but errors returned at 10:15 and it was only resolved at
     * 11:30"). Then the timeline's own resolution stands.
     */
    private static boolean undone(String text, int phraseAt, int timeEnd, TimeReader.TimeAt end,
                                  TimeContext context) {
        String lower = text.toLowerCase(Locale.ROOT).replace('\n', ' ');
        int sentence = Math.max(lower.lastIndexOf(". ", phraseAt) + 1, 0);
        String before = lower.substring(sentence, phraseAt);
        if (UNDONE.stream().anyMatch(before::contains)) {
            return true;
        }
        for (String phrase : LATER) {
            for (int at = lower.indexOf(phrase, timeEnd); at >= 0; at = lower.indexOf(phrase, at + 1)) {
                String rest = text.substring(at + phrase.length());
                Optional<TimeHead.Head> head = TimeHead.read(rest);
                if (head.isEmpty() || head.get().time() == null) {
                    continue;
                }
                String written = rest.substring(0, Math.min(head.get().end(), rest.length()));
                Optional<TimeReader.TimeAt> later = new TimeReader("timeline").at(written, context, Lines.of(1),
                        new ImportLog());
                if (later.isPresent() && later.get().at().isAfter(end.at())) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The events with the stated end as their one resolution: an entry at that time becomes the resolution (else the
     * stated end is added), and an entry taken as resolved at another time is what its words name (a close: "Incident
     * closed after the afternoon wave"), or a note.
     */
    static void settle(List<Sourced<TimelineEvent>> events, Sourced<TimelineEvent> end) {
        boolean placed = false;
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i).value();
            boolean same = e.at().equals(end.value().at());
            if (e.kind() == EventKind.RESOLVED && !same) {
                EventKind named = MilestoneWords.of(e.text());
                EventKind kind = named == EventKind.CLOSED ? EventKind.CLOSED : EventKind.NOTE;
                events.set(i, new Sourced<>(rekinded(e, kind), events.get(i).lines()));
            } else if (same && !placed && (e.kind() == EventKind.NOTE || e.kind() == EventKind.RESOLVED)) {
                events.set(i, new Sourced<>(rekinded(e, EventKind.RESOLVED), events.get(i).lines()));
                placed = true;
            }
        }
        if (!placed) {
            events.add(end);
        }
    }

    private static TimelineEvent rekinded(TimelineEvent e, EventKind kind) {
        return new TimelineEvent(e.at(), e.zone(), e.text(), kind, e.author(), e.source(), e.result(), e.details());
    }
}
