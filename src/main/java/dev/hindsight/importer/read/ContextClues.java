package dev.hindsight.importer.read;

import dev.hindsight.importer.read.Times;
import dev.hindsight.importer.words.ReadingWords;
import java.time.ZoneId;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The sentences and labels a document states its times' day and zone with: "All times US/Pacific", "Times are in
 * UTC", "Timeline (PST)", "Date: 2025-03-26", "Start Time (UTC): 14:02", front-matter keys. Thread-safe.
 */
final class ContextClues {

    /** Only this much of a block is searched for a zone statement: they are short and come early. */
    private static final int LONGEST_STATEMENT_SEARCH = 2000;
    static final Pattern ZONE_STATEMENT = Pattern.compile("(?i)\\b(?:time\\s*zone|timestamps?|times?|hours|clock)"
            + "\\b\\s*(?:[:=]\\s*)?(?:(?:are|is)\\s+)?(?:(?:shown|given|listed|written|expressed|stated|reported"
            + "|displayed|quoted)\\s+)?(?:in\\s+)?([^.,;()\\n]{1,40})");
    private static final Pattern PARENTHESISED_ZONE = Pattern.compile(
            "\\(\\s*(?:(?i:all\\s+)?(?i:times?\\s+)?(?i:in\\s+)?)([A-Za-z]{1,5}|[A-Za-z]+/[A-Za-z_]+"
                    + "|(?i:utc|gmt)\\s?[+\u2212-]\\d{1,2}(?::?\\d{2})?)\\s*[),]");
    /** The offset an abbreviation is given beside it: "(NDT, UTC\u22122:30)" defines NDT, whatever else it is. */
    private static final Pattern GIVEN_OFFSET = Pattern.compile(
            "\\G\\s*,\\s*((?i:utc|gmt)\\s?[+\u2212-]\\d{1,2}(?::?\\d{2})?)\\s*\\)");
    private static final Pattern LABEL = Pattern.compile(
            "^\\s*([A-Za-z][A-Za-z /&_-]{0,30}?)\\s*(\\([^)]{1,20}\\))?\\s*:\\s*(\\S.*)$");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    private static final Pattern YEAR = Pattern.compile("\\b(19[7-9]\\d|20\\d{2})\\b");

    /**
     * Labels (lower case, letters and single spaces) whose value is the incident's day or start: "Incident date",
     * "Start time", an occurrence report's "Date/time of occurrence" (importer/time-words.json).
     */
    private static final Set<String> DATE_LABELS = Set.copyOf(
            ReadingWords.load("time-words.json").list("dateLabels"));
    /** The first word of each date label: a line whose label starts with another word is not looked at further. */
    private static final Set<String> DATE_LABEL_FIRST_WORDS = DATE_LABELS.stream().map(l -> l.split(" ")[0])
            .collect(java.util.stream.Collectors.toUnmodifiableSet());
    /** Date labels that name when the page or ticket was made, often a day after the incident: weaker clues. */
    private static final Set<String> WINDOW_LABELS = Set.of("duration", "window", "outage window", "impact window",
            "incident window", "timeframe", "time frame");
    private static final Set<String> WEAK_LABELS = Set.of("created", "created at", "created on", "created time",
            "opened", "opened at", "opened on");
    /** Front-matter keys (lower case, letters only) naming the incident's day or start, before a plain "date". */
    private static final Set<String> INCIDENT_KEYS = Set.of("incidentdate", "start", "started", "startedat", "starttime",
            "incidentstart", "incidentstarted", "occurred", "occurredat", "began", "impactstart", "outagestart",
            "incidentday", "day", "when");
    private static final Set<String> ZONE_KEYS = Set.of("timezone", "tz", "zone", "times", "timeszone");

    private ContextClues() {
    }

    /** The zone a sentence states for the document's times ("All times are in UTC"), if it states one. */
    static Optional<ZoneId> statedZone(String text) {
        String t = text.length() > LONGEST_STATEMENT_SEARCH ? text.substring(0, LONGEST_STATEMENT_SEARCH) : text;
        int from = statementStart(t);
        if (from < 0) {
            return Optional.empty();
        }
        // Searched from there, the characters before it seen by the pattern's word boundary as in the whole text.
        Matcher m = ZONE_STATEMENT.matcher(t).useTransparentBounds(true).region(from, t.length());
        while (m.find()) {
            // "All times Central (CST)": the zone's name in words, its abbreviation after it, which says it exactly
            // ("Australian Eastern Standard Time (AEST, UTC+10)" is not New York's eastern time).
            int paren = asideAfter(t, m.end());
            Optional<ZoneId> zone = paren >= 0
                    ? parenthesisedZone(t.substring(paren, Math.min(t.length(), paren + 30))) : Optional.empty();
            if (zone.isEmpty()) {
                zone = Times.zone(m.group(1));
            }
            if (zone.isEmpty() && paren >= 0) {
                // Only when the words before it name none: "Europe/Lisbon (WEST, UTC+1)" is Lisbon, not UTC.
                zone = placeAside(t, paren);
            }
            if (zone.isPresent()) {
                return zone;
            }
        }
        // "all times are UK local time", "At 02:40 Lisbon time the deploy ran": a clock named by its place, when the
        // block names only the one.
        return PlaceTimes.only(t);
    }

    /** "plant time (Monterrey, CST, UTC−6)": the zone an aside naming the place first and its abbreviation after gives. */
    private static Optional<ZoneId> placeAside(String t, int paren) {
        int close = t.indexOf(')', paren);
        return close < 0 || close - paren > 40 ? Optional.empty() : Times.zone(t.substring(paren + 1, close));
    }

    /** The zone a bracketed aside in a value states ("Leeds DC (all times are UK local time, BST)"), if any. */
    static Optional<ZoneId> asideZone(String value) {
        int open = value.indexOf('(');
        int close = open < 0 ? -1 : value.indexOf(')', open);
        return close < 0 ? Optional.empty() : statedZone(value.substring(open + 1, close));
    }

    /** The bracket opening an aside at {@code at} or a few words on in the same clause, else -1. */
    private static int asideAfter(String t, int at) {
        for (int i = at; i < t.length() && i < at + 24; i++) {
            char c = t.charAt(i);
            if (c == '(') {
                return i;
            }
            if (c == '.' || c == ',' || c == ';' || c == ')'
                    || c == '\n' && i + 1 < t.length() && t.charAt(i + 1) == '\n') {
                return -1; // a blank line ends the statement; a line it is wrapped over does not
            }
        }
        return -1;
    }

    /**
     * Where a zone statement could start: every one starts with the word "time", "hours" or "clock" after a word
     * boundary, so none starts before the first of them in the lowered text (where lowering kept every character in
     * place) that no ASCII letter, digit or '_' comes right before ("timeline" and "times" count, "downtime" does
     * not). -1 when the text has none.
     */
    static int statementStart(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        int first = -1;
        for (String word : STATEMENT_WORDS) {
            int at = lower.indexOf(word);
            while (at > 0 && asciiWordChar(lower.charAt(at - 1))) {
                at = lower.indexOf(word, at + 1);
            }
            if (at >= 0 && (first < 0 || at < first)) {
                first = at;
            }
        }
        return first < 0 || lower.length() == text.length() ? first : 0;
    }

    /** A character {@code \b} reads as part of a word, of those a lowered ASCII text holds. */
    private static boolean asciiWordChar(char c) {
        return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '_';
    }

    private static final String[] STATEMENT_WORDS = {"time", "hours", "clock"};

    /**
     * A zone in parentheses, as a heading or a table header writes it: "Timeline (PST)", "Time (UTC)", or first
     * among other words there ("Timeline (CEST, 24 June 2025)").
     */
    static Optional<ZoneId> parenthesisedZone(String text) {
        if (text.indexOf('(') < 0) {
            return Optional.empty();
        }
        Matcher m = PARENTHESISED_ZONE.matcher(text.length() > 300 ? text.substring(0, 300) : text);
        while (m.find()) {
            Optional<ZoneId> zone = TimeHead.zone(m.group(1)).map(TimeHead.WrittenZone::zone);
            if (zone.isPresent()) {
                return zone;
            }
            // An abbreviation the reader does not know, its offset given beside it: "(NDT, UTC\u22122:30)".
            Matcher after = GIVEN_OFFSET.matcher(text).region(m.end(1), Math.min(text.length(), 300));
            if (after.lookingAt()) {
                zone = TimeHead.zone(after.group(1).replace(" ", "")).map(TimeHead.WrittenZone::zone);
                if (zone.isPresent()) {
                    return zone;
                }
            }
        }
        return Optional.empty();
    }

    /** A labelled line giving the incident's day or start ("Incident date: …"): its value and any zone in the label. */
    static Optional<Labelled> dateLabel(String line) {
        if (line.indexOf("...") > 0 && line.length() <= 300) {
            // "Start .......... 2026-12-01 16:22": a label with a leader of dots, read as "Start: 2026-12-01 16:22"
            Optional<LabelledLines.Labelled> led = LabelledLines.read(line);
            int colon = line.indexOf(':');
            if (led.isPresent() && (colon < 0 || colon > line.indexOf("..."))) {
                line = led.get().label() + ": " + led.get().value();
            }
        }
        if (line.length() > 300 || line.indexOf(':') < 0 || !startsWithLetter(line)) {
            return Optional.empty();
        }
        if (!DATE_LABEL_FIRST_WORDS.contains(firstWord(line))) {
            return Optional.empty(); // the label's first word is its first run of letters
        }
        Matcher m = LABEL.matcher(line);
        if (!m.matches()) {
            return Optional.empty();
        }
        String label = normalised(m.group(1));
        if (!DATE_LABELS.contains(label)) {
            return Optional.empty();
        }
        ZoneId zone = m.group(2) == null ? null : parenthesisedZone(m.group(2)).orElse(null);
        return Optional.of(new Labelled(label, m.group(3).strip(), zone));
    }

    /** The first run of ASCII letters after any white space, lowered. */
    private static String firstWord(String line) {
        int i = 0;
        while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        int j = i;
        while (j < line.length() && (line.charAt(j) >= 'a' && line.charAt(j) <= 'z'
                || line.charAt(j) >= 'A' && line.charAt(j) <= 'Z')) {
            j++;
        }
        return line.substring(i, j).toLowerCase(Locale.ROOT);
    }

    /** Whether the first character after any white space is an ASCII letter, as {@link #LABEL} requires. */
    private static boolean startsWithLetter(String line) {
        int i = 0;
        while (i < line.length() && " \t\n\u000B\f\r".indexOf(line.charAt(i)) >= 0) {
            i++;
        }
        return i < line.length() && (line.charAt(i) >= 'a' && line.charAt(i) <= 'z'
                || line.charAt(i) >= 'A' && line.charAt(i) <= 'Z');
    }

    /** Whether a date label names when the page was made rather than when the incident happened. */
    /**
     * Date labels that state when the incident ran ("Duration: Mar 2, 11:40 PM – Mar 3, 2:10 AM"): its start is the
     * incident's day, surer than the page's "Date:".
     */
    static boolean windowLabel(String label) {
        return WINDOW_LABELS.contains(label);
    }

    static boolean weakLabel(String label) {
        return WEAK_LABELS.contains(label);
    }

    /** The label of a two-cell metadata row ("Incident Date | 2025-03-26"), as {@link #dateLabel} would read it. */
    static Optional<Labelled> dateCell(String label, String value) {
        if (label.length() > 40 || value.isBlank()) {
            return Optional.empty();
        }
        String paren = label.indexOf('(') >= 0 ? label.substring(label.indexOf('(')) : null;
        String bare = paren == null ? label : label.substring(0, label.indexOf('('));
        if (!DATE_LABELS.contains(normalised(bare))) {
            return Optional.empty();
        }
        return Optional.of(new Labelled(normalised(bare), value.strip(),
                paren == null ? null : parenthesisedZone(paren).orElse(null)));
    }

    /** A front-matter key naming the incident's day or start, as opposed to a page's publication "date". */
    static boolean incidentKey(String key) {
        return INCIDENT_KEYS.contains(NOT_LETTERS.matcher(lastPart(key)).replaceAll(""));
    }

    static boolean plainDateKey(String key) {
        return "date".equals(NOT_LETTERS.matcher(lastPart(key)).replaceAll(""));
    }

    static boolean zoneKey(String key) {
        return ZONE_KEYS.contains(NOT_LETTERS.matcher(lastPart(key)).replaceAll(""));
    }

    /**
     * Whether a table row's label names the zone its times are in: "Time zone", or a bilingual label whose last part
     * does ("Zeitzone / Time zone").
     */
    static boolean zoneLabel(String label) {
        String l = label.substring(label.lastIndexOf('/') + 1);
        return l.length() <= 30 && zoneKey(l);
    }

    /** The first plausible year written in the text (1970-2099). */
    static Optional<Integer> year(String text) {
        Matcher m = YEAR.matcher(text.length() > 500 ? text.substring(0, 500) : text);
        return m.find() ? Optional.of(Integer.parseInt(m.group(1))) : Optional.empty();
    }

    private static String lastPart(String key) {
        String k = key.toLowerCase(Locale.ROOT);
        return k.substring(k.lastIndexOf('.') + 1);
    }

    /**
     * The label lowered, its runs of letters a to z parted by one space: as replacing each run of anything else
     * with a space and stripping would, by hand, since every two-cell table row's label is asked.
     */
    private static String normalised(String label) {
        String lower = label.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); i++) {
            char c = lower.charAt(i);
            if (c >= 'a' && c <= 'z') {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** A labelled value: the label as normalised, the value, the zone the label states ("(UTC)") or null. */
    record Labelled(String label, String value, ZoneId zone) {
    }
}
