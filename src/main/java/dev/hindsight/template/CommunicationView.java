package dev.hindsight.template;

import dev.hindsight.incident.Communication;
import java.util.ArrayList;
import java.util.List;

/** The communication variables: the log of messages and how well communication went. */
final class CommunicationView {
    private CommunicationView() {
    }

    static View of(Communication c, ShownTimes times) {
        // Each message is built once and shared by the log and by its internal or external list: templates only
        // read views, and formatting its times three times was most of this group's cost.
        List<View> log = new ArrayList<>(c.log().size());
        List<View> internal = new ArrayList<>();
        List<View> external = new ArrayList<>();
        for (Communication.Message m : c.log()) {
            View message = message(m, times);
            log.add(message);
            (m.external() ? external : internal).add(message);
        }
        return new View(20)
                .list("log", log, View::copy)
                .list("internal", internal, View::copy)
                .list("external", external, View::copy)
                .texts("channels", c.channels()).put("assessment", c.assessment())
                .put("whatWorked", c.whatWorked()).put("whatDidNot", c.whatDidNot())
                .texts("improvements", c.improvements())
                .put("channelsText", String.join(", ", c.channels()))
                .flag("hasLog", !c.log().isEmpty()).flag("hasImprovements", !c.improvements().isEmpty())
                .put("statusPageUpdates", c.statusPageUpdates() == null ? "" : String.valueOf(c.statusPageUpdates()))
                .put("customerEmails", ImpactView.yesNo(c.customerEmails()))
                .put("socialMedia", ImpactView.yesNo(c.socialMedia()))
                .list("stakeholders", c.stakeholders(), b -> new View(3).put("audience", b.audience())
                        .put("when", b.when()));
    }

    private static View message(Communication.Message m, ShownTimes times) {
        return new View(6).put("dateTime", m.at() == null ? "" : times.dateTime(m.at()))
                .put("time", m.at() == null ? "" : times.time(m.at()))
                .put("channel", View.cell(m.channel())).put("audience", m.external() ? "External" : "Internal")
                .put("message", View.cell(m.message()));
    }
}
