package dev.hindsight.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

class TimelineTest {

    private static final ZoneId PACIFIC = ZoneId.of("America/Los_Angeles");

    private static Instant pacific(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(PACIFIC).toInstant();
    }

    @Test
    void gapsReadAsTheSevTemplateWritesThem() {
        Timeline timeline = new Timeline(List.of(
                TimelineEvent.note(pacific("2024-05-27T00:00:00"), "First event."),
                TimelineEvent.note(pacific("2024-05-27T00:01:00"), "Second event."),
                TimelineEvent.note(pacific("2024-05-28T08:01:00"), "Third event.")));

        assertThat(timeline.entries()).extracting(Timeline.Entry::gapPhrase)
                .containsExactly("-", "1 minute later", "1 day, 8 hours later");
    }

    @Test
    void eventsAreKeptInTimeOrderWhateverOrderTheyWereTypedIn() {
        Timeline timeline = new Timeline(List.of(
                TimelineEvent.note(Instant.parse("2026-01-01T10:05:00Z"), "later"),
                TimelineEvent.note(Instant.parse("2026-01-01T10:00:00Z"), "earlier"),
                TimelineEvent.note(Instant.parse("2026-01-01T10:05:00Z"), "same time, typed second")));

        assertThat(timeline.events()).extracting(TimelineEvent::text)
                .containsExactly("earlier", "later", "same time, typed second");
        assertThat(timeline.entries().get(2).gapPhrase()).isEqualTo("at the same time");
    }

    @Test
    void aGapAcrossTheSpringForwardChangeIsTheTimeThatReallyPassed() {
        // 01:30 PST and 03:30 PDT on 2026-03-08 are one hour apart, though the clock moved two.
        Instant before = pacific("2026-03-08T01:30:00");
        Instant after = pacific("2026-03-08T03:30:00");
        Timeline timeline = new Timeline(List.of(
                new TimelineEvent(before, PACIFIC, "paged", EventKind.DETECTED, null, null),
                new TimelineEvent(after, PACIFIC, "fixed", EventKind.RESOLVED, null, null)));

        assertThat(timeline.entries().get(1).gapPhrase()).isEqualTo("1 hour later");
        assertThat(timeline.events().get(1).local().toLocalTime()).hasToString("03:30");
        assertThat(timeline.events().get(1).local().getOffset().getTotalSeconds()).isEqualTo(-7 * 3600);
    }

    @Test
    void aGapAcrossTheFallBackChangeCountsTheRepeatedHour() {
        // 01:30 PDT, then 01:30 PST an hour later: the same wall clock time, one hour apart.
        ZonedDateTime first = ZonedDateTime.ofLocal(LocalDateTime.parse("2026-11-01T01:30:00"), PACIFIC, null)
                .withEarlierOffsetAtOverlap();
        ZonedDateTime second = first.withLaterOffsetAtOverlap();
        Timeline timeline = new Timeline(List.of(
                new TimelineEvent(first.toInstant(), PACIFIC, "first", EventKind.NOTE, null, null),
                new TimelineEvent(second.toInstant(), PACIFIC, "second", EventKind.NOTE, null, null)));

        assertThat(timeline.entries().get(1).gapPhrase()).isEqualTo("1 hour later");
        assertThat(timeline.events()).extracting(e -> e.local().toLocalTime().toString())
                .containsExactly("01:30", "01:30");
    }

    @Test
    void theFirstTimeAMilestoneIsReachedCounts() {
        Timeline timeline = new Timeline(List.of(
                TimelineEvent.milestone(Instant.parse("2026-01-01T10:00:00Z"), EventKind.DETECTED, "alert"),
                TimelineEvent.milestone(Instant.parse("2026-01-01T10:20:00Z"), EventKind.DETECTED, "second alert"),
                TimelineEvent.note(Instant.parse("2026-01-01T10:21:00Z"), "note")));

        assertThat(timeline.first(EventKind.DETECTED)).contains(Instant.parse("2026-01-01T10:00:00Z"));
        assertThat(timeline.milestones()).containsOnlyKeys(EventKind.DETECTED);
    }

    @Test
    void longGapsShowTheirTwoLargestUnits() {
        assertThat(new Gap(java.time.Duration.ofSeconds(45)).phrase()).isEqualTo("45 seconds later");
        assertThat(new Gap(java.time.Duration.ofMinutes(90)).phrase()).isEqualTo("1 hour, 30 minutes later");
        assertThat(new Gap(java.time.Duration.ofMinutes(2 * 24 * 60 + 5)).phrase()).isEqualTo("2 days, 5 minutes later");
        assertThat(new Gap(java.time.Duration.ofDays(3)).phrase()).isEqualTo("3 days later");
    }

    @Test
    void eventKindsAreReadFromTheirCodesAndCommonSynonyms() {
        assertThat(EventKind.fromCode("root-cause identified")).isEqualTo(EventKind.ROOT_CAUSE_IDENTIFIED);
        assertThat(EventKind.fromCode("Response started")).isEqualTo(EventKind.ACKNOWLEDGED);
        assertThat(EventKind.fromCode("fully recovered")).isEqualTo(EventKind.RESOLVED);
        assertThat(EventKind.NOTE.isMilestone()).isFalse();
    }
}
