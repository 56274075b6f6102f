package dev.hindsight.template;

import dev.hindsight.incident.Communication;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RelatedIncident;
import dev.hindsight.incident.Responder;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.Gap;
import dev.hindsight.timeline.TimelineEvent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The variables only the incident.io-style layout (front matter) needs, under {@code frontMatter}:
 * <ul>
 *   <li>{@code yaml.title}, {@code yaml.id}, {@code yaml.severity}, {@code yaml.duration}: values escaped for a
 *       double-quoted YAML string.</li>
 *   <li>{@code detectionTimeline} and {@code recoveryTimeline}: the timeline cut in two, losslessly. Every event
 *       is in exactly one of them, in time order. The recovery table starts at the first event that is a
 *       recovery milestone (mitigation started, mitigated, partially recovered, solution ready, resolved,
 *       closed) or that has a result, since only the recovery table has a Result column; everything before it
 *       is in the detection table. The summary's overview restates the first started, detected and resolved
 *       milestones and adds no events. Each row has {@code dateTime}, {@code text}, {@code result} and
 *       {@code marker}: "**Detected:** " before a milestone's text, so its kind reads back.</li>
 *   <li>{@code responders}: {@code person} ("[Name](link)" or the name), {@code role} ("Role (Team)") and
 *       {@code joinedAt} with its date and zone.</li>
 *   <li>{@code communication}: {@code dateTime}, {@code channel} and {@code message}; the channel is marked
 *       "(external)" or "(internal)" only when its name alone would suggest otherwise.</li>
 *   <li>{@code references}: the seed's four labels ({@code incidentIo}, {@code slackThread}, {@code githubIssues},
 *       {@code dashboards}, each the urls of the references so named, comma-separated) and {@code others}
 *       ({@code name}, {@code url}); {@code relatedIncidents} as {@code text} ("[INC-1](url) — relation").</li>
 * </ul>
 */
public final class FrontMatterView {

    /** The seed's reference labels, in the order the layout lists them. */
    public static final List<String> REFERENCE_LABELS = List.of("incident.io", "Slack Thread", "GitHub Issues/PRs",
            "Dashboards");
    /** The labels squashed once: the importer compares every reference line's name with each. */
    private static final java.util.regex.Pattern NOT_LETTER_OR_DIGIT = java.util.regex.Pattern.compile("[^a-z0-9]+");
    private static final List<String> SQUASHED_LABELS = REFERENCE_LABELS.stream().map(FrontMatterView::squash).toList();
    private static final List<String> REFERENCE_KEYS = List.of("incidentIo", "slackThread", "githubIssues", "dashboards");
    private static final Set<EventKind> RECOVERY = EnumSet.of(EventKind.MITIGATION_STARTED, EventKind.MITIGATED,
            EventKind.PARTIALLY_RECOVERED, EventKind.SOLUTION_READY, EventKind.RESOLVED, EventKind.CLOSED);

    private FrontMatterView() {
    }

    static View of(PostMortem r, ShownTimes times) {
        View v = new View();
        v.put("yaml", new View().put("title", yaml(r.title())).put("id", yaml(r.id()))
                .put("severity", yaml(r.severity() == null ? "" : r.severity().label()))
                .put("duration", yaml(r.duration().map(Gap::describe).orElse(""))));
        List<TimelineEvent> events = r.timeline().events();
        int split = recoveryStart(events);
        v.list("detectionTimeline", events.subList(0, split), e -> event(e, times));
        v.list("recoveryTimeline", events.subList(split, events.size()), e -> event(e, times));
        v.list("responders", r.responders(), p -> responder(p, times));
        v.list("communication", r.communication().log(), m -> new View()
                .put("dateTime", m.at() == null ? "" : times.dateTime(m.at()))
                .put("channel", View.cell(channel(m))).put("message", View.cell(m.message())));
        View references = new View();
        for (int i = 0; i < REFERENCE_LABELS.size(); i++) {
            String label = REFERENCE_LABELS.get(i);
            references.put(REFERENCE_KEYS.get(i), String.join(", ", r.references().stream()
                    .filter(l -> referenceLabel(l.name()).filter(label::equals).isPresent())
                    .map(Link::url).filter(u -> !u.isBlank()).toList()));
        }
        references.list("others", r.references().stream()
                .filter(l -> referenceLabel(l.name()).isEmpty() && !l.url().isBlank()).toList(), DocumentView::link);
        v.put("references", references);
        v.list("relatedIncidents", r.relatedIncidents(), x -> new View().put("text", related(x)));
        return v;
    }

    /** Where the recovery table starts: the first recovery milestone or event with a result; the end if none. */
    public static int recoveryStart(List<TimelineEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i);
            if (RECOVERY.contains(e.kind()) || !e.result().isBlank()) {
                return i;
            }
        }
        return events.size();
    }

    /** The seed's spelling of a reference label ("slack thread" → "Slack Thread"), if the name is one. */
    public static Optional<String> referenceLabel(String name) {
        String wanted = squash(name);
        for (int i = 0; i < SQUASHED_LABELS.size(); i++) {
            if (SQUASHED_LABELS.get(i).equals(wanted)) {
                return Optional.of(REFERENCE_LABELS.get(i));
            }
        }
        return Optional.empty();
    }

    /** True for channel names that speak to customers or the public: status page, customer email, social media. */
    public static boolean looksExternal(String channel) {
        String c = channel == null ? "" : channel.toLowerCase(Locale.ROOT);
        return c.contains("status page") || c.contains("statuspage") || c.contains("customer") || c.contains("public")
                || c.contains("twitter") || c.contains("external") || c.contains("press");
    }

    private static String squash(String s) {
        return s == null ? "" : NOT_LETTER_OR_DIGIT.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    private static View event(TimelineEvent e, ShownTimes times) {
        return new View().put("dateTime", times.dateTime(e.at())).put("text", View.cell(e.text()))
                .put("result", View.cell(e.result()))
                .put("marker", e.kind().isMilestone() ? "**" + e.kind().label() + ":** " : "");
    }

    private static View responder(Responder p, ShownTimes times) {
        String name = View.cell(p.name());
        String role = View.cell(p.role()) + (p.team().isBlank() ? "" : " (" + View.cell(p.team()) + ")");
        return new View().put("person", p.link().isBlank() ? name : "[" + name + "](" + p.link() + ")")
                .put("role", role.strip())
                .put("joinedAt", p.joinedAt() == null ? "" : times.dateTime(p.joinedAt()));
    }

    private static String channel(Communication.Message m) {
        if (m.external() != looksExternal(m.channel())) {
            return m.channel() + (m.external() ? " (external)" : " (internal)");
        }
        return m.channel();
    }

    private static String related(RelatedIncident x) {
        String name = x.id().isBlank() ? x.url() : x.id();
        String link = x.url().isBlank() ? name : "[" + name + "](" + x.url() + ")";
        return x.relation().isBlank() ? link : link + " — " + x.relation().replace('\n', ' ');
    }

    /** The text as the inside of a double-quoted YAML string. */
    static String yaml(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder out = new StringBuilder();
        for (char c : text.toCharArray()) {
            switch (c) {
                case '\\' -> out.append("\\\\");
                case '"' -> out.append("\\\"");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\x%02x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
