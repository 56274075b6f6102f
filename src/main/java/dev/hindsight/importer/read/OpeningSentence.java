package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A sentence of a document's head or first section that opens with the day the summary tells of, for
 * {@link DocumentTimes}: "On Thursday 29 January 2026 the file generation job ran …", "From 13:40 BST on 6 May
 * 2026, new listings …", or a letter's "… at our SYD2 facility on Tuesday 4 August 2026.". A day with its year is
 * a clue ranked {@link DocumentTimes#OPENING_SENTENCE}; the first without one ("On June 2 the new reminder …") is
 * kept, to be dated by the document's year or a date of its head. Filled while the document's blocks are read; one
 * per document.
 */
final class OpeningSentence {

    /** "On 6 May 2026 …", and after the time it began, "From 13:40 BST on 6 May 2026, new listings …". */
    private static final Pattern OPENS_ON = Pattern.compile("(?i)^(?:(?:from|at|"
            + "since|starting at|beginning at)\\s+\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)?(?:\\s+\\p{L}{2,5})?\\s+)?"
            + "on\\s+(?:the\\s+(?:(?:late|early)\\s+)?(?:morning|afternoon|evening|night)\\s+of\\s+)?(?=\\S)");
    /** "… on Tuesday 4 August 2026": "on", a weekday in full, then a day. */
    private static final Pattern ON_WEEKDAY =
            Pattern.compile("(?i)\\bon\\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)");
    /** The blocks a document's head is looked for in: its byline, meeting and owner lines come first. */
    private static final int HEAD_BLOCKS = 12;

    /** The first such sentence's day when it has no year ("On June 2 the reminder …"), and where. */
    private MonthDay openingDay;
    private TimeContext.Origin openingFrom;

    /** The first opening sentence's day without its year; null when none was read. */
    MonthDay day() {
        return openingDay;
    }

    TimeContext.Origin from() {
        return openingFrom;
    }

    /**
     * A sentence of the document's head or first section that opens with a day ("On Thursday 29 January 2026 the
     * file generation job ran …", "On June 2 the new reminder …"): the day the summary tells of. Only the first
     * counts, and below every other statement of the day, so a later "On March 3, 2024, the certificate was
     * issued" does not move the incident. The day with its year as a clue to offer; a day without one is kept.
     */
    Optional<DocumentTimes.Clue> read(String sentence, Block b) {
        Matcher on = OPENS_ON.matcher(sentence);
        if (!on.find()) {
            return onWeekday(sentence, b);
        }
        String rest = sentence.substring(on.end());
        Optional<TimeHead.Head> head = TimeHead.read(rest);
        if (head.isEmpty() || !head.get().hasDate()) {
            return Optional.empty();
        }
        TimeHead.Head h = head.get();
        TimeContext.Origin from = new TimeContext.Origin("the sentence " + DocumentTimes.quote(sentence), b.lines());
        if (h.year() != null) {
            return Optional.of(new DocumentTimes.Clue(rest.substring(0, Math.min(h.end(), rest.length())),
                    DocumentTimes.OPENING_SENTENCE, from, null));
        } else if (openingDay == null) {
            DatePhrases.safe(2000, h.month(), h.day()).ifPresent(d -> {
                openingDay = MonthDay.of(h.month(), h.day());
                openingFrom = from;
            });
        }
        return Optional.empty();
    }

    /**
     * A sentence of the head or first section that names the day in passing with its weekday and year ("Thank you
     * for your patience during the service interruption at our SYD2 facility on Tuesday 4 August 2026."), as a
     * letter to customers does: the day the letter tells of, when the weekday is that date's. Ranked as an opening
     * "On …", and only the first counts.
     */
    private static Optional<DocumentTimes.Clue> onWeekday(String sentence, Block b) {
        if (sentence.indexOf("day") < 0) {
            return Optional.empty();
        }
        Matcher on = ON_WEEKDAY.matcher(sentence);
        if (!on.find()) {
            return Optional.empty();
        }
        String rest = sentence.substring(on.end());
        Optional<TimeHead.Head> head = TimeHead.read(rest);
        if (head.isEmpty() || !head.get().hasDate() || head.get().year() == null || head.get().weekday() == null) {
            return Optional.empty();
        }
        TimeHead.Head h = head.get();
        if (DatePhrases.safe(h.year(), h.month(), h.day()).filter(d -> d.getDayOfWeek() == h.weekday()).isPresent()) {
            return Optional.of(new DocumentTimes.Clue(rest.substring(0, Math.min(h.end(), rest.length())),
                    DocumentTimes.OPENING_SENTENCE,
                    new TimeContext.Origin("the sentence " + DocumentTimes.quote(sentence), b.lines()), null));
        }
        return Optional.empty();
    }

    /**
     * The opening sentence's day without a year ("On the late morning of June 23rd …") in the year of the first
     * full date of the document's head ("Meeting Scheduled For: Thursday, June 25, 2026"): a review meets, and a page
     * is written, on the day or within a month after. Null when no such date is there or the day is not before it.
     */
    LocalDate dayBefore(List<Block> blocks, ImportLog log) {
        for (int i = 0; i < blocks.size() && i < HEAD_BLOCKS; i++) {
            Block b = blocks.get(i);
            if (!b.is(Block.Kind.PARAGRAPH) && !b.is(Block.Kind.LIST_ITEM)) {
                continue;
            }
            Optional<LocalDate> written = Times.date(b.text().length() > 300 ? b.text().substring(0, 300) : b.text());
            if (written.isPresent()) {
                Optional<LocalDate> day = DocumentTimes.dayBefore(openingDay, written.get());
                day.ifPresent(d -> DocumentTimes.say(log, openingFrom, "the incident's day, " + d + ", read from "
                        + openingFrom.what() + " (its year from the date " + written.get() + " on line "
                        + b.lines().first() + ")"));
                return day.orElse(null);
            }
        }
        return null;
    }
}
