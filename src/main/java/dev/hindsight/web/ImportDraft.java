package dev.hindsight.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.Imported;
import dev.hindsight.importer.assemble.ImportReport;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemRules;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.severity.Severity;
import dev.hindsight.template.BuiltInTemplate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One document on the import page between reading and saving, as its form carries it: the file's name, the seed
 * layout it was read as, the title and severity as corrected, the rest of the record as editable JSON, and the
 * import report (shown again on every round trip; never stored, so a tampered one misleads only its sender). The
 * page keeps nothing on the server between requests, so any node can take the next one.
 *
 * @param layout      the seed layout's name, or "" when the document matched none
 * @param severity    the level chosen ("" for none)
 * @param readLevel   the level as read ("" for none), so that the label as written is kept while it is unchanged
 * @param readLabel   the severity's label as written ("Major")
 * @param rest        the record as JSON, without its title and severity (those have their own inputs)
 * @param report      the report, or null when the form's copy could not be read back
 * @param savedChange "created", "updated" or "unchanged" once saved, else ""
 * @param savedId     the incident it was saved as, else ""
 */
record ImportDraft(String file, String layout, String title, String severity, String readLevel, String readLabel,
                   String rest, ImportReport report, String savedChange, String savedId) {

    /** The most documents one upload may carry. */
    static final int MAX_DOCUMENTS = 10;

    boolean saved() {
        return !savedId.isEmpty();
    }

    /** The draft of a document just read. */
    static ImportDraft of(String file, Imported imported) {
        PostMortem record = imported.record();
        ObjectNode rest = Json.mapper().valueToTree(record);
        rest.remove("title");
        rest.remove("severity");
        Severity severity = record.severity();
        String level = severity == null ? "" : String.valueOf(severity.level());
        return new ImportDraft(file, imported.layout() == null ? "" : imported.layout().templateName(),
                record.title(), level, level, severity == null ? "" : severity.label(), Json.writePretty(rest),
                imported.report(), "", "");
    }

    ImportDraft saved(String change, String id) {
        return new ImportDraft(file, layout, title, severity, readLevel, readLabel, rest, report, change, id);
    }

    /** The drafts a review form sent back, in order ({@code doc.0.title}, {@code doc.1.title}...). */
    static List<ImportDraft> fromForm(Map<String, List<String>> form) {
        List<ImportDraft> drafts = new ArrayList<>();
        for (int i = 0; i < MAX_DOCUMENTS && form.containsKey("doc." + i + ".file"); i++) {
            String p = "doc." + i + ".";
            drafts.add(new ImportDraft(FormRows.one(form, p + "file"), FormRows.one(form, p + "layout"),
                    FormRows.one(form, p + "title").strip(), FormRows.one(form, p + "severity").strip(),
                    FormRows.one(form, p + "readLevel"), FormRows.one(form, p + "readLabel"),
                    FormRows.one(form, p + "rest").replace("\r\n", "\n"), report(FormRows.one(form, p + "report")),
                    FormRows.one(form, p + "savedChange"), FormRows.one(form, p + "savedId")));
        }
        return drafts;
    }

    private static ImportReport report(String json) {
        try {
            return json.isBlank() ? null : Json.mapper().readValue(json, ImportReport.class);
        } catch (JsonProcessingException | RuntimeException e) {
            return null; // shown as missing; the record is checked on its own
        }
    }

    String reportJson() {
        return report == null ? "" : Json.write(report);
    }

    /** The seed layout it was read as, or null. */
    BuiltInTemplate seedLayout() {
        return BuiltInTemplate.named(layout).orElse(null);
    }

    /**
     * The record as corrected, checked as the store would check it, so that a batch is saved only when every
     * document in it would be.
     *
     * @throws InvalidInput naming every field that is wrong ("title", "severity", "record", "timeline[2].at")
     */
    PostMortem corrected(Conventions conventions) {
        List<FieldProblem> problems = new ArrayList<>();
        if (title.isBlank()) {
            problems.add(new FieldProblem("title", "is required: say in a few words what happened"));
        }
        Severity chosen = null;
        if (!severity.isEmpty()) {
            try {
                int level = Integer.parseInt(severity);
                chosen = severity.equals(readLevel) ? new Severity(level, readLabel)
                        : conventions.severityScale().severity(level);
            } catch (IllegalArgumentException e) {
                problems.add(new FieldProblem("severity", "'" + severity + "' is not a level on this scale"));
            }
        }
        JsonNode tree;
        try {
            tree = Json.mapper().readTree(rest);
        } catch (JsonProcessingException e) {
            tree = null;
        }
        if (!(tree instanceof ObjectNode object)) {
            problems.add(new FieldProblem("record", "is not a JSON object: "
                    + "put back the braces around the record's fields"));
            throw new InvalidInput(problems);
        }
        object.put("title", title);
        if (chosen == null) {
            object.remove("severity");
        } else {
            object.set("severity", Json.mapper().valueToTree(chosen));
        }
        PostMortem record;
        try {
            record = Json.read(Json.write(object), PostMortem.class);
        } catch (InvalidInput e) {
            problems.addAll(e.problems());
            throw new InvalidInput(problems);
        }
        problems.addAll(new PostMortemRules(conventions).problems(record));
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        return record;
    }
}
