package dev.hindsight.template;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.Reviewer;
import java.util.List;

/**
 * The follow-through facts a layout's own sections have no place for, as the "Follow-through" appendix every
 * built-in layout ends with: action items' team, kind, priority words and status; each reviewer's account,
 * verdict revision, whether it is outdated and their comment; the dated follow-up reviews; the final waiver;
 * the knowledge-sharing checklist. The importer reads the appendix back (importer.FollowThroughAppendix), so
 * a rendered document loses none of them. Stateless.
 */
final class FollowThroughView {

    /** Stands for a line break inside a table cell or a one-line value; read back as one. */
    static final String LINE_BREAK = "<br>";

    private FollowThroughView() {
    }

    static View of(PostMortem r) {
        List<ActionItem> detailed = r.actionItems().stream().filter(FollowThroughView::hasDetail).toList();
        List<Reviewer> reviewers = r.reviewers();
        FinalWaiver waiver = r.finalWaiver();
        View v = new View(14)
                .list("actions", detailed, FollowThroughView::action)
                .flag("hasActions", !detailed.isEmpty())
                .list("reviewers", reviewers, FollowThroughView::reviewer)
                .flag("hasReviewers", !reviewers.isEmpty())
                .list("followUps", r.followUpReviews(), f -> new View(4).put("date", f.date().toString())
                        .put("focus", oneLine(f.focus())).put("box", f.done() ? "[x]" : "[ ]").flag("done", f.done()))
                .flag("hasFollowUps", !r.followUpReviews().isEmpty())
                .list("knowledgeSharing", r.knowledgeSharing(), FollowThroughView::checklist)
                .flag("hasKnowledgeSharing", !r.knowledgeSharing().isEmpty())
                .flag("hasWaiver", waiver != null);
        if (waiver != null) {
            v.put("waiver", new View(3).put("reason", oneLine(waiver.reason())).put("by", oneLine(waiver.by()))
                    .put("at", waiver.at() == null ? "" : waiver.at().toString()));
        }
        v.flag("present", !detailed.isEmpty() || !reviewers.isEmpty() || !r.followUpReviews().isEmpty()
                || !r.knowledgeSharing().isEmpty() || waiver != null);
        return v;
    }

    /** Whether an item has more than the layouts' own action lists show. */
    private static boolean hasDetail(ActionItem a) {
        return !a.team().isEmpty() || a.kind() != null || !a.priorityLabel().isEmpty()
                || a.status() != ActionStatus.OPEN;
    }

    private static View action(ActionItem a) {
        return new View(8).put("key", View.cell(a.key())).put("title", View.cell(a.title()))
                .put("team", View.cell(a.team())).put("kind", a.kind() == null ? "" : a.kind().code())
                .put("label", View.cell(a.priorityLabel())).put("tier", a.priority() == null ? "" : a.priority().code())
                .put("status", a.status().code());
    }

    private static View reviewer(Reviewer x) {
        return new View(9).put("name", View.cell(x.name())).put("role", View.cell(x.role()))
                .put("verdict", x.state().code()).put("date", x.date() == null ? "" : x.date().toString())
                .put("account", View.cell(x.account())).put("revision", x.revision() == 0 ? "" : String.valueOf(x.revision()))
                .put("outdated", x.outdated() ? "Yes" : "No").put("comment", tableText(x.comment()));
    }

    private static View checklist(ChecklistItem c) {
        return new View(3).put("text", oneLine(c.text())).put("box", c.done() ? "[x]" : "[ ]").flag("done", c.done());
    }

    /** Text for one table cell, its line breaks kept as {@link #LINE_BREAK}. */
    static String tableText(String text) {
        return oneLine(text).replace("|", "\\|");
    }

    /** Text on one line, its line breaks kept as {@link #LINE_BREAK}. */
    static String oneLine(String text) {
        if (text == null) {
            return "";
        }
        return text.replace("\r\n", "\n").replace("\r", "\n").replace("\n", LINE_BREAK);
    }
}
