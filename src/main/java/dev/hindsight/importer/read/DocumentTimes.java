package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Times;
import dev.hindsight.importer.words.ReadingWords;
import java.time.Instant;
import java.time.LocalDate;
import java.time.MonthDay;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Reads a whole document's {@link TimeContext}: the clues are weighed by how surely they name the incident (a
 * front-matter "incident_date" or a "Date:" line before the title, the title before a summary's opening "On 29
 * January 2026 the job ran …", that before a front-matter "date", which is often the day a page was published),
 * and the first zone statement wins. What a byline, an opening "On …" sentence, a weekday without its year and a
 * mail's headers say is gathered by {@link Byline}, {@link OpeningSentence}, {@link WeekdayDate} and
 * {@link MailHeaders}, and weighed here. One per call; not thread-safe.
 */
final class DocumentTimes {

    /** A candidate for the incident's day: what was written, how sure, and where. */
    record Clue(String value, int rank, TimeContext.Origin from, ZoneId labelZone, boolean everyEntry) {
        Clue(String value, int rank, TimeContext.Origin from, ZoneId labelZone) {
            this(value, rank, from, labelZone, false);
        }
    }

    private static final ReadingWords WORDS = ReadingWords.load("time-words.json");
    /** Words before the incident's day in a sentence: "the outage that occurred on January 21, 2024". */
    private static final List<String> DAY_STATEMENTS = WORDS.list("dayStatements");
    /** Words that state the day only when a sentence starts with them: "Incident on 2025-11-18.", not "a similar
     * incident on …" in passing. */
    private static final List<String> OPENING_DAY_STATEMENTS = WORDS.list("openingDayStatements");
    /** Words saying the day is every timeline entry's: "Unless otherwise noted all events happened on …". */
    private static final List<String> EVERY_ENTRY = WORDS.list("everyEntryStatements");
    /** A sentence stating the day is short: longer prose names days for other reasons. */
    private static final int LONGEST_DAY_SENTENCE = 240;

    /** A heading or a line stating the day among other words is short; a longer one is prose. */
    static final int LONGEST_DAY_STATEMENT = 100;

    /** Labels that name the incident's start ("Start time", "Incident began"), not just a day. */
    private static final Pattern STARTS = Pattern.compile(
            "(?i)\\b(start|started|began|begin)\\b");

    /** A summary's opening sentence naming the day: less sure than a title or a label, surer than a page's date. */
    static final int OPENING_SENTENCE = 3;
    /** A page's date or when a page was created: often a day after the incident, and never its start. */
    private static final int WEAK = 4;

    private Clue best;
    /** Headings seen other than the title: the document's head is before the first, its first section before the
     * second; only there does a sentence opening "On June 2 …" or a byline's "June 2026" speak for the incident. */
    private int sections;
    /** The first opening sentence's day when it has no year ("On June 2 the reminder …"), and where. */
    private final OpeningSentence opening = new OpeningSentence();
    /** A window's first day written without its year ("Duration: Mar 2, 11:40 PM – ..."), and where. */
    private MonthDay windowDay;
    private TimeContext.Origin windowFrom;
    /** The first block opening with a day, its weekday named but not its year ("Saturday 25 April, on-sale …"). */
    private final WeekdayDate weekday = new WeekdayDate();
    /** A memo's "Re: … Saturday September 5", a mail thread's earliest "Sent:" day. */
    private final MailHeaders mail = new MailHeaders();
    private ZoneId zone;
    private TimeContext.Origin zoneFrom;
    private final Byline byline = new Byline();
    private int zoneRank = Integer.MAX_VALUE;
    private final java.util.Map<String, Optional<LocalDate>> days = new java.util.HashMap<>();

    private DocumentTimes() {
    }

    static TimeContext read(List<Block> blocks, String title, ImportLog log) {
        DocumentTimes d = new DocumentTimes();
        Lines titleLines = null;
        Block previous = null;
        for (Block b : blocks) {
            if (titleLines == null && isTitle(b, title)) {
                titleLines = b.lines();
            }
            d.look(b);
            // "# 1. Summary" straight over "## 1.1 What happened" opens one section, not two.
            boolean underHeading = previous != null && previous.is(Block.Kind.HEADING) && !isTitle(previous, title)
                    && b.level() > previous.level();
            if (b.is(Block.Kind.HEADING) && !isTitle(b, title) && !underHeading) {
                d.sections++;
            }
            previous = b;
        }
        TimeContext.Origin titleOrigin = new TimeContext.Origin("the title", titleLines);
        if (!title.isBlank()) {
            d.offer(new Clue(title, 2, titleOrigin, null));
        }
        return d.context(title, titleOrigin, blocks, log);
    }

    private void look(Block b) {
        switch (b.kind()) {
            case FRONT_MATTER -> {
                String key = b.cells().get(0);
                String value = b.cells().get(1);
                if (ContextClues.incidentKey(key)) {
                    offer(new Clue(value, 0, new TimeContext.Origin("front matter '" + key + "'", b.lines()), null));
                } else if (ContextClues.plainDateKey(key)) {
                    offer(new Clue(value, WEAK, new TimeContext.Origin("front matter '" + key + "'", b.lines()),
                            null));
                } else if (ContextClues.zoneKey(key)) {
                    Times.zone(value).ifPresent(z -> offerZone(z, 1, "front matter '" + key + "'", b.lines()));
                }
            }
            case PARAGRAPH, LIST_ITEM, QUOTE -> {
                if (!b.is(Block.Kind.QUOTE)) {
                    byline.weekdays(b.text());
                    weekday.opening(b);
                }
                String[] lines = b.text().split("\n", -1);
                // A block of one line (most are) states the same zone as its line: looked for once.
                Optional<ZoneId> blockZone = ContextClues.statedZone(b.text());
                for (int i = 0; i < lines.length && i < 50; i++) {
                    Lines at = BlockLines.lineOf(b, i);
                    String line = lines[i];
                    ContextClues.dateLabel(line).ifPresent(l -> labelled(l, at));
                    mail.read(line, i > 0 ? lines[i - 1] : "", at);
                    if (line.length() <= LONGEST_DAY_STATEMENT && (lines.length == 1 ? blockZone
                            : ContextClues.statedZone(line)).isPresent() && DatePhrases.dayIn(line).isPresent()) {
                        // "All times CET, 25 November 2025.": the day the timeline's times are on.
                        offer(new Clue(line, 1, new TimeContext.Origin("the line " + quote(line), at), null));
                    }
                }
                blockZone.ifPresent(z -> offerZone(z, 0, quote(b.text()), b.lines()));
                if (!b.is(Block.Kind.LIST_ITEM)) {
                    daySentences(b);
                }
                if (sections == 0 && !byline.found() && b.is(Block.Kind.PARAGRAPH)) {
                    byline.read(b, lines);
                }
            }
            case TABLE_ROW -> {
                if (b.cells().size() == 2 && ContextClues.zoneLabel(b.cells().get(0))) {
                    // "| Time zone | CEST (UTC+2) |" in a page's facts table: as sure as front matter's.
                    Times.zone(b.cells().get(1)).ifPresent(z -> offerZone(z, 1, "the row '" + b.cells().get(0)
                            + "'", b.lines()));
                } else if (b.cells().size() == 3) {
                    plannedAndActual(b);
                } else if (b.cells().size() == 2) {
                    // "Site:	Leeds DC (all times are UK local time)": a zone stated in an aside of a value.
                    ContextClues.asideZone(b.cells().get(1)).ifPresent(z -> offerZone(z, 0, "the row '"
                            + b.cells().get(0) + "'", b.lines()));
                    ContextClues.dateCell(b.cells().get(0), b.cells().get(1)).ifPresent(l -> labelled(l, b.lines()));
                    if (DatePhrases.dayIn(b.cells().get(0)).isPresent()) {
                        // A table of milestones, the time first: "| 2026-03-08 14:02 UTC | Incident began |".
                        ContextClues.dateCell(b.cells().get(1), b.cells().get(0))
                                .ifPresent(l -> labelled(l, b.lines()));
                    }
                }
            }
            case HEADING -> {
                weekday.heading(b);
                ContextClues.parenthesisedZone(b.text()).or(() -> ContextClues.statedZone(b.text()))
                        .ifPresent(z -> offerZone(z, 0, "the heading " + quote(b.text()), b.lines()));
                if (b.text().strip().length() <= LONGEST_DAY_STATEMENT && DatePhrases.dayIn(b.text()).isPresent()) {
                    // "Timeline — 2025-01-18 (all times UTC)": as sure as the title, and the first such heading.
                    offer(new Clue(b.text().strip(), 2, new TimeContext.Origin("the heading " + quote(b.text()),
                            b.lines()), null));
                }
            }
            default -> {
            }
        }
    }

    /**
     * A change record's "| Window | Sat 26 Sep 2026 22:00 – … | Sat 26 Sep 22:00 – … |" (planned, then actual): the
     * day the last cell that states one with its year gives. The label is looked at first: most rows have none.
     */
    private void plannedAndActual(Block b) {
        List<String> cells = b.cells();
        if (ContextClues.dateCell(cells.get(0), "-").isEmpty()) {
            return;
        }
        for (int i = cells.size() - 1; i >= 1; i--) {
            if (DatePhrases.dayIn(cells.get(i)).isPresent()) {
                ContextClues.dateCell(cells.get(0), cells.get(i)).ifPresent(l -> labelled(l, b.lines()));
                return;
            }
        }
    }

    /**
     * Sentences that state the incident's day in words ("… the outage that occurred on January 21, 2024.") or
     * the day of every timeline entry ("Unless otherwise noted all events happened on 2019-10-21, and all times
     * are in UTC."), across the lines they are wrapped on.
     */
    private void daySentences(Block b) {
        String text = b.text().length() > 2000 ? b.text().substring(0, 2000) : b.text();
        int from = 0;
        while (from < text.length()) {
            int end = text.indexOf(". ", from);
            end = end < 0 ? text.length() : end + 1;
            String sentence = text.substring(from, end).replace('\n', ' ').strip();
            // A sentence without a digit names no day with its year: its words need not be read.
            if (sentence.length() <= LONGEST_DAY_SENTENCE && Mentions.digit(sentence)) {
                String normal = ReadingWords.normal(sentence);
                boolean every = EVERY_ENTRY.stream().anyMatch(p -> ReadingWords.hasPhrase(normal, p));
                boolean stated = every || DAY_STATEMENTS.stream().anyMatch(p -> ReadingWords.hasPhrase(normal, p))
                        || OPENING_DAY_STATEMENTS.stream().anyMatch(p -> normal.startsWith(p + " "));
                if (stated && DatePhrases.dayIn(sentence).isPresent()) {
                    offer(new Clue(sentence, 1, new TimeContext.Origin("the sentence " + quote(sentence), b.lines()),
                            null, every));
                } else if (sections <= 1 && b.is(Block.Kind.PARAGRAPH)) {
                    opening.read(sentence, b).ifPresent(this::offer);
                }
            }
            from = end;
        }
    }

    private void labelled(ContextClues.Labelled l, Lines at) {
        int incident = l.value().toLowerCase(java.util.Locale.ROOT).indexOf("incident");
        if (incident > 0 && DatePhrases.dayIn(l.value().substring(incident)).isPresent()) {
            // "Date: 2025-04-15 (incident on 2025-04-14)": the page's date, then the incident's, which is surer.
            offer(new Clue(l.value().substring(incident), 0, new TimeContext.Origin("the line '" + l.label()
                    + ": …' (the incident's day)", at), l.zone()));
        }
        if (ContextClues.windowLabel(l.label()) && windowDay == null && DatePhrases.dayIn(l.value()).isEmpty()) {
            DatePhrases.monthDay(l.value()).ifPresent(md -> {
                windowDay = md;
                windowFrom = new TimeContext.Origin("the line '" + l.label() + ": …'", at);
            });
        }
        // "Start Time: 2025-09-01 22:12 CEST" says when the incident began, surer than a plain "Date:" (often the
        // day the document was written), as a front-matter start key is; so does a window's label.
        int rank = ContextClues.windowLabel(l.label()) || STARTS.matcher(l.label()).find() ? 0
                : ContextClues.weakLabel(l.label()) ? WEAK : 1;
        offer(new Clue(l.value(), rank, new TimeContext.Origin("the line '" + l.label() + ": …'", at), l.zone()));
        if (l.zone() != null) {
            offerZone(l.zone(), 2, "the label '" + l.label() + "'", at);
        }
    }

    private void offer(Clue clue) {
        if (best == null || clue.rank() < best.rank() && day(clue).isPresent()
                || day(best).isEmpty() && day(clue).isPresent()) {
            best = clue;
        }
    }

    private void offerZone(ZoneId z, int rank, String what, Lines lines) {
        if (rank < zoneRank) {
            zone = z;
            zoneRank = rank;
            zoneFrom = new TimeContext.Origin(what, lines);
        }
    }

    /**
     * The day a clue names with its year, if it does. Worked out once per text: every clue offered is weighed
     * against the best so far, whose day would otherwise be read again each time.
     */
    private Optional<LocalDate> day(Clue clue) {
        return days.computeIfAbsent(clue.value(), DatePhrases::dayIn);
    }

    private TimeContext context(String title, TimeContext.Origin titleOrigin, List<Block> blocks, ImportLog log) {
        LocalDate date = best == null ? null : day(best).orElse(null);
        TimeContext.Origin dateFrom = date == null ? null : best.from();
        Integer year = null;
        TimeContext.Origin yearFrom = null;
        if (date == null) {
            Optional<Integer> titleYear = ContextClues.year(title);
            if (titleYear.isPresent()) {
                year = titleYear.get();
                yearFrom = titleOrigin;
            } else if (byline.found()) {
                year = byline.year();
                yearFrom = byline.from();
            }
            if (year != null) {
                Optional<MonthDay> md = best == null ? Optional.empty() : DatePhrases.monthDay(best.value());
                TimeContext.Origin mdFrom = best == null ? null : best.from();
                if (md.isEmpty() && opening.day() != null) {
                    md = Optional.of(opening.day());
                    mdFrom = opening.from();
                }
                if (md.isPresent() && md.get().isValidYear(dayYear(md.get(), year, yearFrom))) {
                    date = md.get().atYear(dayYear(md.get(), year, yearFrom));
                    dateFrom = mdFrom;
                    say(log, dateFrom, "the incident's day, " + date + ", read from " + dateFrom.what()
                            + " (its year from " + yearFrom.what() + ")");
                }
            }
        } else if (windowDay != null && best.rank() > 0 && dayBefore(windowDay, date).isPresent()) {
            // The window states the incident's day without a year; the page's date, a little later, gives it.
            date = dayBefore(windowDay, date).get();
            say(log, windowFrom, "the incident's day, " + date + ", read from " + windowFrom.what() + " (its year from "
                    + dateFrom.what() + ")");
            dateFrom = windowFrom;
        } else if (mail.subjectDay() != null && best.rank() > 0 && dayBefore(mail.subjectDay(), date).isPresent()) {
            // A memo's "Re: … Saturday September 5" under its "Date: September 9, 2026": the day it is about.
            date = dayBefore(mail.subjectDay(), date).get();
            say(log, mail.subjectFrom(), "the incident's day, " + date + ", read from " + mail.subjectFrom().what()
                    + " (its year from " + dateFrom.what() + ")");
            dateFrom = mail.subjectFrom();
        } else {
            say(log, dateFrom, "the incident's day, " + date + ", read from " + dateFrom.what());
        }
        if (date == null && year == null && opening.day() != null) {
            date = opening.dayBefore(blocks, log);
            dateFrom = date == null ? null : opening.from();
        }
        if (date == null && weekday.found()) {
            Optional<LocalDate> day = weekday.date(year, blocks);
            if (day.isPresent()) {
                date = day.get();
                dateFrom = weekday.from();
                String named = date.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT);
                log.guess("timeline", "the incident's day, " + date + ", read from " + weekday.from().what()
                        + ": the year in which it is a " + named, weekday.from().lines());
            }
        }
        if (date == null && mail.sentDay() != null) {
            date = mail.sentDay();
            dateFrom = mail.sentFrom();
            log.guess("timeline", "the incident's day, " + date + ", taken from " + dateFrom.what()
                    + ", the thread's first message: the document states no other day", dateFrom.lines());
        }
        if (date == null && byline.day().isPresent()) {
            date = byline.day().get();
            dateFrom = byline.from();
            log.guess("timeline", "the incident's day, " + date + ", taken from " + dateFrom.what()
                    + ": the document states no other day", dateFrom.lines());
        }
        if (date == null && year != null) {
            say(log, yearFrom, "the incident's year, " + year + ", read from " + yearFrom.what());
        }
        if (zone != null) {
            say(log, zoneFrom, "times without a zone are read in " + zone.getId() + " (" + zoneFrom.what() + ")");
        }
        // A weak clue (a page's date, when a page was created) names a day, not the incident's start.
        Instant start = date == null || best == null || best.rank() >= OPENING_SENTENCE || dateFrom != best.from() ? null
                : start(best, date);
        if (start != null && zone == null) {
            // No zone stated for the document: its times are in the zone its start is written in ("11:48 PM PST").
            Optional<TimeHead.Head> head = TimeHead.read(best.value());
            Optional<TimeHead.WrittenZone> written = head.flatMap(h -> TimeHead.zone(h.zone()));
            if (written.isPresent()) {
                zone = written.get().zone();
                zoneFrom = best.from();
                say(log, zoneFrom, "times without a zone are read in " + zone.getId() + ", as the start is ("
                        + zoneFrom.what() + ")");
            }
        }
        boolean everyEntry = date != null && best != null && best.everyEntry() && dateFrom == best.from();
        return new TimeContext(date, year, zone, start, dateFrom, yearFrom, zoneFrom, everyEntry);
    }

    /**
     * The year of a day written without one: the title's, or the byline's, unless the day's month comes after the
     * byline's ("On December 30 …" under "January 2027"), as a report is written after its incident.
     */
    private int dayYear(MonthDay day, int year, TimeContext.Origin from) {
        return from == byline.from() && day.getMonthValue() > byline.month() ? year - 1 : year;
    }

    /** A day without its year in the year that puts it on or up to a month before {@code written}, if one does. */
    static Optional<LocalDate> dayBefore(MonthDay told, LocalDate written) {
        for (int year = written.getYear(); year >= written.getYear() - 1; year--) {
            if (told.isValidYear(year)) {
                LocalDate day = told.atYear(year);
                if (!day.isAfter(written) && day.isAfter(written.minusMonths(1))) {
                    return Optional.of(day);
                }
            }
        }
        return Optional.empty();
    }

    /** When the day's clue also gives a clock time ("Start: 2025-03-26 14:02 UTC"), the incident's start. */
    private Instant start(Clue clue, LocalDate date) {
        Optional<TimeHead.Head> head = TimeHead.read(clue.value());
        if (head.isEmpty() || head.get().time() == null) {
            return null;
        }
        TimeHead.Head h = head.get();
        Optional<TimeHead.WrittenZone> written = TimeHead.zone(h.zone());
        ZoneId fallback = clue.labelZone() != null ? clue.labelZone() : zone != null ? zone : ZoneId.of("UTC");
        return Times.resolve(date, new Times.TimeOfDay(h.time(), written.map(TimeHead.WrittenZone::zone).orElse(null),
                written.map(TimeHead.WrittenZone::daylight).orElse(null)), fallback);
    }

    static void say(ImportLog log, TimeContext.Origin from, String what) {
        if (from.lines() != null) {
            log.context(from.lines(), what);
        } else {
            log.note(what);
        }
    }

    private static boolean isTitle(Block b, String title) {
        if (title.isBlank()) {
            return false;
        }
        return b.is(Block.Kind.HEADING) && b.text().strip().equals(title.strip())
                || b.is(Block.Kind.FRONT_MATTER) && b.cells().get(0).equalsIgnoreCase("title")
                && b.cells().get(1).strip().equals(title.strip());
    }

    static String quote(String text) {
        String line = text.strip();
        int newline = line.indexOf('\n');
        line = newline < 0 ? line : line.substring(0, newline);
        return "\"" + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "\"";
    }
}
