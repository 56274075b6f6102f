package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a document's byline says of when it was written, for {@link DocumentTimes}: a short line of its head naming a
 * month and year ("Sprout Habits · Growth engineering · June 2026") or a whole date ("written by Grace Adeyemi, 7 August
 * 2026"). The year and month are taken: the day is when it was written, not the incident's, which the first section
 * states ("On Monday 3 August …"). The whole date is kept too, as the incident's day only when nothing else states
 * one and the prose names no other weekday. Filled while the document's blocks are read; one per document.
 */
final class Byline {

    /** What makes a line with a date a byline: fields between dots or bars, or who wrote it. */
    private static final Pattern BYLINE = Pattern.compile(
            "\\s[·•|]\\s|(?i)\\b(?:written|posted|published|authored|prepared) by\\b");
    /** A date of the document's own life ("Last edited 11 Jun 2026"): not the day of the incident it tells of. */
    private static final Pattern DOCUMENT_DATE = Pattern.compile(
            "(?i)\\b(?:edited|updated|modified|revised|reviewed|created|last)\\b");
    /** A byline's month and year, no day before the month. */
    private static final Pattern MONTH_YEAR = Pattern.compile(
            "(?i)\\b(" + DateHead.MONTHS + ")\\.?,?\\s+((?:19|20)\\d{2})\\b");
    private static final Pattern WEEKDAY = Pattern.compile(
            "(?i)\\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday)\\b");
    /** A byline stands in the first lines of its paragraph. */
    private static final int LINES_LOOKED_AT = 5;

    private Integer year;
    private int month;
    /** The whole date, when the byline has one and it is no date of the document's own life. */
    private LocalDate day;
    private TimeContext.Origin from;
    /** The weekdays the prose names ("On Saturday the queue …"): a byline dated another weekday is not the day. */
    private final Set<DayOfWeek> weekdaysNamed = EnumSet.noneOf(DayOfWeek.class);

    /** Whether a byline was read. */
    boolean found() {
        return year != null;
    }

    /** The first line of a paragraph's first few that is a byline, read. */
    void read(Block b, String[] lines) {
        for (int i = 0; i < lines.length && i < LINES_LOOKED_AT; i++) {
            String line = lines[i];
            if (line.length() > DocumentTimes.LONGEST_DAY_STATEMENT || !Mentions.digit(line)) {
                continue;
            }
            Optional<LocalDate> written = DatePhrases.dayIn(line);
            if (written.isPresent()) {
                // "— written by Grace Adeyemi, 7 August 2026": the day it was written, so the year of its days.
                year = written.get().getYear();
                month = written.get().getMonthValue();
                day = BYLINE.matcher(line).find() && !DOCUMENT_DATE.matcher(line).find() ? written.get() : null;
                from = new TimeContext.Origin("the line " + DocumentTimes.quote(line), BlockLines.lineOf(b, i));
                return;
            }
            Matcher m = MONTH_YEAR.matcher(line);
            if (m.find() && !m.group(1).equals("may")) {
                year = Integer.parseInt(m.group(2));
                month = DateHead.month(m.group(1));
                from = new TimeContext.Origin("the line " + DocumentTimes.quote(line), BlockLines.lineOf(b, i));
                return;
            }
        }
    }

    /** Notes the weekdays a block of prose names. */
    void weekdays(String text) {
        if (text.indexOf("day") < 0 && text.indexOf("DAY") < 0) {
            return; // every weekday's name ends so: most prose names none
        }
        Matcher m = WEEKDAY.matcher(text);
        while (m.find()) {
            weekdaysNamed.add(DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT)));
        }
    }

    Integer year() {
        return year;
    }

    int month() {
        return month;
    }

    /** Where the byline is, or null when none was read. */
    TimeContext.Origin from() {
        return from;
    }

    /** The byline's whole date as the incident's day: only when the prose names no weekday but that one. */
    Optional<LocalDate> day() {
        return day != null && (weekdaysNamed.isEmpty() || weekdaysNamed.equals(EnumSet.of(day.getDayOfWeek())))
                ? Optional.of(day) : Optional.empty();
    }
}
