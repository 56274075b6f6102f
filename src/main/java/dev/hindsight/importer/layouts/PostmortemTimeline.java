package dev.hindsight.importer.layouts;

import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The timeline of the incident post-mortem layout: "- **2:05 PM**: what happened", one entry a line, in the
 * zone the section states. Hindsight marks milestones after the text ("*(Detected)*"); a document without
 * such marks gets its milestones from the template's own event words ("Investigation began", "Service fully
 * restored"), then from {@link Milestones}.
 */
final class PostmortemTimeline {

    private static final Pattern BOLD = Pattern.compile("^(?:\\*\\*|__)(.+?)(?:\\*\\*|__)\\s*(?:[:\\-–—|]\\s*)?(.*)$");
    static final Pattern MARK = Pattern.compile("\\s*[*_]\\(([^()]+)\\)[*_]\\s*$");
    private static final Pattern ZONE_AFTER = Pattern.compile("^\\s*\\(?([A-Z]{1,5})\\)?(?=[\\s:\\-–—|\\]]|$)");
    private static final Pattern LEAD = Pattern.compile("^[\\s:\\-–—|,]+");
    private static final Pattern COLON_END = Pattern.compile(":$");
    private static final Pattern BRACKETS = Pattern.compile("^\\[\\s*|\\s*\\]$");
    private static final Pattern CLOSING = Pattern.compile("^\\]");
    private static final Pattern EMPHASIS = Pattern.compile("\\*\\*|__");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Map<EventKind, Pattern> SEED_WORDS = new LinkedHashMap<>();
    /** Each milestone by its label, code and aliases, normalised; the first milestone to claim a name keeps it. */
    private static final Map<String, EventKind> MILESTONES = new java.util.HashMap<>();

    static {
        SEED_WORDS.put(EventKind.DETECTED, words("initial (detection|alert|report)"));
        SEED_WORDS.put(EventKind.ACKNOWLEDGED, words("investigation (began|begun|started)"));
        SEED_WORDS.put(EventKind.ROOT_CAUSE_IDENTIFIED, words("key findings?"));
        SEED_WORDS.put(EventKind.MITIGATION_STARTED, words("additional steps( taken)?"));
        SEED_WORDS.put(EventKind.MITIGATED, words("resolution implemented"));
        SEED_WORDS.put(EventKind.RESOLVED, words("(service|services|fully) (fully )?restored"));
        for (EventKind kind : EventKind.values()) {
            if (kind.isMilestone()) {
                MILESTONES.putIfAbsent(Section.normal(kind.label()), kind);
                MILESTONES.putIfAbsent(Section.normal(kind.code()), kind);
                kind.aliases().forEach(a -> MILESTONES.putIfAbsent(Section.normal(a), kind));
            }
        }
    }

    private PostmortemTimeline() {
    }

    private static Pattern words(String alternatives) {
        return Pattern.compile("(?i)\\b(" + alternatives + ")\\b");
    }

    /** The entries of the section, in the order written, with their milestones. */
    static List<TimelineEvent> read(Section section, PostmortemClock.Cursor cursor, ImportContext context) {
        List<TimelineEvent> events = new ArrayList<>();
        boolean marked = false;
        LocalDate near = cursor.day();
        for (String item : section.bullets()) {
            String[] entry = entry(item);
            // A bold lead that holds no time is not an entry: read it once here, not also to tell that.
            Optional<PostmortemClock.When> when = entry == null ? Optional.empty()
                    : PostmortemClock.when(entry[0], near);
            if (entry == null || when.isEmpty() && entry[2] != null) {
                if (!Placeholders.isUnfilled(EMPHASIS.matcher(item).replaceAll("").split(":", 2)[0])) {
                    context.note("timeline entry '" + item + "' has no time; skipped");
                }
                continue;
            }
            Optional<Instant> at = when.flatMap(cursor::at);
            if (at.isEmpty()) {
                context.note("timeline entry '" + item + "' has no readable date and time; skipped");
                continue;
            }
            near = cursor.day();
            String text = entry[1];
            EventKind kind = EventKind.NOTE;
            int[] mark = mark(text);
            if (mark != null && kind(text.substring(mark[1], mark[2])) != null) {
                kind = kind(text.substring(mark[1], mark[2]));
                text = text.substring(0, mark[0]);
                marked = true;
            }
            if (Placeholders.isUnfilled(text)) {
                EventKind prompted = seedKind(text);
                if (kind == EventKind.NOTE && prompted == null) {
                    continue;
                }
                kind = kind == EventKind.NOTE ? prompted : kind;
                text = "";
            }
            ZoneId written = when.get().zone();
            ZoneId zone = written == null || written.getRules().equals(cursor.zone().getRules()) ? cursor.zone() : written;
            events.add(new TimelineEvent(at.get(), zone, text.strip(), kind, null, null));
        }
        return marked ? events : Milestones.guess(seedWords(events));
    }

    /**
     * The written time and the text of an entry, and whether the time was the bold lead ("**2:05 PM**"), which
     * may hold no time at all; null when the entry does not start with a bold lead or a time.
     */
    private static String[] entry(String item) {
        String t = item.strip();
        Matcher bold = BOLD.matcher(t);
        if (bold.matches()) {
            String when = BRACKETS.matcher(COLON_END.matcher(bold.group(1).strip()).replaceFirst("").strip())
                    .replaceAll("");
            return new String[] {when, bold.group(2), "bold"};
        }
        Matcher lead = PostmortemClock.WHEN.matcher(t);
        if (lead.find()) {
            String rest = t.substring(lead.end());
            Matcher zone = ZONE_AFTER.matcher(rest);
            String when = lead.group(1);
            if (zone.find() && Times.zone(zone.group(1)).isPresent()) {
                when = when + " " + zone.group(1);
                rest = rest.substring(zone.end());
            }
            return new String[] {when, LEAD.matcher(CLOSING.matcher(rest).replaceFirst("")).replaceFirst(""), null};
        }
        return null;
    }

    /**
     * Where {@link #MARK} finds a milestone mark ("_(Detected)_" closing the entry): the start of the match and the
     * bounds of the name, or null. By hand, as the regex tries every position of every entry: the mark can only
     * be the end of the text, so it is read backwards from there. Text ending in a character '$' treats as a
     * line end (U+0085, U+2028, U+2029) is left to the regex.
     */
    static int[] mark(String text) {
        int end = text.length();
        if (end > 0 && "\u0085\u2028\u2029".indexOf(text.charAt(end - 1)) >= 0) {
            Matcher m = MARK.matcher(text);
            return m.find() ? new int[] {m.start(), m.start(1), m.end(1)} : null;
        }
        while (end > 0 && RegexSpace.is(text.charAt(end - 1))) {
            end--;
        }
        if (end < 5 || !isMarkEdge(text.charAt(end - 1)) || text.charAt(end - 2) != ')') {
            return null;
        }
        int open = end - 3;
        while (open >= 0 && text.charAt(open) != '(' && text.charAt(open) != ')') {
            open--;
        }
        if (open < 1 || text.charAt(open) != '(' || open == end - 3 || !isMarkEdge(text.charAt(open - 1))) {
            return null;
        }
        int start = open - 1;
        while (start > 0 && RegexSpace.is(text.charAt(start - 1))) {
            start--;
        }
        return new int[] {start, open + 1, end - 2};
    }

    private static boolean isMarkEdge(char c) {
        return c == '*' || c == '_';
    }

    /** The milestone a mark names: Hindsight's labels and codes, or the template's own event words. */
    static EventKind kind(String label) {
        EventKind named = MILESTONES.get(Section.normal(label));
        if (named != null) {
            return named;
        }
        EventKind seed = seedKind(label);
        return seed != null && seedPhraseOnly(label) ? seed : null;
    }

    private static boolean seedPhraseOnly(String label) {
        return SPACES.split(label.strip()).length <= 4;
    }

    private static EventKind seedKind(String text) {
        for (Map.Entry<EventKind, Pattern> w : SEED_WORDS.entrySet()) {
            if (w.getValue().matcher(text).find()) {
                return w.getKey();
            }
        }
        return null;
    }

    /** Entries written with the template's event words become those milestones, each once and in order. */
    private static List<TimelineEvent> seedWords(List<TimelineEvent> events) {
        Set<EventKind> given = EnumSet.noneOf(EventKind.class);
        events.forEach(e -> given.add(e.kind()));
        List<TimelineEvent> out = new ArrayList<>(events.size());
        for (TimelineEvent e : events) {
            EventKind kind = e.kind() == EventKind.NOTE ? seedKind(e.text()) : null;
            if (kind != null && !given.contains(kind) && given.stream().noneMatch(kind::mustPrecede)) {
                given.add(kind);
                out.add(new TimelineEvent(e.at(), e.zone(), e.text(), kind, e.author(), e.source()));
            } else {
                out.add(e);
            }
        }
        return out;
    }

    /**
     * Adds the start and end the header's Duration states when the timeline has no such milestone: an entry at
     * that very time becomes it, or an entry with no text of its own is added. Never out of order.
     */
    static List<TimelineEvent> withSpan(List<TimelineEvent> events, PostmortemClock.Span span,
                                        ZoneId zone) {
        List<TimelineEvent> out = new ArrayList<>(events);
        span.start().ifPresent(at -> mark(out, at, EventKind.STARTED, zone));
        span.end().ifPresent(at -> mark(out, at, EventKind.RESOLVED, zone));
        return out;
    }

    private static void mark(List<TimelineEvent> events, Instant at, EventKind kind, ZoneId zone) {
        if (events.stream().anyMatch(e -> e.kind() == kind)) {
            return;
        }
        for (TimelineEvent e : events) {
            boolean wrongOrder = e.kind().mustPrecede(kind) && at.isBefore(e.at())
                    || kind.mustPrecede(e.kind()) && e.at().isBefore(at);
            if (wrongOrder) {
                return;
            }
        }
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            if (e.at().equals(at) && e.kind() == EventKind.NOTE) {
                events.set(i, new TimelineEvent(e.at(), e.zone(), e.text(), kind, e.author(), e.source()));
                return;
            }
        }
        events.add(new TimelineEvent(at, zone, "", kind, null, null));
    }
}
