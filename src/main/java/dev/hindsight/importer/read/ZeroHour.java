package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The moment a document counts its relative times from, when it states one: "T0 = 2026-08-14 19:30 BST (first
 * failed match assignment)", "T0: …", "T=0 …", "Start (T0): …", or an ops log's "Log opened: Sun 19 Jul 2026 21:30
 * BRT". A timeline written as "T+6m — Alert fired" or "+00:12  Alert pages on-call" is placed from it. Only a
 * statement that opens a line is read, and only with a clock time (and a day, its own or the document's):
 * "relative to T0" in passing states nothing. Stateless; thread-safe.
 *
 * @param at   the instant
 * @param day  its day, in the zone it was written in
 * @param zone the zone it was written in, or null when it names none
 * @param from where it was stated
 */
record ZeroHour(Instant at, LocalDate day, ZoneId zone, TimeContext.Origin from) {

    /**
     * "T0", "T=0", "T 0", "T-zero", "T+0" before ":" or "=" (a "T+0" entry states no zero point), or a short label
     * naming it in parentheses ("Start (T0)"), perhaps after a label of its own ("Anchor: T+0 = …"), then ":", "="
     * or "is", or nothing before the date. The label's words are any: it is the "(T0)" that makes it the zero point.
     */
    private static final Pattern STATEMENT = Pattern.compile("^[\\s*_>]*(?:[A-Za-z][A-Za-z ]{0,20}:[*_]*\\s*)?"
            + "(?:[A-Za-z][A-Za-z ]{0,30}\\(\\s*T\\s?0\\s*\\)"
            + "|T\\s?(?:=\\s?)?(?:0|zero)|T\\s?\\+\\s?0(?=\\s*[:=])|time zero|zero hour)(?![A-Za-z0-9+-])[*_]*\\s*(?:[:=]|is\\b)?[*_]*\\s*",
            Pattern.CASE_INSENSITIVE);
    /**
     * "Times are relative to T0 = 2026-08-18T03:22Z, the first failed purchase", "For this report, T+0 is 14:20 BST
     * on Thursday 2 July 2026": set equal to a time, the zero point is stated wherever the line names it.
     */
    private static final Pattern EQUATED = Pattern.compile("(?<![A-Za-z0-9])T\\s?\\+?\\s?0\\s?(?:=|is\\b)\\s*");
    /**
     * "Log opened: Sun 19 Jul 2026 21:30 BRT", "Bridge opened: …", "Clock started: …": an ops log's opening line,
     * whose moment its elapsed times ("+00:12") count from. A label of up to three words ending in "opened",
     * "started" or "began", then ":". Read only when the document states no start of its own: an incident's
     * stated start is what "T+" times count from.
     */
    private static final Pattern OPENED = Pattern.compile("^[\\s*_>]*(?:[A-Za-z]+ ){1,2}(?:opened|started|began)"
            + "[*_]*\\s*:[*_]*\\s*", Pattern.CASE_INSENSITIVE);
    /** The words {@link #OPENED} ends its label with, looked for before the pattern is tried. */
    private static final Pattern OPENED_WORD = Pattern.compile("(?i)(?:opened|started|began)\\s*:");

    /** The day written right after the time, "on Thursday 2 July 2026", with its year. */
    private static Optional<LocalDate> dayAfter(String value, TimeHead.Head h) {
        int from = Math.min(h.end(), value.length());
        String after = value.substring(from, Math.min(value.length(), from + 40)).strip();
        if (!after.regionMatches(true, 0, "on ", 0, 3)) {
            return Optional.empty();
        }
        int comma = after.indexOf(',', 3);
        return Times.date(comma < 0 ? after.substring(3) : after.substring(3, comma));
    }

    /** Lines of a block looked at: a statement of the zero point stands alone or opens a short paragraph. */
    private static final int LINES_LOOKED_AT = 20;
    private static final ZoneId UTC = ZoneId.of("UTC");

    /** The first zero point the blocks state; a time without a day takes the context's day, if it has one. */
    static Optional<ZeroHour> in(List<Block> blocks, TimeContext context) {
        for (Block b : blocks) {
            if (!(b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM) || b.is(Block.Kind.QUOTE)
                    || b.is(Block.Kind.HEADING))) {
                continue;
            }
            String[] lines = b.text().split("\n", LINES_LOOKED_AT + 1);
            for (int i = 0; i < lines.length && i < LINES_LOOKED_AT; i++) {
                Optional<ZeroHour> stated = stated(lines[i], context, BlockLines.lineOf(b, i));
                if (stated.isPresent()) {
                    return stated;
                }
            }
        }
        return Optional.empty();
    }

    /** A log's opening line read up to its time ("Log opened: "), or null when the line is not one or may not be. */
    private static Matcher opened(String line, TimeContext context) {
        if (context.start() != null || line.indexOf(':') < 0 || !OPENED_WORD.matcher(line).find()) {
            return null;
        }
        Matcher m = OPENED.matcher(line);
        return m.lookingAt() ? m : null;
    }

    /**
     * Whether a "T" or "t" stands before a "0" with at most three spaces, "+" or "=" between ("T0", "T = 0", "t+0"):
     * every way {@link #STATEMENT} and {@link #EQUATED} have of naming the zero point without the word "zero" needs
     * one (their {@code \\s} is ASCII white space). Most lines with a "0" hold it in a time or a date, and trying the
     * two patterns on each, the second at every character, cost more than the rest of this reader.
     */
    private static boolean zeroAfterT(String line) {
        for (int t = line.indexOf('0'); t >= 0; t = line.indexOf('0', t + 1)) {
            for (int i = t - 1; i >= 0 && i >= t - 4; i--) {
                char c = line.charAt(i);
                if (c == 'T' || c == 't') {
                    return true;
                }
                if (c != '+' && c != '=' && c != ' ' && (c < '\t' || c > '\r')) {
                    break;
                }
            }
        }
        return false;
    }

    /**
     * Whether the line has "zero" in any case, as its lower-cased copy would: only 'Z', 'E', 'R' and 'O' lower-case
     * to those letters, so comparing each character with its ASCII capital gives the same answer without a copy.
     */
    private static boolean namesZero(String line) {
        for (int i = 0; i + 4 <= line.length(); i++) {
            if ((line.charAt(i) | 0x20) == 'z' && (line.charAt(i + 1) | 0x20) == 'e'
                    && (line.charAt(i + 2) | 0x20) == 'r' && (line.charAt(i + 3) | 0x20) == 'o') {
                return true;
            }
        }
        return false;
    }

    /** The zero point one line states, if it does. */
    static Optional<ZeroHour> stated(String line, TimeContext context, Lines lines) {
        Matcher m = opened(line, context);
        if (m == null && !zeroAfterT(line) && !namesZero(line)) {
            return Optional.empty(); // every way of naming it but a log's opening line has a "T…0" or "zero"
        }
        if (m == null) {
            m = STATEMENT.matcher(line);
        }
        if (!m.lookingAt()) {
            m = EQUATED.matcher(line);
            if (!m.find()) {
                return Optional.empty();
            }
        }
        String value = line.substring(m.end());
        Optional<TimeHead.Head> read = TimeHead.read(value);
        if (read.isEmpty() || read.get().time() == null) {
            return Optional.empty();
        }
        TimeHead.Head h = read.get();
        LocalDate day;
        Optional<LocalDate> after = h.hasDate() ? Optional.empty() : dayAfter(value, h);
        if (h.hasDate() && h.year() != null) {
            Optional<LocalDate> d = DatePhrases.safe(h.year(), h.month(), h.day());
            if (d.isEmpty()) {
                return Optional.empty();
            }
            day = d.get();
        } else if (after.isPresent()) {
            day = after.get(); // "T+0 is 14:20 BST on Thursday 2 July 2026"
        } else if (!h.hasDate() && context.date() != null) {
            day = context.date();
        } else {
            return Optional.empty();
        }
        Optional<TimeHead.WrittenZone> written = TimeHead.zone(h.zone());
        ZoneId zone = written.map(TimeHead.WrittenZone::zone).orElse(null);
        ZoneId readIn = zone != null ? zone : context.zone() != null ? context.zone() : UTC;
        Instant at = Times.resolve(day, new Times.TimeOfDay(h.time(), zone,
                written.map(TimeHead.WrittenZone::daylight).orElse(null)), readIn);
        String shown = line.strip();
        shown = shown.length() > 60 ? shown.substring(0, 60) + "…" : shown;
        return Optional.of(new ZeroHour(at, day, zone, new TimeContext.Origin("the line \"" + shown + "\"", lines)));
    }
}
