package dev.hindsight.generate;

import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;

/**
 * One synthetic incident's timeline: the milestones in the order the rules require (started, detected,
 * acknowledged, mitigated, resolved, with declared, escalated, root cause and closed on some) and notes between
 * them. Durations are log-normal, as real incident durations are: most incidents are over within the hour, a few
 * run for many hours. Longer incidents have longer timelines; the mean is about {@link #MEAN_EVENTS} events.
 */
record ResponseTimeline(Timeline timeline, Instant started, Instant detected, Instant acknowledged,
                        Instant mitigated, Instant resolved) {

    /** The median incident lasts this long from start to resolution. */
    static final double MEDIAN_MINUTES = 40;
    /** Spread of log-duration: puts the 90th percentile near five hours. */
    static final double DURATION_SIGMA = 1.55;
    static final int MEAN_EVENTS = 30;
    private static final double SHORTEST_MINUTES = 3;
    private static final double LONGEST_MINUTES = 7 * 24 * 60;
    /** How strongly the number of events follows the duration, and how much it varies besides. */
    private static final double EVENTS_WITH_DURATION = 0.4;
    private static final double EVENTS_OWN_SPREAD = 0.4;
    private static final int MOST_EVENTS = 400;

    /**
     * Draws the response to an incident that started at {@code started}; it is resolved before {@code latestEnd}
     * (the incident cannot outlast the time the store is generated for).
     */
    static ResponseTimeline draw(Instant started, Instant latestEnd, ZoneId zone, String scribe, Wording words,
                                 WordPools pools, Odds odds) {
        double z = odds.normal();
        double minutes = Math.max(SHORTEST_MINUTES, Math.min(LONGEST_MINUTES,
                MEDIAN_MINUTES * Math.exp(DURATION_SIGMA * z)));
        long total = Math.max(60, Math.min((long) (minutes * 60), Duration.between(started, latestEnd).toSeconds()));
        // The phases share the total; detection and acknowledgement are usually the short ones.
        double toDetect = odds.exponential(0.12);
        double toAcknowledge = odds.exponential(0.06);
        double toMitigate = odds.exponential(0.47);
        double toResolve = odds.exponential(0.35);
        double sum = toDetect + toAcknowledge + toMitigate + toResolve;
        Instant detected = started.plusSeconds((long) (total * toDetect / sum));
        Instant acknowledged = started.plusSeconds((long) (total * (toDetect + toAcknowledge) / sum));
        Instant mitigated = started.plusSeconds((long) (total * (sum - toResolve) / sum));
        Instant resolved = started.plusSeconds(total);

        Events events = new Events(new ArrayList<>(64), zone, scribe, words);
        events.add(started, EventKind.STARTED, pools.milestone("started"), null);
        events.add(detected, EventKind.DETECTED, pools.milestone("detected"), "pagerduty");
        events.add(acknowledged, EventKind.ACKNOWLEDGED, pools.milestone("acknowledged"), "pagerduty");
        long responding = Duration.between(acknowledged, mitigated).toSeconds();
        if (odds.chance(0.7)) {
            events.add(acknowledged.plusSeconds((long) (responding * 0.1 * odds.unit())), EventKind.DECLARED,
                    pools.milestone("declared"), null);
        }
        if (odds.chance(0.25)) {
            events.add(acknowledged.plusSeconds((long) (responding * 0.6 * odds.unit())), EventKind.ESCALATED,
                    pools.milestone("escalated"), null);
        }
        Instant understood = acknowledged;
        if (odds.chance(0.6)) {
            understood = acknowledged.plusSeconds((long) (responding * (0.2 + 0.7 * odds.unit())));
            events.add(understood, EventKind.ROOT_CAUSE_IDENTIFIED, pools.milestone("rootCause"), null);
        }
        if (odds.chance(0.5)) {
            long left = Duration.between(understood, mitigated).toSeconds();
            events.add(understood.plusSeconds((long) (left * odds.unit())), EventKind.MITIGATION_STARTED,
                    pools.milestone("mitigationStarted"), null);
        }
        events.add(mitigated, EventKind.MITIGATED, pools.milestone("mitigated"), null);
        events.add(resolved, EventKind.RESOLVED, pools.milestone("resolved"), null);
        if (odds.chance(0.4)) {
            Instant closed = resolved.plusSeconds((long) odds.exponential(1800));
            events.add(closed.isAfter(latestEnd) ? latestEnd : closed, EventKind.CLOSED,
                    pools.milestone("closed"), null);
        }

        double spread = EVENTS_WITH_DURATION * z + EVENTS_OWN_SPREAD * odds.normal();
        double meanOne = (EVENTS_WITH_DURATION * EVENTS_WITH_DURATION + EVENTS_OWN_SPREAD * EVENTS_OWN_SPREAD) / 2;
        int wanted = (int) Math.round(MEAN_EVENTS * Math.exp(spread - meanOne));
        int notes = Math.max(1, Math.min(MOST_EVENTS, wanted) - events.size());
        long window = Duration.between(detected, resolved).toSeconds();
        for (int i = 0; i < notes; i++) {
            events.add(detected.plusSeconds((long) (window * odds.unit())), EventKind.NOTE, pools.notes(), "slack");
        }
        return new ResponseTimeline(new Timeline(events.all()), started, detected, acknowledged, mitigated, resolved);
    }

    Duration duration() {
        return Duration.between(started, resolved);
    }

    /** The entries as the scribe types them, in the incident's zone. */
    private record Events(List<TimelineEvent> all, ZoneId zone, String scribe, Wording words) {

        void add(Instant at, EventKind kind, List<String> lines, String source) {
            all.add(new TimelineEvent(at, zone, words.any(lines), kind, scribe, source == null ? "slack" : source));
        }

        int size() {
            return all.size();
        }
    }
}
