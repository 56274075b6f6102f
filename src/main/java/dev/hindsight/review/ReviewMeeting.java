package dev.hindsight.review;

import dev.hindsight.kernel.Text;
import java.time.LocalDate;
import java.util.List;

/**
 * The post-incident review meeting.
 *
 * @param date             when it was held (null if not yet)
 * @param attendees        who attended, with their role
 * @param discussionPoints what was discussed
 * @param cadence          the follow-up cadence agreed ("Week 1: check immediate actions")
 */
public record ReviewMeeting(LocalDate date, List<Attendee> attendees, List<String> discussionPoints,
                            List<String> cadence) {
    public ReviewMeeting {
        attendees = Text.list(attendees);
        discussionPoints = Text.list(discussionPoints);
        cadence = Text.list(cadence);
    }

    public static ReviewMeeting none() {
        return new ReviewMeeting(null, null, null, null);
    }

    public record Attendee(String name, String role) {
        public Attendee {
            name = Text.orEmpty(name).strip();
            role = Text.orEmpty(role).strip();
        }
    }
}
