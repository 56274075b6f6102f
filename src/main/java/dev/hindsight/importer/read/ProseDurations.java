package dev.hindsight.importer.read;

import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ReportedTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The response times one line of prose states: "an outage lasting 1 hour and 48 minutes", "was down for 66
 * minutes", "detected within 4 minutes", "mitigated after about an hour". A duration the prose goes on to add to
 * ("offline for 4 hours, read-only for a further 2 hours") is one part of the outage, not its length, and is not
 * read. Stateless; thread-safe.
 */
final class ProseDurations {

    /**
     * Words after which prose states a duration, one group per metric, in one pattern so each line is scanned
     * once: "lasted", "was down for", "an outage of" (total duration); "detected", "mitigated", "resolved" (each
     * followed by {@link #WITHIN}). Not "recovered", "fixed" or "restored": prose says them of one part ("the
     * replica recovered in 2 minutes") more often than of the incident.
     */
    private static final Pattern TRIGGER = Pattern.compile("(?i)\\b(?:(lasted|lasting|lasts|(?:(?:was|were|went|been"
            + "|is|are)\\s++)?(?:down|unavailable|degraded|offline|unreachable)\\s++for|(?:outage|downtime|disruption)"
            + "\\s++of|for\\s++a\\s++total\\s++of)|(detected|noticed|spotted)|(mitigated)"
            + "|(resolved))\\b");
    /**
     * Words one of which every {@link #TRIGGER} match holds, lower case: a line without any is not scanned, as
     * the pattern, with no fixed start, is tried at every character of every line.
     */
    private static final List<String> TRIGGER_WORDS = List.of("last", "down", "unavailable", "degraded", "offline",
            "unreachable", "outage", "disruption", "total", "detected", "noticed", "spotted", "mitigated", "resolved");
    private static final Metric[] TRIGGERED = {Metric.TOTAL_DURATION, Metric.TIME_TO_DETECT, Metric.TIME_TO_MITIGATE,
        Metric.TIME_TO_RESOLVE};
    private static final Pattern WITHIN = Pattern.compile("(?i)\\s++(?:(?:it|this|the\\s++(?:issue|problem|outage"
            + "|incident|error|failure|fault|service))\\s++)?(?:within|after|in)\\b");
    /**
     * After a duration, a further stretch of the same outage ("4 hours 23 minutes, read-only for a further 2 hours",
     * "and degraded for another 20 minutes"): the duration before it was one part of the outage, not its length.
     */
    private static final Pattern FURTHER = Pattern.compile("(?i)[\\s,;]*+(?:(?:and|then)\\s++)*+(?:[a-z-]++\\s++){0,4}"
            + "for\\s++(?:a\\s++further|another|an\\s++additional)\\b");
    /** The duration after "another" that names no figure: "another hour", "another half hour". */
    private static final Pattern ONE_UNIT = Pattern.compile("(?i)\\s++(?:half\\s++)?(?:day|hour|minute)\\b");

    private ProseDurations() {
    }

    /** The times the line states, in the order it states them. */
    static List<ReportedTime> in(String text) {
        List<ReportedTime> out = new ArrayList<>();
        if (!mayTrigger(text)) {
            return out;
        }
        Matcher m = TRIGGER.matcher(text);
        while (m.find()) {
            int group = 1;
            while (m.group(group) == null) {
                group++;
            }
            int end = m.end();
            if (group > 1) {
                Matcher within = WITHIN.matcher(text).region(end, text.length());
                if (!within.lookingAt()) {
                    continue;
                }
                end = within.end();
            }
            Optional<DurationPhrase> phrase = DurationPhrase.at(text, end);
            if (phrase.isPresent() && !(group == 1 && followedByMore(text, phrase.get().end()))) {
                Long minutes = DurationMinutes.minutes(phrase.get().text()).orElse(null);
                out.add(new ReportedTime(TRIGGERED[group - 1], minutes, phrase.get().text()));
            }
        }
        return out;
    }

    /** Whether a further stretch of the outage, with its own duration, follows the duration ending at {@code end}. */
    private static boolean followedByMore(String text, int end) {
        Matcher further = FURTHER.matcher(text).region(end, text.length());
        return further.lookingAt() && (DurationPhrase.at(text, further.end()).isPresent()
                || ONE_UNIT.matcher(text).region(further.end(), text.length()).lookingAt());
    }

    private static boolean mayTrigger(String text) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String word : TRIGGER_WORDS) {
            if (lower.contains(word)) {
                return true;
            }
        }
        return false;
    }
}
