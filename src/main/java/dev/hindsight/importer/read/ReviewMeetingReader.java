package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.review.ReviewMeeting;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Reads the meeting that reviews a post-mortem, written as labelled lines each with its value or with a list under
 * it: "Date: 2026-03-16", "Attendees:" then "- Marta Kowalski - Incident Commander", "Discussion points:" then the
 * points, "Review cadence:" then "- Week 1: check immediate actions". Which label is which part is data
 * ({@code importer/review-words.json}, "meeting"). Placeholders left in ("[Name] - [Role]") are no values.
 * Thread-safe (each call reads on its own).
 */
public final class ReviewMeetingReader {

    /** Each word of a label to the part of the meeting it names: date, attendees, discussion, cadence. */
    private static final Map<String, String> PARTS = ReadingWords.load("review-words.json").inverse("meeting");
    /** Each seed layout's example cadence, written when none is agreed: word for word, it is the template's. */
    private static final Map<String, List<String>> EXAMPLE_CADENCE = ReadingWords.load("review-words.json")
            .in("examples").map("cadence");

    /** "Name - Role", "Name — Role", "Name (Role)", "Name, Role". */
    private static final Pattern ROLE = Pattern.compile("\\s+[-–—]\\s+|,\\s+");

    /**
     * What was read, and the blocks it was read from (the labels' blocks and their lists) for the caller to take
     * out of what other readers see.
     */
    public record Reading(ReviewMeeting meeting, List<dev.hindsight.review.FollowUpReview> followUps, Lines lines,
                          Set<Block> used) {
        public boolean found() {
            return !used.isEmpty();
        }
    }

    private ReviewMeetingReader() {
    }

    /** @param layout the seed layout the document is in, or "": its example cadence is the template's */
    public static Reading read(List<Block> blocks, ImportLog log, String layout) {
        LocalDate date = null;
        List<ReviewMeeting.Attendee> attendees = new ArrayList<>();
        List<String> points = new ArrayList<>();
        List<String> cadence = new ArrayList<>();
        List<dev.hindsight.review.FollowUpReview> followUps = new ArrayList<>();
        Set<Block> used = new LinkedHashSet<>(); // the order blocks were taken in, so reports read the same each run
        Lines span = null;
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (!(b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM)) || used.contains(b)) {
                continue;
            }
            List<Sourced<LabelledLines.Labelled>> labels = LabelledLines.read(List.of(b));
            List<String> parts = labels.stream().map(l -> PARTS.get(ReadingWords.normal(l.value().label())))
                    .toList();
            // Only a block all of whose labelled lines are the meeting's, and at least one of them.
            if (labels.isEmpty() || parts.contains(null) || labels.size() != b.text().strip().split("\n").length) {
                continue;
            }
            used.add(b);
            span = span == null ? b.lines() : span.span(b.lines());
            String listed = null;
            for (int j = 0; j < labels.size(); j++) {
                String value = labels.get(j).value().value().strip();
                String part = parts.get(j);
                if (value.isEmpty()) {
                    listed = part;
                    continue;
                }
                if (Placeholders.isUnfilled(value)) {
                    log.skip(labels.get(j).lines(), "'" + labels.get(j).value().label() + "' is not filled in");
                } else if (part.equals("date")) {
                    Optional<LocalDate> day = TimeReader.date(value);
                    if (day.isPresent()) {
                        date = day.get();
                    } else {
                        log.note("review meeting date '" + value + "' (" + labels.get(j).lines() + ") is no date");
                    }
                } else {
                    add(part, value, attendees, points, cadence);
                }
            }
            // A label with nothing after it on the last line: the list under it is its value.
            int level = b.is(Block.Kind.LIST_ITEM) ? b.level() : -1;
            for (int k = i + 1; listed != null && k < blocks.size() && blocks.get(k).is(Block.Kind.LIST_ITEM)
                    && blocks.get(k).level() > level; k++) {
                Block item = blocks.get(k);
                used.add(item);
                span = span.span(item.lines());
                String text = item.text().strip();
                Optional<dev.hindsight.review.FollowUpReview> dated = listed.equals("cadence")
                        ? followUp(text, Boolean.TRUE.equals(item.checked())) : Optional.empty();
                if (Placeholders.isUnfilled(text) || text.isEmpty()) {
                    log.skip(item.lines(), "'" + text + "' is a placeholder, not filled in");
                } else if (dated.isPresent()) {
                    followUps.add(dated.get());
                } else if (item.checked() != null && listed.equals("cadence")) {
                    // A ticked or open box under the cadence is a follow-up review held or due, not the cadence.
                    log.context(item.lines(), "a follow-up review under the review cadence");
                } else {
                    add(listed, text, attendees, points, cadence);
                }
            }
        }
        if (!cadence.isEmpty() && cadence.stream().map(ReadingWords::normal).toList()
                .equals(EXAMPLE_CADENCE.getOrDefault(layout == null ? "" : layout, List.of()))) {
            log.context(span, "the layout's example review cadence, not filled in");
            cadence.clear();
        }
        return new Reading(new ReviewMeeting(date, attendees, points, cadence), followUps,
                span == null ? Lines.of(1) : span, used);
    }

    /** A cadence step with its day: "2026-03-17: Check immediate actions", "Week 1 (2026-03-17): Check ...". */
    private static final Pattern DATED_STEP = Pattern.compile("^(?:(\\d{4}-\\d{2}-\\d{2})|[^():]*?"
            + "\\(\\s*(\\d{4}-\\d{2}-\\d{2})\\s*\\))\\s*:\\s*(.*)$", Pattern.DOTALL);

    /** A step of the cadence written with its day is a follow-up review, held when its box is ticked. */
    private static Optional<dev.hindsight.review.FollowUpReview> followUp(String text, boolean held) {
        var m = DATED_STEP.matcher(text);
        if (!m.matches()) {
            return Optional.empty();
        }
        return TimeReader.date(m.group(1) != null ? m.group(1) : m.group(2))
                .map(day -> new dev.hindsight.review.FollowUpReview(day, m.group(3).strip(), held));
    }

    private static void add(String part, String text, List<ReviewMeeting.Attendee> attendees, List<String> points,
                            List<String> cadence) {
        switch (part) {
            case "attendees" -> attendee(text).ifPresent(attendees::add);
            case "discussion" -> points.add(text);
            case "cadence" -> cadence.add(text);
            default -> {
                // a part review-words.json names that the meeting has no place for
            }
        }
    }

    /** "Marta Kowalski - Incident Commander": the name and the role; a role left as a placeholder is none. */
    private static Optional<ReviewMeeting.Attendee> attendee(String text) {
        String t = text;
        String role = "";
        if (t.endsWith(")") && t.indexOf('(') > 0) {
            role = t.substring(t.lastIndexOf('(') + 1, t.length() - 1);
            t = t.substring(0, t.lastIndexOf('(')).strip();
        } else {
            var m = ROLE.matcher(t);
            if (m.find()) {
                role = t.substring(m.end());
                t = t.substring(0, m.start());
            }
        }
        // "[Name] - [Role]": the template's line, not filled in
        return Placeholders.isUnfilled(t) ? Optional.empty()
                : Optional.of(new ReviewMeeting.Attendee(t, Placeholders.isUnfilled(role) ? "" : role));
    }
}
