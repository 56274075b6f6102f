package dev.hindsight.template;

import dev.hindsight.incident.Communication;
import java.time.ZoneId;

/** The communication variables: the log of messages and how well communication went. */
final class CommunicationView {
    private CommunicationView() {
    }

    static View of(Communication c, ZoneId zone, TimeStyle clock) {
        return new View()
                .list("log", c.log(), m -> message(m, zone, clock))
                .list("internal", c.log().stream().filter(m -> !m.external()).toList(), m -> message(m, zone, clock))
                .list("external", c.log().stream().filter(Communication.Message::external).toList(),
                        m -> message(m, zone, clock))
                .texts("channels", c.channels()).put("assessment", c.assessment())
                .put("whatWorked", c.whatWorked()).put("whatDidNot", c.whatDidNot())
                .texts("improvements", c.improvements())
                .put("channelsText", String.join(", ", c.channels()))
                .flag("hasLog", !c.log().isEmpty()).flag("hasImprovements", !c.improvements().isEmpty())
                .put("statusPageUpdates", c.statusPageUpdates() == null ? "" : String.valueOf(c.statusPageUpdates()))
                .put("customerEmails", ImpactView.yesNo(c.customerEmails()))
                .put("socialMedia", ImpactView.yesNo(c.socialMedia()))
                .list("stakeholders", c.stakeholders(), b -> new View().put("audience", b.audience())
                        .put("when", b.when()));
    }

    private static View message(Communication.Message m, ZoneId zone, TimeStyle clock) {
        return new View().put("dateTime", m.at() == null ? "" : clock.dateTime(m.at(), zone))
                .put("time", m.at() == null ? "" : clock.time(m.at(), zone))
                .put("channel", View.cell(m.channel())).put("audience", m.external() ? "External" : "Internal")
                .put("message", View.cell(m.message()));
    }
}
