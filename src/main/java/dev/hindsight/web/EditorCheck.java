package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemRules;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.Dismissal;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.StandingFindings;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's check as the author types ({@code POST /incidents/{id}/findings}): the record as it would be with one
 * part of the page saved, sent in the same form that part saves with, through {@link StandingFindings}. Nothing is
 * saved, so a viewer may ask too; a hidden incident is 404 as everywhere.
 *
 * <p>The part is a text section ({@code part=text}, the default, with its {@code path} and {@code value}), the title,
 * status and severity ({@code summary}), the {@code timeline} or the {@code actions}. The answer is JSON
 * {@code {part, field, count, findings}}: the count of every open finding, and the findings on this part, each as the
 * API gives it and with {@code saved} (whether the record as saved has it too, so it may be dismissed now) and, for
 * the tables and the title, {@code control}: the name of the form's input it is about ({@code row.3.owner}).
 */
final class EditorCheck {

    /** The parts of the page checked as they are typed in. */
    private static final Set<String> PARTS = Set.of("text", "summary", "timeline", "actions");
    private static final Pattern TIMELINE = Pattern.compile("timeline\\[(\\d+)](?:\\.(\\w+))?.*");
    private static final Pattern ACTION = Pattern.compile("actionItems\\[(\\d+)](?:\\.(\\w+))?.*");
    /** The summary form's inputs a finding may be about, by the record's field. */
    private static final Set<String> SUMMARY_INPUTS = Set.of("title", "status", "severity", "author", "owner");
    /** The action items' inputs by the record's field; another field (the description) points at the title. */
    private static final Map<String, String> ACTION_INPUTS = Map.of("title", "title", "owner", "owner",
            "dueDate", "due", "team", "team", "kind", "kind", "priority", "priority", "status", "status",
            "ticket", "ticket");

    private final Incidents incidents;
    private final IncidentEdits edits;
    private final StandingFindings lint;

    EditorCheck(Incidents incidents, IncidentEdits edits, StandingFindings lint) {
        this.incidents = incidents;
        this.edits = edits;
        this.lint = lint;
    }

    void check(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        PostMortem current = incidents.as(Caller.principal(ctx)).get(ctx.pathParam("id"));
        Map<String, List<String>> form = ctx.formParamMap();
        String part = form.containsKey("part") ? FormRows.one(form, "part") : "text";
        Map<String, Object> out = new LinkedHashMap<>();
        try {
            if (!PARTS.contains(part)) {
                throw InvalidInput.of("part", "'" + part + "' is not a part the editor checks; the parts are "
                        + String.join(", ", new java.util.TreeSet<>(PARTS)));
            }
            String value = FormRows.one(form, "value");
            if (part.equals("text") && value.length() > PostMortemRules.TEXT_MAX) {
                throw InvalidInput.of("value", "is " + value.length() + " characters; a section holds at most "
                        + PostMortemRules.TEXT_MAX);
            }
            String field = part.equals("text") ? FormRows.one(form, "path") : part;
            List<Finding> found = lint.of(edits.apply(current, part, form));
            List<Integer> rows = edits.rowsOf(current, part, form);
            List<Finding> saved = lint.of(current);
            out.put("part", part);
            out.put("field", field);
            out.put("count", found.size());
            out.put("findings", found.stream().filter(f -> part.equals("text") ? f.field().equals(field)
                    : FindingsPanel.anchor(f.field()).equals(part)).map(f -> {
                        Map<String, Object> json = LintApi.json(f);
                        json.put("saved", saved.stream().anyMatch(s -> Dismissal.matches(f.rule(), f.field(),
                                f.excerpt(), s)));
                        json.put("control", control(part, f.field(), rows));
                        return json;
                    }).toList());
        } catch (InvalidInput e) {
            ctx.status(400);
            out.put("errors", e.problems().stream().map(p -> Map.of("field", p.field(), "problem", p.problem()))
                    .toList());
        }
        Pages.headers(ctx);
        ctx.contentType("application/json").result(Json.write(out));
    }

    /**
     * The name of the input a finding on {@code field} is about, in the form of {@code part}, or null when it is about
     * the part as a whole (a timeline with its milestones out of order, no action items at all).
     */
    static String control(String part, String field, List<Integer> rows) {
        switch (part) {
            case "summary" -> {
                String top = field.split("[.\\[]", 2)[0];
                return SUMMARY_INPUTS.contains(top) ? top : null;
            }
            case "timeline" -> {
                Matcher m = TIMELINE.matcher(field);
                if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
                    return null;
                }
                String input = "text".equals(m.group(2)) || "kind".equals(m.group(2)) ? m.group(2) : "at";
                return "row." + rows.get(Integer.parseInt(m.group(1))) + "." + input;
            }
            case "actions" -> {
                Matcher m = ACTION.matcher(field);
                if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
                    return null;
                }
                return "row." + rows.get(Integer.parseInt(m.group(1))) + "."
                        + ACTION_INPUTS.getOrDefault(m.group(2) == null ? "" : m.group(2), "title");
            }
            default -> {
                return null;
            }
        }
    }
}
