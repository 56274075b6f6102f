package dev.hindsight.web;

import dev.hindsight.lint.Dismissal;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The incident page's review findings: what the review assistant finds open on the record as saved (through
 * {@link dev.hindsight.lint.RecordLint}), each linked to the part of the page where it is fixed, and the findings
 * dismissed on it that still stand, with who dismissed them, when and why. The same count stands beside the
 * "Request review" button, which asks to confirm while any are open.
 */
public record FindingsPanel(List<Item> items, long errors, long warnings, long notes, List<Dismissed> dismissed) {

    /**
     * One finding as the page shows it; {@code anchor} is the page part's id ("analysis-summary", "actions").
     * {@code refused} is what a dismissal of it typed when the dismissal was refused (the reason, and why it was
     * refused), shown again in its form; null otherwise.
     */
    public record Item(String rule, String level, String field, String anchor, String excerpt, String why,
                       String suggestion, Refused refused) {
    }

    /** A dismissal refused without script: the reason as typed and the problems, so nothing typed is lost. */
    public record Refused(String reason, List<String> problems) {
    }

    /**
     * A standing dismissal as the page shows it; {@code hides} is false once its sentence was rewritten (it then
     * hides nothing, and stays until someone reinstates it).
     */
    public record Dismissed(int number, String rule, String field, String excerpt, String reason, String by,
                            String at, boolean hides) {
    }

    static FindingsPanel of(List<Finding> found) {
        return of(found, List.of(), Set.of(), ZoneId.of("UTC"));
    }

    /**
     * The panel of a record's open findings, and of its standing dismissals ({@code all} may hold reinstated ones
     * too; they are left to the history page), {@code hiding} the numbers of those that hide a finding now.
     */
    static FindingsPanel of(List<Finding> found, List<Dismissal> all, Set<Integer> hiding, ZoneId zone) {
        List<Item> items = found.stream().map(f -> new Item(f.rule(), f.level().code(), f.field(), anchor(f.field()),
                f.excerpt(), f.why(), f.suggestion(), null)).toList();
        List<Dismissed> dismissed = all.stream().filter(Dismissal::standing).map(d -> new Dismissed(d.number(),
                d.rule(), d.field(), d.excerpt(), d.reason(), d.dismissedBy(),
                IncidentView.shown(d.dismissedAt(), zone), hiding.contains(d.number()))).toList();
        return new FindingsPanel(items, count(found, FindingLevel.ERROR), count(found, FindingLevel.WARNING),
                count(found, FindingLevel.NOTE), dismissed);
    }

    /**
     * The panel with a refused dismissal's form filled again: the finding it named (rule, field and excerpt as the
     * form sent them) keeps the reason typed and the problems beside it. A form naming no open finding changes
     * nothing (the problems are shown at the top of the page as any refusal's are).
     */
    FindingsPanel withRefused(Map<String, List<String>> form, List<String> problems) {
        String rule = FormRows.one(form, "rule");
        String field = FormRows.one(form, "field");
        String excerpt = FormRows.one(form, "excerpt");
        Refused refused = new Refused(FormRows.one(form, "reason"), List.copyOf(problems));
        boolean[] placed = {false};
        List<Item> filled = items.stream().map(i -> !placed[0] && i.rule().equals(rule) && i.field().equals(field)
                && i.excerpt().equals(excerpt) && (placed[0] = true) ? new Item(i.rule(), i.level(), i.field(),
                i.anchor(), i.excerpt(), i.why(), i.suggestion(), refused) : i).toList();
        return new FindingsPanel(filled, errors, warnings, notes, dismissed);
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
