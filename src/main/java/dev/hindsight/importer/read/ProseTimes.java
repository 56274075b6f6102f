package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The start and end of an incident as a summary states them in sentences: "from 16:58 to 18:46 UTC", "between
 * 10:40 and 11:25 PST on March 3", "started at 14:02 UTC and lasted 84 minutes". The first such statement in the
 * blocks is read; each time read is logged as a guess. Thread-safe.
 */
final class ProseTimes {

    /** Prose is searched this far into each block: summaries state the window early. */
    private static final int LONGEST = 4000;
    private static final String FILLER = "(?:(?:about|around|approximately|roughly|approx\\.)\\s+)?";
    /**
     * "16:58", "4:58 pm", "5pm", "noon", "12 midnight", and a log's whole instant, "2026-05-06T02:14:37Z", as a data
     * team writes it.
     */
    private static final String TIME = "((?:12(?::00)?\\s?)?(?:noon|midday|midnight)(?![a-z])|\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?(?:Z|[+-]\\d{2}:?\\d{2})?"
            + "|\\d{1,2}:\\d{2}(?:\\s?[ap]\\.?m\\.?)?|\\d{1,2}\\.\\d{2}\\s?[ap]\\.?m\\.?|\\d{1,2}\\s?[ap]\\.?m\\.?)"
            + "(?![\\w:])";
    /** "UTC", "(PST)", "UTC+2", "America/Denver", and a US zone's word before "time": "11:05 Mountain time". */
    private static final String ZONE = "(?:\\s?\\(?((?-i:[A-Z]{2,5})|utc[+-]\\d{1,2}(?::?\\d{2})?"
            + "|(?-i:[A-Z][a-z]+/[A-Za-z_]+)|(?-i:Mountain|Central|Pacific|Eastern)(?=\\s+(?i:time)\\b))\\)?)?";
    private static final String DAY = "(?:(?:" + TimeHead.WEEKDAYS + "),?\\s+)?(?:(?:" + DateHead.MONTHS
            + ")\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?(?:,?\\s+\\d{4})?|\\d{4}-\\d{2}-\\d{2}|\\d{1,2}(?:st|nd|rd|th)?\\s+(?:"
            + DateHead.MONTHS + ")(?:\\s+\\d{4})?)";
    private static final Pattern DAY_IN_SENTENCE = Pattern.compile("(?i)\\b" + DAY + "\\b");
    private static final String ON_DAY = "(?:,?\\s+on\\s+(" + DAY + "))?";
    private static final String ONE = FILLER + TIME + ZONE + ON_DAY;
    static final Pattern RANGE = Pattern.compile("(?i)\\b(?:from|between)\\s+" + ONE
            + "\\s*(?:to|and|until|till|through|-|–|—)\\s*" + ONE);
    /**
     * "Broken 01:58-02:25 IST", "down 14:02–14:40 UTC": a state word right before a window of two times joined by a
     * dash or "to" (importer/time-words.json {@code windowStates}), as a short note writes the outage.
     */
    private static final String[] WINDOW_STATES = dev.hindsight.importer.words.ReadingWords.load("time-words.json")
            .list("windowStates").toArray(String[]::new);
    private static final Pattern STATE_RANGE = Pattern.compile("(?i)\\b(?:" + String.join("|", WINDOW_STATES)
            .replace(" ", "\\s+") + ")\\s+" + ONE + "\\s*(?:to|until|-|–|—)\\s*" + ONE);
    /**
     * "**Duration:** 08:41–09:54 UTC (1 h 13 m)": a labelled window, its times alone after the label, or after the
     * day they are on ("Timeframe: November 4, 2026, 15:12 – 16:40 CET").
     */
    static final Pattern LABELLED_RANGE = Pattern.compile("(?im)^[\\s*_-]*(?:duration|window|outage window"
            + "|incident window|impact window|time ?frame|outage|impact|when)[*_]*\\s*:[*_]*\\s*(?:" + DAY + ",?\\s+)?" + ONE
            + "\\s*(?:to|until|till|through|-|–|—)\\s*" + ONE);
    private static final Pattern INCIDENT_WINDOW = Pattern.compile("(?i)^[\\s*_-]*(?:incident window|outage window"
            + "|impact window|duration)\\b");
    /** "started at 14:02", and "top-ups made from 6.05am onwards were lost": a time the harm runs on from. */
    static final Pattern STARTED = Pattern.compile("(?i)(?:\\b(?:started|began|begun|starting|beginning|commenced)"
            + "\\s+(?:at\\s+)?|\\bfrom\\s+(?=[^;]{1,30}?\\bonwards?\\b))" + ONE);
    private static final Pattern ENDED = Pattern.compile("(?i)\\b(?:resolved|ended|recovered|restored|mitigated|fixed)"
            + "\\s+(?:at|by)\\s+" + ONE);
    private static final Pattern LASTED = Pattern.compile("(?i)\\b(?:lasted|lasting|for|duration\\s+of)\\s+" + FILLER
            + "(\\d{1,4})\\s*(hours?|hrs?|h|minutes?|mins?|m)\\b"
            + "(?:\\s*(?:and\\s+)?(\\d{1,2})\\s*(?:minutes?|mins?|m)\\b)?");

    /**
     * A window in parentheses after how long it lasted: "1 h 38 min of wrong-currency pages (11:02 a.m. to 12:40
     * p.m. EDT)", "failed for 51 minutes (21:37 to 22:28 BRT)". Read only when the window is as long as the
     * duration before it in the same sentence: office hours in parentheses ("(09:00-17:00)") are not a window.
     */
    private static final Pattern PARENTHESISED = Pattern.compile("(?i)\\(\\s*" + ONE
            + "\\s*(?:to|until|till|-|–|—)\\s*" + ONE + "\\s*\\)");
    /** How long, as a sentence says it before a window: "1 h 38 min", "51 minutes", "2 hours and 5 minutes". */
    private static final Pattern HOW_LONG = Pattern.compile("(?i)\\b(\\d{1,4})\\s*(hours?|hrs?|h|minutes?|mins?|m)\\b"
            + "(?:\\s*(?:and\\s+)?(\\d{1,2})\\s*(?:minutes?|mins?|m)\\b)?");
    /** How far before the window its duration may stand. */
    private static final int DURATION_BEFORE = 120;

    private ProseTimes() {
    }

    static List<Sourced<TimelineEvent>> read(List<Block> blocks, List<Block> labelled, TimeContext context,
                                             ImportLog log) {
        // Each pattern is tried only on a block holding a digit (every TIME has one) and the words it starts with.
        for (Block b : blocks) {
            if (prose(b)) {
                String text = capped(b.text());
                Matcher m = RANGE.matcher(text);
                if (Mentions.digit(text) && Mentions.anyWord(text, "from", "between") && m.find()) {
                    return window(b, m, context, log);
                }
            }
        }
        for (Block b : blocks) {
            if (prose(b) && Mentions.digit(b.text()) && hasDash(b.text()) && Mentions.anyWord(b.text(), WINDOW_STATES)) {
                Matcher m = STATE_RANGE.matcher(capped(b.text()));
                if (m.find()) {
                    return window(b, m, context, log);
                }
            }
        }
        java.util.Set<Block> inProse = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        inProse.addAll(blocks);
        for (Block b : labelled) {
            if (prose(b)) {
                String text = capped(b.text());
                Matcher m = LABELLED_RANGE.matcher(text);
                // Outside the summary's prose only the incident's own labels: not a meeting's "When: 15:00–16:00"
                if (text.indexOf(':') >= 0 && Mentions.digit(text) && m.find()
                        && (inProse.contains(b) || INCIDENT_WINDOW.matcher(m.group()).find())) {
                    return window(b, m, context, log);
                }
            }
        }
        for (Block b : blocks) {
            if (prose(b)) {
                String text = capped(b.text());
                Matcher m = STARTED.matcher(text);
                if (Mentions.digit(text) && Mentions.anyWord(text, "start", "beg", "commenced", "onward") && m.find()) {
                    return startAndEnd(b, text, m, context, log);
                }
            }
        }
        for (Block b : blocks) {
            if (prose(b) && b.text().indexOf('(') >= 0 && Mentions.digit(b.text())) {
                List<Sourced<TimelineEvent>> window = windowAfterDuration(b, capped(b.text()), context, log);
                if (!window.isEmpty()) {
                    return window;
                }
            }
        }
        return List.of();
    }

    /**
     * When a detection section's prose says it was noticed: its first sentence that opens with a time ("At 11:15
     * a.m. the checkout team's alert fired."), as a template's "Detection" section is written without a timeline.
     * A time inside a sentence ("… had been failing since 10:40") is not when anyone noticed.
     */
    static Optional<Sourced<TimelineEvent>> detection(List<Block> blocks, TimeContext context, ImportLog log) {
        return firstInSentences(blocks, s -> {
            Optional<TimeHead.Head> head = TimeHead.read(s.words());
            if (head.isEmpty() || head.get().time() == null || head.get().hasDate()) {
                return Optional.empty();
            }
            Lines lines = s.lines();
            String time = s.words().substring(0, Math.min(head.get().end(), s.words().length()));
            Optional<TimeReader.TimeAt> t = new TimeReader("timeline").at(time, context, lines, log);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            // The whole sentence, past the ". " of "a.m. " the split may have stopped at.
            int at = s.text().indexOf(time.strip(), s.from());
            String whole = sentence(s.text(), at, at + time.strip().length());
            return Optional.of(event(t.get(), EventKind.DETECTED, whole, lines, log));
        });
    }

    /** "at 10:35", "at about 4:12 pm MT": a time a sentence puts something at. */
    private static final Pattern AT_TIME = Pattern.compile("(?i)\\bat\\s+" + FILLER + TIME + ZONE);

    /**
     * When the summary's prose says how the incident was found out, with the time of it: "A store manager called the
     * help line at 10:35, which is how we found out." The first sentence whose words name the detection (as a
     * timeline entry's clear words would) and that puts it at one time; empty when none does.
     */
    static Optional<Sourced<TimelineEvent>> detectionInSentence(List<Block> blocks, TimeContext context,
                                                               ImportLog log) {
        return firstInSentences(blocks, s -> {
            String words = firstClause(s.words());
            Matcher at = AT_TIME.matcher(words);
            if (!at.find() || at.find(at.end()) || MilestoneWords.of(words) != EventKind.DETECTED) {
                return Optional.empty();
            }
            at.find(0);
            String time = at.group().substring(2).strip();
            Lines lines = s.lines();
            return new TimeReader("timeline").at(time, context, lines, log)
                    .map(t -> event(t, EventKind.DETECTED, words, lines, log));
        });
    }

    /**
     * A sentence of a prose block, as {@link #firstInSentences} walks them: its words on one line, and the block's
     * text (cut at {@link #LONGEST}) it starts in at {@code from}.
     */
    private record Sentence(Block block, String text, int from, String words) {

        /** The block's line the sentence starts on; counted only for a sentence that is read. */
        Lines lines() {
            return BlockLines.lineOf(block, lineIndex(text, from));
        }
    }

    /**
     * The first event {@code read} finds in the blocks' prose, tried sentence by sentence in order: a block holding
     * no digit has no time and is passed over, and a sentence ends at ". " (so "a.m. " ends one too).
     */
    private static Optional<Sourced<TimelineEvent>> firstInSentences(List<Block> blocks,
            Function<Sentence, Optional<Sourced<TimelineEvent>>> read) {
        for (Block b : blocks) {
            if (!prose(b) || !Mentions.digit(b.text())) {
                continue;
            }
            String text = capped(b.text());
            int from = 0;
            while (from < text.length()) {
                int end = text.indexOf(". ", from);
                end = end < 0 ? text.length() : end + 1;
                Optional<Sourced<TimelineEvent>> found =
                        read.apply(new Sentence(b, text, from, text.substring(from, end).replace('\n', ' ').strip()));
                if (found.isPresent()) {
                    return found;
                }
                from = end;
            }
        }
        return Optional.empty();
    }

    /**
     * A sentence's first clause when it says the detection on its own: "Ellie spotted it at 7.30am and rang me; I
     * restored the file at noon" tells when it was noticed before the semicolon. Else the whole sentence.
     */
    private static String firstClause(String sentence) {
        int semicolon = sentence.indexOf("; ");
        if (semicolon < 0) {
            return sentence;
        }
        String first = sentence.substring(0, semicolon + 1);
        return MilestoneWords.of(first) == EventKind.DETECTED ? first : sentence;
    }

    /** The first parenthesised window of the block that is as long as the duration written before it. */
    private static List<Sourced<TimelineEvent>> windowAfterDuration(Block b, String text, TimeContext context,
                                                                    ImportLog log) {
        Matcher m = PARENTHESISED.matcher(text);
        while (m.find()) {
            int from = Math.max(Math.max(text.lastIndexOf(". ", m.start()) + 1, m.start() - DURATION_BEFORE), 0);
            Matcher lasted = HOW_LONG.matcher(text).region(from, m.start());
            if (!lasted.find()) {
                continue;
            }
            Duration stated = duration(lasted);
            ImportLog tried = new ImportLog(); // the window's guesses count only if it is the one
            List<Sourced<TimelineEvent>> window = window(b, m, context, tried);
            if (window.size() == 2 && Duration.between(window.get(0).value().at(), window.get(1).value().at())
                    .minus(stated).abs().compareTo(Duration.ofMinutes(1)) <= 0) {
                return window(b, m, context, log);
            }
        }
        return List.of();
    }

    /** "from T1 to T2": groups 1-3 the start's time, zone and day, 4-6 the end's. */
    private static List<Sourced<TimelineEvent>> window(Block b, Matcher m, TimeContext context, ImportLog log) {
        String startZone = zone(m.group(2)).orElse(zone(m.group(5)).orElse(null));
        String endZone = zone(m.group(5)).orElse(startZone);
        // The day written between the label and the first time counts as written before the times.
        String before = dayBefore(b.text(), m.start(1));
        String startDay = m.group(3) != null ? m.group(3) : m.group(6) != null ? m.group(6) : before;
        String endDay = m.group(6) != null ? m.group(6) : m.group(3) != null ? m.group(3) : before;
        TimeReader reader = new TimeReader("timeline");
        Lines lines = BlockLines.lineOf(b, lineIndex(b.text(), m.start()));
        String sentence = sentence(b.text(), m.start(), m.end());
        List<Sourced<TimelineEvent>> out = new ArrayList<>(2);
        Optional<TimeReader.TimeAt> start = at(reader, m.group(1), startZone, startDay, sentence, context, lines, log);
        start.ifPresent(t -> out.add(event(t, EventKind.STARTED, sentence, lines, log)));
        at(reader, m.group(4), endZone, endDay, sentence, context, lines, log)
                .ifPresent(t -> out.add(event(t, EventKind.RESOLVED, sentence, lines, log)));
        return out;
    }

    /** "started at T": the end from "lasted D" or "resolved at T2" later in the same block, if stated. */
    private static List<Sourced<TimelineEvent>> startAndEnd(Block b, String text, Matcher m, TimeContext context,
                                                            ImportLog log) {
        TimeReader reader = new TimeReader("timeline");
        Lines lines = BlockLines.lineOf(b, lineIndex(text, m.start()));
        String sentence = sentence(text, m.start(), m.end());
        String day = m.group(3) != null ? m.group(3) : dayBefore(text, m.start());
        Optional<TimeReader.TimeAt> start = at(reader, m.group(1), zone(m.group(2)).orElse(null), day, sentence,
                context, lines, log);
        if (start.isEmpty()) {
            return List.of();
        }
        List<Sourced<TimelineEvent>> out = new ArrayList<>(2);
        out.add(event(start.get(), EventKind.STARTED, sentence, lines, log));
        Matcher lasted = LASTED.matcher(text).region(m.end(), text.length());
        Matcher ended = ENDED.matcher(text).region(m.end(), text.length());
        if (lasted.find() && lasted.start() - m.end() < 200) {
            Duration d = duration(lasted);
            Lines endLines = BlockLines.lineOf(b, lineIndex(text, lasted.start()));
            TimeReader.TimeAt end = new TimeReader.TimeAt(start.get().at().plus(d), start.get().zone(), "");
            out.add(event(end, EventKind.RESOLVED, sentence(text, lasted.start(), lasted.end()), endLines, log));
        } else if (ended.find() && ended.start() - m.end() < 400) {
            String endZone = zone(ended.group(2)).orElse(zone(m.group(2)).orElse(null));
            String endSentence = sentence(text, ended.start(), ended.end());
            Lines endLines = BlockLines.lineOf(b, lineIndex(text, ended.start()));
            at(reader, ended.group(1), endZone, ended.group(3) != null ? ended.group(3) : day, endSentence,
                    context, endLines, log)
                    .ifPresent(t -> out.add(event(t, EventKind.RESOLVED, endSentence, endLines, log)));
        }
        return out;
    }

    /**
     * The day the sentence states before its times: "On 2023-07-20 between 12:17 and 12:30 UTC", "on Monday 22
     * April, between 08:00 and 10:00 UTC". The last one written between the sentence's start and the times.
     */
    private static String dayBefore(String text, int at) {
        int from = Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at)) + 1, 0);
        Matcher day = DAY_IN_SENTENCE.matcher(text).region(from, at);
        String found = null;
        while (day.find()) {
            found = day.group();
        }
        return found;
    }

    private static Optional<TimeReader.TimeAt> at(TimeReader reader, String time, String zone, String day,
                                                  String sentence, TimeContext context, Lines lines, ImportLog log) {
        TimeContext on = context;
        if (day != null) {
            Optional<LocalDate> date = TimeReader.date(day).or(() -> DatePhrases.monthDay(day)
                    .filter(md -> context.year() != null).map(md -> md.atYear(context.year())));
            if (date.isPresent()) {
                on = context.withDate(date.get(), new TimeContext.Origin("the sentence \"" + sentence + "\"", lines));
            }
        }
        Optional<TimeHead.WrittenZone> word = zone == null || zone.indexOf('/') >= 0 || Character.isUpperCase(zone
                .charAt(zone.length() - 1)) ? Optional.empty() : TimeHead.zone(zone);
        if (word.isPresent()) {
            // "Mountain time": a zone in words, which a clock time's reader takes only as an abbreviation.
            return reader.at(time, on.withZone(word.get().zone(), new TimeContext.Origin("the sentence \""
                    + sentence + "\"", lines)), lines, log);
        }
        return reader.at(time + (zone == null ? "" : " " + zone), on, lines, log);
    }

    private static Sourced<TimelineEvent> event(TimeReader.TimeAt t, EventKind kind, String sentence, Lines lines,
                                                ImportLog log) {
        String which = kind == EventKind.STARTED ? "start" : kind == EventKind.DETECTED ? "detection" : "end";
        log.guess("timeline", which + " read from the prose: \"" + sentence + "\"", lines);
        return new Sourced<>(new TimelineEvent(t.at(), t.zone(), sentence, kind, null, "import (prose)"), lines);
    }

    /** The zone token if it names one ("UTC", "PST"), not a word that only looks like one ("IT"). */
    private static Optional<String> zone(String token) {
        return token != null && TimeHead.zone(token).isPresent() ? Optional.of(token) : Optional.empty();
    }

    private static Duration duration(Matcher m) {
        long amount = Long.parseLong(m.group(1));
        Duration d = m.group(2).toLowerCase(Locale.ROOT).startsWith("h") ? Duration.ofHours(amount)
                : Duration.ofMinutes(amount);
        return m.group(3) == null ? d : d.plusMinutes(Long.parseLong(m.group(3)));
    }

    /** Whether a dash that may join two times stands in the text: no window of {@link #STATE_RANGE} without one. */
    private static boolean hasDash(String text) {
        return text.indexOf('-') >= 0 || text.indexOf('\u2013') >= 0 || text.indexOf('\u2014') >= 0
                || text.contains(" to ");
    }

    private static boolean prose(Block b) {
        return b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM) || b.is(Block.Kind.QUOTE);
    }

    /** The sentence around a match, on one line, at most 200 characters. */
    static String sentence(String text, int start, int end) {
        int from = Math.max(Math.max(text.lastIndexOf(". ", start), text.lastIndexOf('\n', start)) + 1, 0);
        int to = text.indexOf(". ", end);
        to = to < 0 ? text.length() : to + 1;
        String s = text.substring(from, to).replace('\n', ' ').strip();
        return s.length() > 200 ? s.substring(0, 200) + "…" : s;
    }

    static int lineIndex(String text, int at) {
        int n = 0;
        for (int i = 0; i < at && i < text.length(); i++) {
            if (text.charAt(i) == '\n') {
                n++;
            }
        }
        return n;
    }

    private static String capped(String text) {
        return text.length() > LONGEST ? text.substring(0, LONGEST) : text;
    }
}
