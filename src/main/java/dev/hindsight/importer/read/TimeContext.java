package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/**
 * What a document says about when and where its times are: the incident's day, its year, the zone its times are
 * written in, and the start (for "T+15m" times). Each remembers where it was read ({@link Origin}), so a time
 * read with its help can say so ("year 2025 taken from the title"). Immutable.
 *
 * @param date      the incident's day, or null
 * @param year      the incident's year, or null (the day's year when the day is known)
 * @param zone      the zone times without one are written in, or null
 * @param start     when the incident started, when a date and a time were stated for it; or null
 * @param dateFrom  where the day (and the start) was read, or null
 * @param yearFrom  where the year was read, or null
 * @param zoneFrom  where the zone was read, or null
 * @param everyEntry whether the document states the day as every entry's ("Unless otherwise noted all events
 *                  happened on 2019-10-21"): an entry without a date is on it, even after an entry that gave
 *                  another day
 */
public record TimeContext(LocalDate date, Integer year, ZoneId zone, Instant start, Origin dateFrom, Origin yearFrom,
                          Origin zoneFrom, boolean everyEntry) {

    /** A context whose day, if any, is the incident's and not stated for every entry. */
    public TimeContext(LocalDate date, Integer year, ZoneId zone, Instant start, Origin dateFrom, Origin yearFrom,
                       Origin zoneFrom) {
        this(date, year, zone, start, dateFrom, yearFrom, zoneFrom, false);
    }

    /** Where a piece of context was read: "the title", "the heading \"March 26\"", and its lines (null if unknown). */
    public record Origin(String what, Lines lines) {
        public Origin {
            java.util.Objects.requireNonNull(what, "what is null");
        }
    }

    /** A line stating the day among other words is short; a longer one is prose about the incident. */
    private static final int LONGEST_DAY_STATEMENT = 100;

    private static final TimeContext NONE = new TimeContext(null, null, null, null, null, null, null);

    public TimeContext {
        if (date != null && year == null) {
            year = date.getYear();
            yearFrom = dateFrom;
        }
    }

    /** A context that states nothing: every time must carry its own date, and UTC is assumed for zones. */
    public static TimeContext none() {
        return NONE;
    }

    /** The lines the day came from, or null. */
    public Lines dateLines() {
        return dateFrom == null ? null : dateFrom.lines();
    }

    /** The lines the year came from, or null. */
    public Lines yearLines() {
        return yearFrom == null ? null : yearFrom.lines();
    }

    /** The lines the zone came from, or null. */
    public Lines zoneLines() {
        return zoneFrom == null ? null : zoneFrom.lines();
    }

    /** This context with times read in another zone. */
    public TimeContext withZone(ZoneId newZone, Origin from) {
        return new TimeContext(date, year, newZone, start, dateFrom, yearFrom, from, everyEntry);
    }

    /** This context on another day (its year too). */
    public TimeContext withDate(LocalDate newDate, Origin from) {
        return new TimeContext(newDate, newDate.getYear(), zone, start, from, from, zoneFrom);
    }

    /**
     * What the whole document says: from front matter (incident_date, start, started, … before a plain date,
     * which is often the day a page was published; timezone), labelled lines ("Date: …", "Incident date: …",
     * "Start time (UTC): …", or such a two-cell table row), the title ("… on 2025-03-26", "Nov 4, 2024 outage") and
     * zone statements anywhere ("All times US/Pacific", "Times are in UTC", a heading "Timeline (PST)"). The lines
     * used are logged as context.
     */
    /**
     * This context, or, when it knows no year, one with the year of the first date written with its year in the
     * given blocks (a document's opening lines: "Review meeting held 3 March 2026"): a year for due dates written
     * without one ("by 13 March"), never a day for the timeline. This same context when none states a year.
     */
    public TimeContext orYearIn(List<Block> blocks) {
        if (year != null) {
            return this;
        }
        for (Block b : blocks) {
            if (!b.is(Block.Kind.PARAGRAPH) && !b.is(Block.Kind.LIST_ITEM)) {
                continue;
            }
            for (String sentence : b.text().split("(?<=[.;])\\s+|\n")) {
                Optional<LocalDate> day = DatePhrases.dayIn(sentence);
                if (day.isPresent()) {
                    return new TimeContext(null, day.get().getYear(), zone, start, dateFrom,
                            new Origin("the document's opening lines", b.lines()), zoneFrom, everyEntry);
                }
            }
        }
        return this;
    }

    public static TimeContext of(List<Block> documentBlocks, String title, ImportLog log) {
        TimeContext read = DocumentTimes.read(documentBlocks, title == null ? "" : title, log);
        return ZeroHour.in(documentBlocks, read).map(z -> read.countedFrom(z, log)).orElse(read);
    }

    /**
     * This context with relative times ("T+6m") counted from a stated zero point ("T0 = 2026-08-14 19:30 BST"):
     * it is what such times mean, so it is the start even when another line states one. Its day and zone are the
     * document's when the document states none of its own. The line is logged as context.
     */
    TimeContext countedFrom(ZeroHour zero, ImportLog log) {
        boolean day = date == null;
        boolean inZone = zone == null && zero.zone() != null;
        log.context(zero.from().lines(), "times counted from the start (\"T+…\") count from " + zero.at()
                + (day ? "; the incident's day, " + zero.day() + ", read from it" : "")
                + (inZone ? "; times without a zone are read in " + zero.zone().getId() : ""));
        return new TimeContext(day ? zero.day() : date, day ? Integer.valueOf(zero.day().getYear()) : year,
                inZone ? zero.zone() : zone, zero.at(), day ? zero.from() : dateFrom, day ? zero.from() : yearFrom,
                inZone ? zero.from() : zoneFrom, everyEntry);
    }

    /**
     * A narrower context for what follows a block inside a timeline: a heading, paragraph or list item that states
     * a day ("### March 26, 2025", "Tuesday 4 Nov": a heading may say more after the day, a paragraph or item
     * must be only the day) or a zone ("All times PST", a heading or table header "(UTC)"). A block that starts
     * with a clock time is an entry, not context. Returns this same context when the block states neither; else
     * logs the block as context and returns the narrower one.
     */
    public TimeContext within(Block block, ImportLog log) {
        if (!(block.is(Block.Kind.HEADING) || block.is(Block.Kind.PARAGRAPH) || block.is(Block.Kind.LIST_ITEM)
                || block.is(Block.Kind.QUOTE) || block.is(Block.Kind.TABLE_HEADER))) {
            return this;
        }
        String text = block.text().strip();
        int newline = text.indexOf('\n');
        String line = newline < 0 ? text : text.substring(0, newline);
        Optional<TimeHead.Head> head = TimeHead.read(line);
        if (head.isPresent() && (head.get().time() != null || head.get().relative() != null)) {
            return this;
        }
        boolean heading = block.is(Block.Kind.HEADING);
        TimeContext narrowed = this;
        String quoted = "\"" + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "\"";
        Optional<ZoneId> stated = heading || block.is(Block.Kind.TABLE_HEADER)
                ? ContextClues.parenthesisedZone(line).or(() -> ContextClues.statedZone(line))
                : ContextClues.statedZone(text);
        if (head.isPresent() && head.get().hasDate() && !block.is(Block.Kind.TABLE_HEADER)
                && (heading || newline < 0 && onlyZoneAfter(line, head.get().end()))) {
            TimeHead.Head h = head.get();
            Integer y = h.year() != null ? h.year() : year;
            if (y != null) {
                try {
                    LocalDate day = LocalDate.of(y, h.month(), h.day());
                    narrowed = narrowed.withDate(day, new Origin("the line " + quoted, block.lines()));
                    log.context(block.lines(), "entries below are on " + day);
                    if (h.year() == null) {
                        log.guess("timeline", "year " + y + " of " + quoted + " taken from "
                                + (yearFrom == null ? "the document" : yearFrom.what()),
                                block.lines());
                    }
                } catch (java.time.DateTimeException e) {
                    log.note("not a calendar date: " + quoted + " (" + block.lines() + ")");
                }
            }
        } else if (!block.is(Block.Kind.TABLE_HEADER) && (heading || stated.isPresent() && newline < 0)
                && line.length() <= LONGEST_DAY_STATEMENT) {
            // The day written after other words: "Timeline (CEST, 24 June 2025)", "All times UTC, 2025-11-27."
            Optional<LocalDate> day = DatePhrases.dayIn(line);
            if (day.isEmpty() && heading && year != null) {
                // "Timeline (UTC, Tue Oct 13)": a timeline's heading names its day without the year, the document's.
                day = DatePhrases.monthDay(line).flatMap(md -> DatePhrases.safe(year, md.getMonthValue(),
                        md.getDayOfMonth()));
            }
            if (day.isPresent()) {
                narrowed = narrowed.withDate(day.get(), new Origin("the line " + quoted, block.lines()));
                log.context(block.lines(), "entries below are on " + day.get());
            }
        }
        if (stated.isPresent() && !stated.get().equals(zone)) {
            narrowed = narrowed.withZone(stated.get(), new Origin("the line " + quoted, block.lines()));
            log.context(block.lines(), "times below without a zone are read in " + stated.get().getId());
        } else if (stated.isPresent() && narrowed == this) {
            // The same zone said again: still a line that shaped the reading, and not an entry.
            narrowed = new TimeContext(date, year, zone, start, dateFrom, yearFrom, zoneFrom, everyEntry);
            log.context(block.lines(), "times below are read in " + stated.get().getId() + ", as stated before");
        }
        return narrowed;
    }

    /** Whether what follows a date is nothing, or only a zone ("March 26 (PST)"). */
    private static boolean onlyZoneAfter(String line, int end) {
        String rest = line.substring(Math.min(end, line.length())).strip();
        return rest.isEmpty() || ContextClues.parenthesisedZone(rest).isPresent() && rest.length() <= 12;
    }
}
