package dev.hindsight.importer.layouts;

import dev.hindsight.incident.Responder;
import dev.hindsight.review.ReviewMeeting;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** People as the review lists them: "Name - Role" (as the seed's attendees are), "Name (Role)", or a name. */
final class ReviewPeople {

    private static final Pattern PARENTHESISED = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$");

    private ReviewPeople() {
    }

    /** {name, role}; the role is empty when none is written or it is still a placeholder. */
    static String[] split(String text) {
        String t = Section.unescape(text.strip());
        int dash = t.lastIndexOf(" - ");
        if (dash > 0) {
            return new String[] {t.substring(0, dash).strip(), ReviewPlaceholders.value(t.substring(dash + 3))};
        }
        Matcher m = PARENTHESISED.matcher(t);
        if (m.matches()) {
            return new String[] {m.group(1).strip(), ReviewPlaceholders.value(m.group(2))};
        }
        return new String[] {t, ""};
    }

    /** A responder, the role mapped to the configured spelling. */
    static Responder responder(String text, ImportContext context) {
        String[] who = split(text);
        return new Responder(who[0], who[1].isEmpty() ? "" : context.role(who[1]), null, null, null, null);
    }

    /** An attendee of the review meeting; null when the name is still a placeholder. */
    static ReviewMeeting.Attendee attendee(String text) {
        String[] who = split(text);
        return ReviewPlaceholders.isUnfilled(who[0]) ? null : new ReviewMeeting.Attendee(who[0], who[1]);
    }
}
