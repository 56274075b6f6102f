package dev.hindsight.incident;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.json.Json;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What a change did, as events: read off the record before and after it, so every way of changing an incident
 * (web, API, command line, import) announces the same things. Pure: no store, no clock.
 */
final class Happenings {

    private Happenings() {
    }

    /** A happening before it has its id, sequence number, time and author. */
    record Happening(IncidentEvent.Type type, ObjectNode data) {
    }

    /** What changed from {@code before} (null for a new incident) to {@code after}, in a fixed order. */
    static List<Happening> between(PostMortem before, PostMortem after) {
        List<Happening> out = new ArrayList<>();
        if (before == null) {
            out.add(new Happening(IncidentEvent.Type.INCIDENT_CREATED, base(after)));
        } else if (before.status() != after.status()) {
            ObjectNode data = base(after);
            data.put("from", before.status().code());
            data.put("to", after.status().code());
            out.add(new Happening(IncidentEvent.Type.STATUS_CHANGED, data));
            if (after.status() == Status.IN_REVIEW && before.status() == Status.DRAFT) {
                ObjectNode requested = base(after);
                ArrayNode reviewers = requested.putArray("reviewers");
                after.reviewers().forEach(r -> reviewers.add(reviewer(r)));
                out.add(new Happening(IncidentEvent.Type.REVIEW_REQUESTED, requested));
            }
            if (after.status() == Status.FINAL) {
                out.add(new Happening(IncidentEvent.Type.INCIDENT_FINALIZED, base(after)));
            }
            if (before.status() == Status.FINAL) {
                out.add(new Happening(IncidentEvent.Type.INCIDENT_REOPENED, base(after)));
            }
        }
        verdicts(before, after, out);
        items(before, after, out);
        return out;
    }

    private static void verdicts(PostMortem before, PostMortem after, List<Happening> out) {
        Map<String, Reviewer> earlier = before == null ? Map.of() : before.reviewers().stream()
                .collect(Collectors.toMap(Reviewer::seat, Function.identity(), (a, b) -> a));
        for (Reviewer r : after.reviewers()) {
            Reviewer was = earlier.get(r.seat());
            boolean fresh = was == null || was.state() != r.state() || (was.outdated() && !r.outdated());
            if (!fresh || before == null) {
                continue; // an imported document's verdicts were given elsewhere, earlier
            }
            IncidentEvent.Type type = r.state() == ReviewState.LGTM ? IncidentEvent.Type.REVIEW_APPROVED
                    : r.state() == ReviewState.CHANGES_REQUESTED ? IncidentEvent.Type.REVIEW_CHANGES_REQUESTED : null;
            if (type != null) {
                ObjectNode data = base(after);
                data.set("reviewer", reviewer(r));
                data.put("comment", r.comment());
                out.add(new Happening(type, data));
            }
        }
    }

    private static void items(PostMortem before, PostMortem after, List<Happening> out) {
        Map<String, ActionItem> earlier = before == null ? Map.of() : before.actionItems().stream()
                .filter(a -> !a.key().isEmpty())
                .collect(Collectors.toMap(ActionItem::key, Function.identity(), (a, b) -> a));
        for (ActionItem item : after.actionItems()) {
            ActionItem was = earlier.get(item.key());
            if (was == null) {
                ObjectNode data = base(after);
                data.set("item", item(item));
                out.add(new Happening(IncidentEvent.Type.ACTION_ITEM_CREATED, data));
            }
            if (item.status() == ActionStatus.DONE && (was == null ? before != null : was.status() != ActionStatus.DONE)) {
                ObjectNode data = base(after);
                data.set("item", item(item));
                out.add(new Happening(IncidentEvent.Type.ACTION_ITEM_DONE, data));
            }
        }
    }

    static ObjectNode base(PostMortem record) {
        ObjectNode data = Json.mapper().createObjectNode();
        ObjectNode incident = data.putObject("incident");
        incident.put("id", record.id());
        incident.put("title", record.title());
        incident.put("status", record.status().code());
        if (record.severity() == null) {
            incident.putNull("severity");
        } else {
            incident.put("severity", record.severity().level());
        }
        return data;
    }

    static ObjectNode item(ActionItem item) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("key", item.key());
        node.put("title", item.title());
        node.put("owner", item.owner());
        node.put("team", item.team());
        node.put("priority", item.priority() == null ? null : item.priority().code());
        node.put("priorityLabel", item.priorityWords());
        node.put("dueDate", item.dueDate() == null ? null : item.dueDate().toString());
        node.put("status", item.status().code());
        node.put("ticket", item.ticket());
        return node;
    }

    private static ObjectNode reviewer(Reviewer r) {
        ObjectNode node = Json.mapper().createObjectNode();
        node.put("name", r.name());
        node.put("account", r.answeringAccount());
        node.put("role", r.role());
        return node;
    }

}
