package dev.hindsight.calendar;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One all-day entry of a calendar feed: an action item falling due, a review meeting or a follow-up review.
 * Text is kept as people wrote it (cleaned and escaped only when written out) but cut to a length a calendar
 * program shows, so one huge record cannot make a huge feed. Immutable.
 *
 * @param uid         stays the same for the same item across fetches, so calendar programs update it in place
 * @param day         the date it falls on
 * @param summary     the line a calendar shows
 * @param description the detail: incident, priority, status, link
 * @param url         the incident's page (absolute), or empty
 */
public record FeedEvent(String uid, LocalDate day, String summary, String description, String url) {

    static final int SUMMARY_MAX = 300;
    static final int DESCRIPTION_MAX = 4_000;

    public FeedEvent {
        Objects.requireNonNull(uid, "uid is null");
        Objects.requireNonNull(day, "day is null");
        summary = cut(summary, SUMMARY_MAX);
        description = cut(description, DESCRIPTION_MAX);
        url = url == null ? "" : url;
    }

    /** At most {@code max} characters, never ending in half a surrogate pair, with an ellipsis when cut. */
    static String cut(String text, int max) {
        String s = text == null ? "" : text;
        if (s.length() <= max) {
            return s;
        }
        int end = max - 1;
        if (Character.isHighSurrogate(s.charAt(end - 1))) {
            end--;
        }
        return s.substring(0, end) + "…";
    }
}
