package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemRules;
import dev.hindsight.incident.Responder;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.Dismissal;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.StandingFindings;
import dev.hindsight.review.Reviewer;
import dev.hindsight.review.workflow.Reviews;
import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The editor's check as the author types ({@code POST /incidents/{id}/findings}): the record as it would be with one
 * part of the page saved, sent in the same form that part saves with, through {@link StandingFindings}. Nothing is
 * saved, so a viewer may ask too; a hidden incident is 404 as everywhere.
 *
 * <p>The part is a text section ({@code part=text}, the default, with its {@code path} and {@code value}), the title,
 * status and severity ({@code summary}), the {@code timeline}, the {@code actions}, the {@code responders}, the
 * {@code reviewers}, the signed-in reviewer's verdict {@code comment} (its {@code value}, on every reviewer entry they
 * answer for, as the verdict will be saved), or the whole record as canonical JSON ({@code json}, its {@code document} at most
 * {@link LintApi#MAX_LINT_BYTES} bytes, as {@code POST /api/v1/lint} takes). The answer is JSON
 * {@code {part, field, count, findings}}: the count of every open finding, and the findings on this part, each as the
 * API gives it and with {@code saved} (whether the record as saved has it too, so it may be dismissed now: the saved
 * revision's findings are kept once linted, {@link StandingFindings#ofEdit}, so a check lints only what is typed)
 * and, for the tables and the title, {@code control}: the name of the form's input it is about ({@code row.3.owner}).
 *
 * <p>No rule reads a responder's or reviewer's row as prose (names, roles and teams are labels); what concerns them is
 * blame of the people they name: their names make those words a person's wherever the record's prose has them. So the
 * responders' and reviewers' findings are those on their own fields (a reviewer's comment) and every blame finding
 * whose words name someone in a row, pointed at that row's name, with {@code elsewhere} (the finding is in another
 * field) and {@code place} (where the page edits that field: a section's heading, "the title", "the timeline (event
 * 3)", "the action items (action 1)", "the whole record's JSON (analysis.lessons[0].learned)"). The whole record's
 * check answers every finding.
 *
 * <p>Input the check cannot read is answered as {@code application/problem+json} with each problem's field (400, or
 * 413 for a document over the bound); a JSON document that does not parse is named by line and column. More than
 * {@link #PERSON_ROWS_MAX} responders' or reviewers' rows, or a name over {@link Reviews#NAME_MAX}, is 400 too: each
 * row's name is searched for in every blame finding, so they bound the check's work.
 */
final class EditorCheck {

    /** The parts of the page checked as they are typed in. */
    private static final Set<String> PARTS = Set.of("text", "summary", "timeline", "actions", "responders",
            "reviewers", "comment", "json");
    private static final Pattern TIMELINE = Pattern.compile("timeline\\[(\\d+)](?:\\.(\\w+))?.*");
    private static final Pattern ACTION = Pattern.compile("actionItems\\[(\\d+)](?:\\.(\\w+))?.*");
    private static final Pattern PERSON_ROW = Pattern.compile("(?:responders|reviewers)\\[(\\d+)](?:\\.(\\w+))?.*");
    /** The summary form's inputs a finding may be about, by the record's field. */
    private static final Set<String> SUMMARY_INPUTS = Set.of("title", "status", "severity", "author", "owner");
    /** The action items' inputs by the record's field; another field (the description) points at the title. */
    private static final Map<String, String> ACTION_INPUTS = Map.of("title", "title", "owner", "owner",
            "dueDate", "due", "team", "team", "kind", "kind", "priority", "priority", "status", "status",
            "ticket", "ticket");
    /** The responders' and reviewers' inputs by the record's field; another (a comment) points at the name. */
    private static final Set<String> PERSON_INPUTS = Set.of("name", "role", "team", "account");
    /**
     * The most responders' or reviewers' rows checked at once: each blame finding is searched for every row's name,
     * so the rows and the names' length ({@link Reviews#NAME_MAX}, the reviewers' own bound) bound each check's work.
     */
    static final int PERSON_ROWS_MAX = 200;

    private final Incidents incidents;
    private final IncidentEdits edits;
    private final StandingFindings lint;

    EditorCheck(Incidents incidents, IncidentEdits edits, StandingFindings lint) {
        this.incidents = incidents;
        this.edits = edits;
        this.lint = lint;
    }

    void check(Context ctx) {
        String user = Caller.require(ctx, Role.VIEWER).name();
        PostMortem current = incidents.as(Caller.principal(ctx)).get(ctx.pathParam("id"));
        Map<String, List<String>> form = ctx.formParamMap();
        String part = form.containsKey("part") ? FormRows.one(form, "part") : "text";
        Pages.headers(ctx);
        try {
            ctx.contentType("application/json").result(Json.write(answer(current, part, form, user)));
        } catch (InvalidInput e) {
            refuse(ctx, new Problem(400, "Invalid input", "nothing was checked: the " + part + " as typed cannot "
                    + "be read", e.problems(), Map.of()));
        } catch (Problem e) {
            refuse(ctx, e);
        }
    }

    private static void refuse(Context ctx, Problem problem) {
        ctx.status(problem.status()).contentType("application/problem+json").result(Json.write(problem.body()));
    }

    private Map<String, Object> answer(PostMortem current, String part, Map<String, List<String>> form,
                                       String user) {
        if (!PARTS.contains(part)) {
            throw InvalidInput.of("part", "'" + part + "' is not a part the editor checks; the parts are "
                    + String.join(", ", new TreeSet<>(PARTS)));
        }
        bound(part, form);
        PostMortem edited = part.equals("comment") ? comment(current, FormRows.one(form, "value"), user)
                : edits.apply(current, part, form);
        String field = switch (part) {
            case "text" -> FormRows.one(form, "path");
            case "json" -> "document";
            case "comment" -> "reviewers[" + firstAnswered(edited, user) + "].comment";
            default -> part;
        };
        List<Pattern> names = nameMatchers(part, names(part, edited)); // bounded before any lint runs
        StandingFindings.Edit checked = lint.ofEdit(current, edited); // the saved revision linted once, not per check
        List<Finding> found = checked.edited();
        List<Integer> rows = edits.rowsOf(current, part, form);
        List<Finding> saved = checked.saved();
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("part", part);
        out.put("field", field);
        out.put("count", found.size());
        out.put("findings", found.stream().map(f -> {
            boolean own = part.equals("json") || concerns(part, field, f);
            int named = !own && f.rule().startsWith("blame.") ? named(names, f.excerpt()) : -1;
            if (!own && named < 0) {
                return null;
            }
            Map<String, Object> json = LintApi.json(f);
            json.put("saved", saved.stream().anyMatch(s -> Dismissal.matches(f.rule(), f.field(), f.excerpt(), s)));
            json.put("control", named >= 0 ? "row." + rows.get(named) + ".name" : control(part, f.field(), rows));
            if (named >= 0) {
                json.put("elsewhere", true);
                json.put("place", place(f.field()));
            }
            return json;
        }).filter(Objects::nonNull).toList());
        return out;
    }

    /**
     * Where on the page a field's words are edited, as the page names it: a text section by its heading, the title,
     * a timeline entry's text or an action item's title by its number as the page lists the saved record's; any other
     * field (a lesson, a five whys answer, an action item's description), which the page edits only in the whole
     * record's JSON, as that with its path there.
     */
    static String place(String field) {
        if (IncidentEdits.TEXT_SECTIONS.containsKey(field)) {
            return IncidentEdits.TEXT_SECTIONS.get(field);
        }
        if (field.equals("title")) {
            return "the title";
        }
        Matcher event = TIMELINE.matcher(field);
        if (event.matches() && "text".equals(event.group(2))) {
            return "the timeline (event " + (Integer.parseInt(event.group(1)) + 1) + ")";
        }
        Matcher action = ACTION.matcher(field);
        return action.matches() && "title".equals(action.group(2))
                ? "the action items (action " + (Integer.parseInt(action.group(1)) + 1) + ")"
                : "the whole record's JSON (" + field + ")";
    }

    /** A section's text and the whole record are bounded as the API bounds what it checks. */
    private static void bound(String part, Map<String, List<String>> form) {
        String value = FormRows.one(form, "value");
        if (part.equals("text") && value.length() > PostMortemRules.TEXT_MAX) {
            throw InvalidInput.of("value", "is " + value.length() + " characters; a section holds at most "
                    + PostMortemRules.TEXT_MAX);
        }
        int bytes = part.equals("json") ? FormRows.one(form, "document").getBytes(StandardCharsets.UTF_8).length : 0;
        if (bytes > LintApi.MAX_LINT_BYTES) {
            throw new Problem(413, "Document too large to check", "a record checked at once may be at most "
                    + LintApi.MAX_LINT_BYTES / 1024 + " KiB of JSON; this one is " + bytes / 1024 + " KiB",
                    List.of(new FieldProblem("document", "is " + bytes + " bytes; at most "
                            + LintApi.MAX_LINT_BYTES)), Map.of());
        }
    }

    private static boolean concerns(String part, String field, Finding f) {
        return part.equals("text") || part.equals("comment") ? f.field().equals(field)
                : FindingsPanel.anchor(f.field()).equals(part);
    }

    /**
     * The record with {@code value} as the comment of every reviewer entry {@code user} answers for, as their verdict
     * would save it (kept as typed here, so the findings' spans fall on the text being typed).
     */
    private static PostMortem comment(PostMortem current, String value, String user) {
        if (value.length() > Reviews.REASON_MAX) {
            throw InvalidInput.of("value", "is " + value.length() + " characters; a comment holds at most "
                    + Reviews.REASON_MAX);
        }
        firstAnswered(current, user);
        return current.toBuilder().reviewers(current.reviewers().stream().map(r -> r.isAnsweredBy(user)
                ? new Reviewer(r.name(), r.role(), r.state(), r.date(), r.account(), value, r.revision(), r.outdated())
                : r).toList()).build();
    }

    private static int firstAnswered(PostMortem record, String user) {
        for (int i = 0; i < record.reviewers().size(); i++) {
            if (record.reviewers().get(i).isAnsweredBy(user)) {
                return i;
            }
        }
        throw InvalidInput.of("comment", user + " is not a reviewer of " + record.id() + ", so has no verdict to "
                + "comment on");
    }

    /** The names typed in the responders' or reviewers' rows, in the record's order; empty for other parts. */
    private static List<String> names(String part, PostMortem edited) {
        return switch (part) {
            case "responders" -> edited.responders().stream().map(Responder::name).toList();
            case "reviewers" -> edited.reviewers().stream().map(Reviewer::name).toList();
            default -> List.of();
        };
    }

    /**
     * For each row's name, a matcher of any of its words (of two letters or more) standing as a whole word, written
     * as the row writes it (null when it has none): built once per check, not once per finding. Refused past
     * {@link #PERSON_ROWS_MAX} rows or a name over {@link Reviews#NAME_MAX} characters.
     */
    static List<Pattern> nameMatchers(String part, List<String> names) {
        if (names.size() > PERSON_ROWS_MAX) {
            throw InvalidInput.of(part, "has " + names.size() + " rows; the editor checks at most " + PERSON_ROWS_MAX);
        }
        List<Pattern> out = new ArrayList<>();
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            if (name.length() > Reviews.NAME_MAX) {
                throw InvalidInput.of(part + "[" + i + "].name", "is " + name.length() + " characters; at most "
                        + Reviews.NAME_MAX);
            }
            List<String> words = new ArrayList<>();
            for (String word : name.strip().split("\\s+")) {
                if (word.length() >= 2) {
                    words.add(Pattern.quote(word));
                }
            }
            out.add(words.isEmpty() ? null : Pattern.compile("(?<![\\p{L}\\p{N}@._-])(?:" + String.join("|", words)
                    + ")(?![\\p{L}\\p{N}])"));
        }
        return out;
    }

    /** The first row whose name {@link #nameMatchers matches} in {@code words}; -1 if none does. */
    static int named(List<Pattern> names, String words) {
        for (int i = 0; i < names.size(); i++) {
            if (names.get(i) != null && names.get(i).matcher(words).find()) {
                return i;
            }
        }
        return -1;
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
            case "responders", "reviewers" -> {
                Matcher m = PERSON_ROW.matcher(field);
                if (!m.matches() || Integer.parseInt(m.group(1)) >= rows.size()) {
                    return null;
                }
                return "row." + rows.get(Integer.parseInt(m.group(1))) + "."
                        + (PERSON_INPUTS.contains(String.valueOf(m.group(2))) ? m.group(2) : "name");
            }
            default -> {
                return null;
            }
        }
    }
}
