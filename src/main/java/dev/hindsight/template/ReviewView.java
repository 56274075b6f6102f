package dev.hindsight.template;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.Text;
import dev.hindsight.review.Reviewer;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The variables only the post-incident review layout needs, under {@code review}:
 * <ul>
 *   <li>{@code phases}: the timeline cut into the Detection, Response and Resolution phases ({@code isDetection},
 *       {@code isResponse}, {@code isResolution}), each with its {@code events} in time order. An event's phase is
 *       the latest phase any milestone up to it belongs to, so the three phases read in time order and every event
 *       is in exactly one. Each event has {@code stamp} (the time, with the date when the day differs from the
 *       previous event's, or for the first event from the start day), {@code name} (the layout's name for its kind:
 *       "Initial Detection", "Note"...), {@code text}, {@code details}, {@code first} (the first event of its kind,
 *       which carries the record-level points the layout writes under a milestone) and one flag per kind under
 *       {@code is} ({@code is.rootCauseIdentified}). A milestone the layout names but the timeline lacks is listed
 *       at the end of its phase as a {@code stub} with no stamp, so its points still have a place.</li>
 *   <li>{@code services}: the service catalogue as a checklist ({@code text}, {@code box}), then the services
 *       outside it ticked with {@code other} set; {@code otherServices} when there are any.</li>
 *   <li>{@code unprioritisedActions}: action items without a priority exist.</li>
 *   <li>{@code approvals}: the reviewers with {@code approved} as "Yes", "No" or "No - changes requested", and
 *       their {@code comment} (line breaks as "&lt;br&gt;").</li>
 * </ul>
 */
public final class ReviewView {

    /** The layout's name for each kind of timeline entry; the first seven are the seed's own. */
    public static final Map<EventKind, String> NAMES;

    /** The milestones the seed lays out, in its order: each has an entry even when the timeline lacks it. */
    public static final List<EventKind> SEED_MILESTONES = List.of(EventKind.DETECTED, EventKind.DECLARED,
            EventKind.ACKNOWLEDGED, EventKind.ROOT_CAUSE_IDENTIFIED, EventKind.MITIGATION_STARTED, EventKind.RESOLVED,
            EventKind.CLOSED);

    private static final Set<EventKind> RESPONSE = EnumSet.of(EventKind.DECLARED, EventKind.ACKNOWLEDGED,
            EventKind.ESCALATED, EventKind.ROOT_CAUSE_IDENTIFIED);
    private static final Set<EventKind> RESOLUTION = EnumSet.of(EventKind.MITIGATION_STARTED, EventKind.MITIGATED,
            EventKind.PARTIALLY_RECOVERED, EventKind.SOLUTION_READY, EventKind.RESOLVED, EventKind.CLOSED);

    /** Each kind's flag under {@code is} ("rootCauseIdentified"), by ordinal: worked out once, not per event. */
    private static final String[] FLAGS;

    static {
        FLAGS = new String[EventKind.values().length];
        for (EventKind k : EventKind.values()) {
            FLAGS[k.ordinal()] = Text.camel(k.code());
        }
        Map<EventKind, String> names = new EnumMap<>(EventKind.class);
        names.put(EventKind.NOTE, "Note");
        names.put(EventKind.STARTED, "Incident Started");
        names.put(EventKind.DETECTED, "Initial Detection");
        names.put(EventKind.ACKNOWLEDGED, "Investigation Began");
        names.put(EventKind.DECLARED, "Incident Declared");
        names.put(EventKind.ESCALATED, "Escalated");
        names.put(EventKind.ROOT_CAUSE_IDENTIFIED, "Root Cause Identified");
        names.put(EventKind.MITIGATION_STARTED, "Mitigation Started");
        names.put(EventKind.MITIGATED, "Impact Mitigated");
        names.put(EventKind.PARTIALLY_RECOVERED, "Partially Recovered");
        names.put(EventKind.SOLUTION_READY, "Solution Ready");
        names.put(EventKind.RESOLVED, "Service Restored");
        names.put(EventKind.CLOSED, "Incident Closed");
        NAMES = Collections.unmodifiableMap(names);
    }

    private ReviewView() {
    }

    /** 0 for the detection phase, 1 for response, 2 for resolution; notes stay in the phase they are in. */
    public static int phase(EventKind kind) {
        return RESPONSE.contains(kind) ? 1 : RESOLUTION.contains(kind) ? 2 : 0;
    }

    static View of(PostMortem r, Conventions conventions, ShownTimes times) {
        View v = new View(8).list("phases", phases(r, times), p -> p);
        List<View> services = new ArrayList<>();
        for (String known : conventions.serviceCatalogue()) {
            boolean ticked = r.impact().services().contains(known);
            services.add(new View().put("text", known).flag("done", ticked).put("box", ticked ? "[x]" : "[ ]")
                    .flag("other", false));
        }
        List<String> others = r.impact().services().stream()
                .filter(s -> !conventions.serviceCatalogue().contains(s)).distinct().toList();
        others.forEach(s -> services.add(new View().put("text", s).flag("done", true).put("box", "[x]")
                .flag("other", true)));
        v.list("services", services, s -> s).flag("otherServices", !others.isEmpty());
        v.flag("unprioritisedActions", r.actionItems().stream().anyMatch(a -> a.priority() == null));
        v.list("approvals", r.reviewers(), (Reviewer x) -> new View().put("role", View.cell(x.role()))
                .put("name", View.cell(x.name())).put("approved", switch (x.state()) {
                    case LGTM -> "Yes";
                    case CHANGES_REQUESTED -> "No - changes requested";
                    case NOT_REVIEWED -> "No";
                }).put("date", x.date() == null ? "" : x.date().toString())
                .put("comment", FollowThroughView.tableText(x.comment())));
        return v;
    }

    private static List<View> phases(PostMortem r, ShownTimes times) {
        List<List<View>> phases = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        Set<EventKind> seen = EnumSet.noneOf(EventKind.class);
        LocalDate previous = r.startedAt().map(times::day).orElse(null);
        // Every event of a kind has the same flags under "is"; one map per kind serves them all (templates
        // only read it).
        Map<EventKind, View> is = new EnumMap<>(EventKind.class);
        int phase = 0;
        for (TimelineEvent e : r.timeline().events()) {
            phase = Math.max(phase, phase(e.kind()));
            ZonedDateTime local = times.local(e.at());
            LocalDate day = local.toLocalDate();
            String stamp = day.equals(previous) ? times.time(local) : times.dateTime(local);
            previous = day;
            phases.get(phase).add(entry(e.kind(), seen.add(e.kind()), false, is).put("stamp", stamp)
                    .put("text", View.cell(e.text())).texts("details", e.details()));
        }
        for (EventKind kind : SEED_MILESTONES) {
            if (!seen.contains(kind)) {
                phases.get(phase(kind)).add(entry(kind, true, true, is).put("stamp", "").put("text", "")
                        .texts("details", List.of()));
            }
        }
        List<View> out = new ArrayList<>();
        for (int i = 0; i < phases.size(); i++) {
            out.add(new View().flag("isDetection", i == 0).flag("isResponse", i == 1).flag("isResolution", i == 2)
                    .list("events", phases.get(i), x -> x));
        }
        return out;
    }

    private static View entry(EventKind kind, boolean first, boolean stub, Map<EventKind, View> is) {
        return new View().put("name", NAMES.get(kind)).put("kind", kind.code()).flag("first", first)
                .flag("stub", stub).put("is", is.computeIfAbsent(kind, ReviewView::flags));
    }

    /** One flag per kind, in the kinds' order, set for this kind only. */
    private static View flags(EventKind kind) {
        View is = new View();
        for (EventKind k : EventKind.values()) {
            is.flag(FLAGS[k.ordinal()], k == kind);
        }
        return is;
    }
}
