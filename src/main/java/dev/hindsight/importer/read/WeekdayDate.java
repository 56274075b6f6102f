package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A day a document names by its weekday but not its year, for {@link DocumentTimes}: a block opening with one
 * ("Saturday 25 April, on-sale for the stadium show", a slide's first point) or a heading naming one after its own
 * words ("Timeline (UTC, Tue Oct 13)"). The first such is kept, for a document that states no other day, and dated
 * in the year that makes it that weekday. Filled while the document's blocks are read; one per document.
 */
final class WeekdayDate {

    /** A weekday's name then more, in a heading: "Timeline (UTC, Tue Oct 13)". */
    private static final Pattern WEEKDAY_IN_HEADING = Pattern.compile("(?i)\\b(?:" + TimeHead.WEEKDAYS
            + ")\\.?,?\\s+(?=[0-9A-Za-z])");

    private TimeHead.Head weekdayHead;
    private TimeContext.Origin weekdayFrom;

    /** Whether such a day was read. */
    boolean found() {
        return weekdayHead != null;
    }

    /** Where the day was read; null when none was. */
    TimeContext.Origin from() {
        return weekdayFrom;
    }

    /**
     * A block opening with a day whose weekday is named but not its year ("Saturday 25 April, on-sale for the
     * stadium show", a slide's first point): the first such is kept, for a document that states no other day. The
     * weekday written in full, as every name of one ends in "day": most blocks are not asked further.
     */
    void opening(Block b) {
        if (weekdayHead != null || b.text().length() < 8 || !Character.isLetter(b.text().charAt(0))
                || b.text().indexOf("day") < 0 && b.text().indexOf("DAY") < 0) {
            return;
        }
        Optional<TimeHead.Head> head = TimeHead.read(b.text());
        if (head.isPresent() && head.get().hasDate() && head.get().day() != null && head.get().year() == null
                && head.get().weekday() != null) {
            weekdayHead = head.get();
            weekdayFrom = new TimeContext.Origin("the line " + DocumentTimes.quote(b.text()), BlockLines.lineOf(b, 0));
        }
    }

    /**
     * A heading that names the day, its weekday but not its year, after its own words ("Timeline (UTC, Tue Oct
     * 13)"): kept as an opening weekday is, for a document that states no other day. A short heading with a digit
     * only: most are not asked further.
     */
    void heading(Block b) {
        String text = b.text();
        if (weekdayHead != null || text.length() > DocumentTimes.LONGEST_DAY_STATEMENT
                || !Mentions.digit(text)) {
            return;
        }
        Matcher m = WEEKDAY_IN_HEADING.matcher(text);
        if (m.find()) {
            Optional<TimeHead.Head> head = TimeHead.read(text.substring(m.start()));
            if (head.isPresent() && head.get().hasDate() && head.get().day() != null && head.get().year() == null
                    && head.get().weekday() != null) {
                weekdayHead = head.get();
                weekdayFrom = new TimeContext.Origin("the heading " + DocumentTimes.quote(text), b.lines());
            }
        }
    }

    /**
     * The weekday's day in the year that makes it that weekday: the year the document gives (its title's, its
     * byline's, else its first date written with a year) or the one before, as a review is written after the
     * incident, and never after that first date. Empty when neither year agrees with the weekday.
     */
    Optional<LocalDate> date(Integer knownYear, List<Block> blocks) {
        LocalDate latest = knownYear == null ? firstDay(blocks) : LocalDate.of(knownYear, 12, 31);
        if (latest == null) {
            return Optional.empty();
        }
        // A year the document states is kept: a weekday that does not fit it is a slip, not another year.
        int earliest = knownYear == null ? latest.getYear() - 1 : knownYear;
        for (int y = latest.getYear(); y >= earliest; y--) {
            Optional<LocalDate> day = DatePhrases.safe(y, weekdayHead.month(), weekdayHead.day());
            if (day.isPresent() && day.get().getDayOfWeek() == weekdayHead.weekday() && !day.get().isAfter(latest)) {
                return day;
            }
        }
        return Optional.empty();
    }

    /** The first day written with its year in the document's paragraphs and items ("Retro held 30 April 2026"). */
    private static LocalDate firstDay(List<Block> blocks) {
        for (Block b : blocks) {
            if (b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM)) {
                for (String line : b.text().split("\n")) {
                    Optional<LocalDate> day = DatePhrases.dayIn(line);
                    if (day.isPresent()) {
                        return day.get();
                    }
                }
            }
        }
        return null;
    }
}
