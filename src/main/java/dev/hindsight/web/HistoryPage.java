package dev.hindsight.web;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.auth.Role;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RecordDiff;
import dev.hindsight.incident.StoredRevision;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.Dismissal;
import dev.hindsight.lint.FindingDismissals;
import dev.hindsight.lint.OrganisationLintSettings;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Every revision of an incident, who made it and what it changed, and a readable diff between any two; and the
 * findings dismissed on it, who dismissed and reinstated them, when and why.
 */
public final class HistoryPage {
    private static final Pattern STEP = Pattern.compile("([^.\\[]+)|\\[(\\d+)]");

    private final Incidents incidents;
    private final FindingDismissals dismissals;

    HistoryPage(Incidents incidents, Clock clock) {
        this.incidents = incidents;
        this.dismissals = new FindingDismissals(incidents.database(),
                new OrganisationLintSettings(incidents.database(), incidents.conventions(), clock), clock);
    }

    /** A finding dismissed on the incident, and whether and when it was reinstated (empty while it stands). */
    public record DismissalRow(int number, String rule, String field, String excerpt, String reason,
                               String dismissedBy, String dismissedAt, String reinstatedBy, String reinstatedAt) {
    }

    public record Revision(int number, String author, String at, List<String> changes) {
    }

    /** One changed field: its value before and after, and for text, the lines that changed. */
    public record FieldChange(String path, String before, String after, List<TextDiff.Line> lines) {
        public boolean multiline() {
            return !lines.isEmpty();
        }
    }

    public record View(Frame frame, String id, String title, List<Revision> revisions, int from, int to,
                       List<FieldChange> changes, List<DismissalRow> dismissals) {
    }

    void show(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        var view = incidents.as(Caller.principal(ctx));
        String id = ctx.pathParam("id");
        PostMortem current = view.get(id);
        ZoneId zone = IncidentPages.zone(ctx, current);
        List<StoredRevision> history = view.history(id);
        List<Revision> revisions = new ArrayList<>();
        for (StoredRevision r : history) {
            revisions.add(new Revision(r.revision(), r.author(), IncidentView.shown(r.at(), zone), r.changes()));
        }
        int to = number(ctx, "to", current.revision(), current.revision());
        // By default against the revision before, among those this reader may see (see ReadersView#history).
        int from = number(ctx, "from", history.stream().mapToInt(StoredRevision::revision).filter(r -> r < to)
                .max().orElse(to), current.revision());
        List<FieldChange> changes = List.of();
        if (from != to) {
            JsonNode before = Json.mapper().valueToTree(view.revision(id, from));
            JsonNode after = Json.mapper().valueToTree(view.revision(id, to));
            changes = RecordDiff.changedFields(before, after).stream()
                    .map(path -> change(path, at(before, path), at(after, path))).toList();
        }
        java.util.Collections.reverse(revisions);
        List<DismissalRow> dismissed = new ArrayList<>();
        for (Dismissal d : dismissals.list(view, id)) {
            dismissed.add(new DismissalRow(d.number(), d.rule(), d.field(), d.excerpt(), d.reason(), d.dismissedBy(),
                    IncidentView.shown(d.dismissedAt(), zone), d.standing() ? "" : d.reinstatedBy(),
                    d.standing() ? "" : IncidentView.shown(d.reinstatedAt(), zone)));
        }
        Pages.render(ctx, 200, "history.jte", new View(Pages.frame(ctx, "History of " + id), id,
                current.title(), revisions, from, to, changes, dismissed));
    }

    private static FieldChange change(String path, JsonNode before, JsonNode after) {
        String a = text(before);
        String b = text(after);
        boolean long_ = a.contains("\n") || b.contains("\n");
        return new FieldChange(path, a, b, long_ ? TextDiff.lines(a, b) : List.of());
    }

    private static String text(JsonNode node) {
        if (node == null || node.isNull() || node.isMissingNode()) {
            return "";
        }
        return node.isValueNode() ? node.asText() : Json.writePretty(node);
    }

    /** The value at a path like {@code timeline[2].text}. */
    static JsonNode at(JsonNode root, String path) {
        JsonNode node = root;
        Matcher m = STEP.matcher(path);
        while (node != null && m.find()) {
            node = m.group(1) != null ? node.get(m.group(1)) : node.get(Integer.parseInt(m.group(2)));
        }
        return node;
    }

    private static int number(Context ctx, String name, int fallback, int latest) {
        String text = ctx.queryParam(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(text.strip());
            if (n < 1 || n > latest) {
                throw InvalidInput.of(name, "revision " + n + " does not exist; there are 1 to " + latest);
            }
            return n;
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "'" + text + "' is not a revision number");
        }
    }
}
