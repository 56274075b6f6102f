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
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a whole document's {@link TimeContext}: the clues are weighed by how surely they name the incident (a
 * front-matter "incident_date" or a "Date:" line before the title, the title before a summary's opening "On 29
 * January 2026 the job ran …", that before a front-matter "date", which is often the day a page was published),
 * and the first zone statement wins. One per call; not thread-safe.
 */
final class DocumentTimes {

    /** A candidate for the incident's day: what was written, how sure, and where. */
    private record Clue(String value, int rank, TimeContext.Origin from, ZoneId labelZone, boolean everyEntry) {
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
    private static final java.util.regex.Pattern STARTS = java.util.regex.Pattern.compile(
            "(?i)\\b(start|started|began|begin)\\b");

    /** A summary's opening sentence naming the day: less sure than a title or a label, surer than a page's date. */
    private static final int OPENING_SENTENCE = 3;
    /** A page's date or when a page was created: often a day after the incident, and never its start. */
    private static final int WEAK = 4;
    /** "On Thursday, 29 January 2026 the job …": a sentence that opens with the day it tells of. */
    /** "On 6 May 2026 …", and after the time it began, "From 13:40 BST on 6 May 2026, new listings …". */
    private static final java.util.regex.Pattern OPENS_ON = java.util.regex.Pattern.compile("(?i)^(?:(?:from|at|"
            + "since|starting at|beginning at)\\s+\\d{1,2}(?:[:.]\\d{2})?\\s*(?:am|pm)?(?:\\s+\\p{L}{2,5})?\\s+)?"
            + "on\\s+(?:the\\s+(?:(?:late|early)\\s+)?(?:morning|afternoon|evening|night)\\s+of\\s+)?(?=\\S)");

    private Clue best;
    /** Headings seen other than the title: the document's head is before the first, its first section before the
     * second; only there does a sentence opening "On June 2 …" or a byline's "June 2026" speak for the incident. */
    private int sections;
    /** The first such opening sentence's day when it has no year ("On June 2 the reminder …"), and where. */
    private MonthDay openingDay;
    /** The blocks a document's head is looked for in: its byline, meeting and owner lines come first. */
    private static final int HEAD_BLOCKS = 12;
    private TimeContext.Origin openingFrom;
    /** A window's first day written without its year ("Duration: Mar 2, 11:40 PM – ..."), and where. */
    private MonthDay windowDay;
    private TimeContext.Origin windowFrom;
    /** The first block opening with a day, its weekday named but not its year ("Saturday 25 April, on-sale …"). */
    private TimeHead.Head weekdayHead;
    private TimeContext.Origin weekdayFrom;
    /** The day a "Re:" or "Subject:" line names without its year ("Re: Valves left open, Saturday September 5"). */
    private MonthDay subjectDay;
    private TimeContext.Origin subjectFrom;
    /** The earliest day a mail thread's "Sent:" headers give ("Sent: Thursday, 12 November 2026 11:47"), and where. */
    private LocalDate sentDay;
    private TimeContext.Origin sentFrom;
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
                    openingWeekday(b);
                }
                String[] lines = b.text().split("\n", -1);
                // A block of one line (most are) states the same zone as its line: looked for once.
                Optional<ZoneId> blockZone = ContextClues.statedZone(b.text());
                for (int i = 0; i < lines.length && i < 50; i++) {
                    Lines at = BlockLines.lineOf(b, i);
                    String line = lines[i];
                    ContextClues.dateLabel(line).ifPresent(l -> labelled(l, at));
                    mailHeader(line, i > 0 ? lines[i - 1] : "", at);
                    if (line.length() <= LONGEST_DAY_STATEMENT && (lines.length == 1 ? blockZone
                            : ContextClues.statedZone(line)).isPresent() && dayIn(line).isPresent()) {
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
                    if (dayIn(b.cells().get(0)).isPresent()) {
                        // A table of milestones, the time first: "| 2026-03-08 14:02 UTC | Incident began |".
                        ContextClues.dateCell(b.cells().get(1), b.cells().get(0))
                                .ifPresent(l -> labelled(l, b.lines()));
                    }
                }
            }
            case HEADING -> {
                headingWeekday(b);
                ContextClues.parenthesisedZone(b.text()).or(() -> ContextClues.statedZone(b.text()))
                        .ifPresent(z -> offerZone(z, 0, "the heading " + quote(b.text()), b.lines()));
                if (b.text().strip().length() <= LONGEST_DAY_STATEMENT && dayIn(b.text()).isPresent()) {
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
            if (dayIn(cells.get(i)).isPresent()) {
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
            if (sentence.length() <= LONGEST_DAY_SENTENCE && hasDigit(sentence)) {
                String normal = ReadingWords.normal(sentence);
                boolean every = EVERY_ENTRY.stream().anyMatch(p -> ReadingWords.hasPhrase(normal, p));
                boolean stated = every || DAY_STATEMENTS.stream().anyMatch(p -> ReadingWords.hasPhrase(normal, p))
                        || OPENING_DAY_STATEMENTS.stream().anyMatch(p -> normal.startsWith(p + " "));
                if (stated && dayIn(sentence).isPresent()) {
                    offer(new Clue(sentence, 1, new TimeContext.Origin("the sentence " + quote(sentence), b.lines()),
                            null, every));
                } else if (sections <= 1 && b.is(Block.Kind.PARAGRAPH)) {
                    openingOn(sentence, b);
                }
            }
            from = end;
        }
    }

    /**
     * A sentence of the document's head or first section that opens with a day ("On Thursday 29 January 2026 the
     * file generation job ran …", "On June 2 the new reminder …"): the day the summary tells of. Only the first
     * counts, and below every other statement of the day, so a later "On March 3, 2024, the certificate was
     * issued" does not move the incident.
     */
    private void openingOn(String sentence, Block b) {
        java.util.regex.Matcher on = OPENS_ON.matcher(sentence);
        if (!on.find()) {
            onWeekday(sentence, b);
            return;
        }
        String rest = sentence.substring(on.end());
        Optional<TimeHead.Head> head = TimeHead.read(rest);
        if (head.isEmpty() || !head.get().hasDate()) {
            return;
        }
        TimeHead.Head h = head.get();
        TimeContext.Origin from = new TimeContext.Origin("the sentence " + quote(sentence), b.lines());
        if (h.year() != null) {
            offer(new Clue(rest.substring(0, Math.min(h.end(), rest.length())), OPENING_SENTENCE, from, null));
        } else if (openingDay == null) {
            DatePhrases.safe(2000, h.month(), h.day()).ifPresent(d -> {
                openingDay = MonthDay.of(h.month(), h.day());
                openingFrom = from;
            });
        }
    }

    /** "… on Tuesday 4 August 2026": "on", a weekday in full, then a day. */
    private static final Pattern ON_WEEKDAY = Pattern.compile("(?i)\\bon\\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\\b)");

    /**
     * A sentence of the head or first section that names the day in passing with its weekday and year ("Thank you
     * for your patience during the service interruption at our SYD2 facility on Tuesday 4 August 2026."), as a
     * letter to customers does: the day the letter tells of, when the weekday is that date's. Ranked as an opening
     * "On …", and only the first counts.
     */
    private void onWeekday(String sentence, Block b) {
        if (sentence.indexOf("day") < 0) {
            return;
        }
        Matcher on = ON_WEEKDAY.matcher(sentence);
        if (!on.find()) {
            return;
        }
        String rest = sentence.substring(on.end());
        Optional<TimeHead.Head> head = TimeHead.read(rest);
        if (head.isEmpty() || !head.get().hasDate() || head.get().year() == null || head.get().weekday() == null) {
            return;
        }
        TimeHead.Head h = head.get();
        if (DatePhrases.safe(h.year(), h.month(), h.day()).filter(d -> d.getDayOfWeek() == h.weekday()).isPresent()) {
            offer(new Clue(rest.substring(0, Math.min(h.end(), rest.length())), OPENING_SENTENCE,
                    new TimeContext.Origin("the sentence " + quote(sentence), b.lines()), null));
        }
    }

    /**
     * A block opening with a day whose weekday is named but not its year ("Saturday 25 April, on-sale for the
     * stadium show", a slide's first point): the first such is kept, for a document that states no other day. The
     * weekday written in full, as every name of one ends in "day": most blocks are not asked further.
     */
    private void openingWeekday(Block b) {
        if (weekdayHead != null || b.text().length() < 8 || !Character.isLetter(b.text().charAt(0))
                || b.text().indexOf("day") < 0 && b.text().indexOf("DAY") < 0) {
            return;
        }
        Optional<TimeHead.Head> head = TimeHead.read(b.text());
        if (head.isPresent() && head.get().hasDate() && head.get().day() != null && head.get().year() == null
                && head.get().weekday() != null) {
            weekdayHead = head.get();
            weekdayFrom = new TimeContext.Origin("the line " + quote(b.text()), BlockLines.lineOf(b, 0));
        }
    }

    /** A weekday's name then more, in a heading: "Timeline (UTC, Tue Oct 13)". */
    private static final Pattern WEEKDAY_IN_HEADING = Pattern.compile("(?i)\\b(?:" + TimeHead.WEEKDAYS
            + ")\\.?,?\\s+(?=[0-9A-Za-z])");

    /**
     * A heading that names the day, its weekday but not its year, after its own words ("Timeline (UTC, Tue Oct
     * 13)"): kept as an opening weekday is, for a document that states no other day. A short heading with a digit
     * only: most are not asked further.
     */
    private void headingWeekday(Block b) {
        String text = b.text();
        if (weekdayHead != null || text.length() > LONGEST_DAY_STATEMENT || !hasDigit(text)) {
            return;
        }
        Matcher m = WEEKDAY_IN_HEADING.matcher(text);
        if (m.find()) {
            Optional<TimeHead.Head> head = TimeHead.read(text.substring(m.start()));
            if (head.isPresent() && head.get().hasDate() && head.get().day() != null && head.get().year() == null
                    && head.get().weekday() != null) {
                weekdayHead = head.get();
                weekdayFrom = new TimeContext.Origin("the heading " + quote(text), b.lines());
            }
        }
    }

    /**
     * The weekday's day in the year that makes it that weekday: the year the document gives (its title's, its
     * byline's, else its first date written with a year) or the one before, as a review is written after the
     * incident, and never after that first date. Empty when neither year agrees with the weekday.
     */
    private Optional<LocalDate> weekdayDate(Integer knownYear, List<Block> blocks) {
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
                    Optional<LocalDate> day = dayIn(line);
                    if (day.isPresent()) {
                        return day.get();
                    }
                }
            }
        }
        return null;
    }

    /**
     * A memo's or a mail's header: "Re:" or "Subject:" naming the incident's day ("Re: Irrigation valves left open,
     * Saturday September 5"), and Outlook's "Sent:" under a "From:" line. A thread's first message is the one
     * nearest the incident (a write-up and its forwards come later), so the earliest day sent is kept. Only the
     * line's first characters are looked at unless it opens with one of these labels.
     */
    private void mailHeader(String line, String previous, Lines at) {
        int from = headerStart(line);
        if (from >= line.length() || "rRsS".indexOf(line.charAt(from)) < 0 || line.indexOf(':', from) < 0) {
            return;
        }
        if (subjectDay == null && (line.regionMatches(true, from, "re:", 0, 3)
                || line.regionMatches(true, from, "subject:", 0, 8))) {
            String value = line.substring(line.indexOf(':', from) + 1);
            DatePhrases.monthDay(value).ifPresent(md -> {
                subjectDay = md;
                subjectFrom = new TimeContext.Origin("the line " + quote(line), at);
            });
        } else if (line.regionMatches(true, from, "sent:", 0, 5)
                && previous.regionMatches(true, headerStart(previous), "from:", 0, 5)) {
            Optional<LocalDate> day = dayIn(line.substring(from + 5));
            if (day.isPresent() && (sentDay == null || day.get().isBefore(sentDay))) {
                sentDay = day.get();
                sentFrom = new TimeContext.Origin("the line " + quote(line), at);
            }
        }
    }

    /** Where a header line's label starts, after white space and the "> " of a quoted message. */
    private static int headerStart(String line) {
        int i = 0;
        while (i < line.length() && (line.charAt(i) == ' ' || line.charAt(i) == '>' || line.charAt(i) == '\t')) {
            i++;
        }
        return i;
    }

    private void labelled(ContextClues.Labelled l, Lines at) {
        int incident = l.value().toLowerCase(java.util.Locale.ROOT).indexOf("incident");
        if (incident > 0 && dayIn(l.value().substring(incident)).isPresent()) {
            // "Date: 2025-04-15 (incident on 2025-04-14)": the page's date, then the incident's, which is surer.
            offer(new Clue(l.value().substring(incident), 0, new TimeContext.Origin("the line '" + l.label()
                    + ": …' (the incident's day)", at), l.zone()));
        }
        if (ContextClues.windowLabel(l.label()) && windowDay == null && dayIn(l.value()).isEmpty()) {
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
        return days.computeIfAbsent(clue.value(), DocumentTimes::dayIn);
    }

    /** The day a text names with its year, at its start ("Tuesday, 21 January 2025 …") or among other words. */
    static Optional<LocalDate> dayIn(String text) {
        if (!hasDigit(text)) {
            return Optional.empty(); // every way of writing a day with its year has digits
        }
        Optional<TimeHead.Head> head = TimeHead.read(text);
        if (head.isPresent() && head.get().hasDate() && head.get().year() != null) {
            TimeHead.Head h = head.get();
            return DatePhrases.safe(h.year(), h.month(), h.day());
        }
        return DatePhrases.full(text);
    }

    /** Whether the text has an ASCII digit, as every date pattern's year needs. */
    static boolean hasDigit(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= '0' && c <= '9') {
                return true;
            }
        }
        return false;
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
                if (md.isEmpty() && openingDay != null) {
                    md = Optional.of(openingDay);
                    mdFrom = openingFrom;
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
        } else if (subjectDay != null && best.rank() > 0 && dayBefore(subjectDay, date).isPresent()) {
            // A memo's "Re: … Saturday September 5" under its "Date: September 9, 2026": the day it is about.
            date = dayBefore(subjectDay, date).get();
            say(log, subjectFrom, "the incident's day, " + date + ", read from " + subjectFrom.what()
                    + " (its year from " + dateFrom.what() + ")");
            dateFrom = subjectFrom;
        } else {
            say(log, dateFrom, "the incident's day, " + date + ", read from " + dateFrom.what());
        }
        if (date == null && year == null && openingDay != null) {
            date = openingDayBefore(blocks, log);
            dateFrom = date == null ? null : openingFrom;
        }
        if (date == null && weekdayHead != null) {
            Optional<LocalDate> day = weekdayDate(year, blocks);
            if (day.isPresent()) {
                date = day.get();
                dateFrom = weekdayFrom;
                String weekday = date.getDayOfWeek().toString().toLowerCase(java.util.Locale.ROOT);
                log.guess("timeline", "the incident's day, " + date + ", read from " + weekdayFrom.what()
                        + ": the year in which it is a " + weekday, weekdayFrom.lines());
            }
        }
        if (date == null && sentDay != null) {
            date = sentDay;
            dateFrom = sentFrom;
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

    /**
     * The opening sentence's day without a year ("On the late morning of June 23rd …") in the year of the first
     * full date of the document's head ("Meeting Scheduled For: Thursday, June 25, 2026"): a review meets, and a page
     * is written, on the day or within a month after. Null when no such date is there or the day is not before it.
     */
    private LocalDate openingDayBefore(List<Block> blocks, ImportLog log) {
        for (int i = 0; i < blocks.size() && i < HEAD_BLOCKS; i++) {
            Block b = blocks.get(i);
            if (!b.is(Block.Kind.PARAGRAPH) && !b.is(Block.Kind.LIST_ITEM)) {
                continue;
            }
            Optional<LocalDate> written = Times.date(b.text().length() > 300 ? b.text().substring(0, 300) : b.text());
            if (written.isPresent()) {
                Optional<LocalDate> day = dayBefore(openingDay, written.get());
                day.ifPresent(d -> say(log, openingFrom, "the incident's day, " + d + ", read from "
                        + openingFrom.what() + " (its year from the date " + written.get() + " on line "
                        + b.lines().first() + ")"));
                return day.orElse(null);
            }
        }
        return null;
    }

    /** A day without its year in the year that puts it on or up to a month before {@code written}, if one does. */
    private static Optional<LocalDate> dayBefore(MonthDay told, LocalDate written) {
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

    private static void say(ImportLog log, TimeContext.Origin from, String what) {
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
