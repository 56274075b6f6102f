package dev.hindsight.incident;

import dev.hindsight.kernel.Text;

import java.time.Instant;
import java.util.List;

/**
 * How the incident was communicated, and how well.
 *
 * @param log             each message sent, in the order sent
 * @param channels        the channels used ("Slack #incidents", "Email distribution list")
 * @param assessment      the assessment of internal and external communication
 * @param whatWorked      what worked
 * @param whatDidNot      what did not
 * @param improvements    improvements needed
 * @param statusPageUpdates number of status page updates, when counted
 * @param customerEmails  whether customers were emailed
 * @param socialMedia     whether social media was used
 * @param stakeholders    stakeholder briefings (executives, customer success, sales) with when
 */
public record Communication(List<Message> log, List<String> channels, String assessment, String whatWorked,
                            String whatDidNot, List<String> improvements, Integer statusPageUpdates,
                            YesNo customerEmails, YesNo socialMedia, List<Briefing> stakeholders) {
    public Communication {
        log = Text.list(log);
        channels = Text.list(channels);
        assessment = Text.orEmpty(assessment);
        whatWorked = Text.orEmpty(whatWorked);
        whatDidNot = Text.orEmpty(whatDidNot);
        improvements = Text.list(improvements);
        customerEmails = customerEmails == null ? YesNo.unknown() : customerEmails;
        socialMedia = socialMedia == null ? YesNo.unknown() : socialMedia;
        stakeholders = Text.list(stakeholders);
    }

    public static CommunicationBuilder builder() {
        return new CommunicationBuilder();
    }

    public CommunicationBuilder toBuilder() {
        return new CommunicationBuilder(this);
    }

    public static Communication empty() {
        return new Communication(null, null, null, null, null, null, null, null, null, null);
    }

    /** One message: when, where, to whom (internal or external) and what it said. */
    public record Message(Instant at, String channel, boolean external, String message) {
        public Message {
            channel = Text.orEmpty(channel);
            message = Text.orEmpty(message);
        }
    }

    /** A stakeholder group briefed and when ("Executive briefing", "2026-03-02 10:00"). */
    public record Briefing(String audience, String when) {
        public Briefing {
            audience = Text.orEmpty(audience);
            when = Text.orEmpty(when);
        }
    }
}
