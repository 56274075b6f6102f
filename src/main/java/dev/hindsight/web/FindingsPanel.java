package dev.hindsight.web;

import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import java.util.List;

/**
 * The incident page's review findings: what the review assistant finds open on the record as saved (through
 * {@link dev.hindsight.lint.RecordLint}), each linked to the part of the page where it is fixed. The same count
 * stands beside the "Request review" button, which asks to confirm while any are open.
 */
public record FindingsPanel(List<Item> items, long errors, long warnings, long notes) {

    /** One finding as the page shows it; {@code anchor} is the page part's id ("analysis-summary", "actions"). */
    public record Item(String rule, String level, String field, String anchor, String excerpt, String why,
                       String suggestion) {
    }

    static FindingsPanel of(List<Finding> found) {
        List<Item> items = found.stream().map(f -> new Item(f.rule(), f.level().code(), f.field(), anchor(f.field()),
                f.excerpt(), f.why(), f.suggestion())).toList();
        return new FindingsPanel(items, count(found, FindingLevel.ERROR), count(found, FindingLevel.WARNING),
                count(found, FindingLevel.NOTE));
    }

    public int count() {
        return items.size();
    }

    /** "3 open findings (1 error, 2 warnings)", or "No open findings". */
    public String summary() {
        if (items.isEmpty()) {
            return "No open findings";
        }
        return items.size() + " open finding" + (items.size() == 1 ? "" : "s") + " (" + errors + " error"
                + (errors == 1 ? "" : "s") + ", " + warnings + " warning" + (warnings == 1 ? "" : "s") + ", " + notes
                + " note" + (notes == 1 ? "" : "s") + ")";
    }

    /** Where on the page a field is edited: its text section, its table, else the whole-record editor. */
    static String anchor(String field) {
        if (IncidentEdits.TEXT_SECTIONS.containsKey(field)) {
            return field.replace('.', '-');
        }
        String top = field.split("[.\\[]", 2)[0];
        return switch (top) {
            case "actionItems" -> "actions";
            case "timeline" -> "timeline";
            case "responders" -> "responders";
            case "reviewers" -> "reviewers";
            case "title", "severity", "status" -> "summary";
            default -> "json";
        };
    }

    private static long count(List<Finding> found, FindingLevel level) {
        return found.stream().filter(f -> f.level() == level).count();
    }
}
