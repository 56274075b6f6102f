package dev.hindsight.importer;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.importer.ReviewBlocks.Block;
import dev.hindsight.importer.ReviewBlocks.Item;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.Status;
import dev.hindsight.kernel.Coded;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * Reads what a review asks to happen next: the three action-item tables (and any table without a priority),
 * the review meeting and approvals, the follow-up cadence, the knowledge-sharing checklist and the footer.
 * Stateless.
 */
final class ReviewFollowUpReader {

    private static final List<String> CADENCE = List.of("Week 1: Check immediate actions",
            "Week 2: Check short-term actions", "Month 1: Check all actions", "Month 3: Final review");
    private static final List<String> SHARING = List.of("Post-mortem published internally",
            "Team meeting presentation scheduled", "Documentation updated", "Training materials created (if needed)",
            "External blog post (if applicable)");

    private ReviewFollowUpReader() {
    }

    static void read(ReviewSections sections, ReviewDraft draft, LocalDate postMortemScheduled) {
        List<ActionItem> actions = new ArrayList<>();
        actions.addAll(actions(sections.lines("Immediate Actions", "Immediate"), Priority.P0, draft));
        actions.addAll(actions(sections.lines("Short-term Actions", "Short term Actions", "Short-term"), Priority.P1,
                draft));
        actions.addAll(actions(sections.lines("Long-term Actions", "Long term Actions", "Long-term"), Priority.P2,
                draft));
        actions.addAll(actions(sections.lines("Other Actions"), null, draft));
        actions.addAll(actions(sections.lines("Action Items"), null, draft));
        draft.record.actionItems(actions);

        List<Block> meeting = ReviewBlocks.blocks(sections.joined(new String[] {"Review Meeting"},
                new String[] {"Review and Approval"}));
        LocalDate date = ReviewValues.date(ReviewSummaryReader.value(meeting, "Date"));
        List<ReviewMeeting.Attendee> attendees = items(meeting, "Attendees").stream()
                .map(i -> ReviewPeople.attendee(i.text())).filter(Objects::nonNull).toList();
        List<String> points = texts(items(meeting, "Discussion Points"));
        List<Block> followUp = ReviewBlocks.blocks(sections.joined(new String[] {"Action Item Review"},
                new String[] {"Follow-up", "Follow up"}));
        List<String> cadence = texts(items(followUp, "Review Cadence"));
        draft.record.reviewMeeting(new ReviewMeeting(date != null ? date : postMortemScheduled, attendees, points,
                cadence.equals(CADENCE) ? List.of() : cadence));
        draft.record.reviewers(reviewers(sections.lines("Approvals", "Approval")));
        draft.record.knowledgeSharing(checklist(ReviewBlocks.blocks(sections.lines("Knowledge Sharing")).get(0).items(),
                SHARING));
        footer(sections, draft, ReviewValues.date(ReviewSummaryReader.value(followUp, "Next Review Date")));
    }

    private static void footer(ReviewSections sections, ReviewDraft draft, LocalDate nextReview) {
        Section all = new Section(0, "", draft.lines, 1);
        LocalDate next = nextReview != null ? nextReview : ReviewValues.date(all.labelled("Next Review"));
        draft.record.nextReviewDate(next);
        draft.record.owner(all.labelled("Owner"));
        if (draft.record.build().status() == Status.DRAFT) {
            ReviewValues.status(all.labelled("Document Status")).ifPresent(draft.record::status);
        }
    }

    private static List<Item> items(List<Block> blocks, String label) {
        Block b = ReviewBlocks.block(blocks, label);
        return b == null ? List.of() : b.items();
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).filter(t -> !Placeholders.isUnfilled(t)).toList();
    }

    /** A checklist; the template's own list left unticked and unchanged reads as no list at all. */
    static List<ChecklistItem> checklist(List<Item> items, List<String> template) {
        List<ChecklistItem> out = new ArrayList<>();
        for (Item item : items) {
            String text = Section.unboxed(item.text());
            if (!Placeholders.isUnfilled(text)) {
                out.add(new ChecklistItem(text, Section.isTicked(item.text())));
            }
        }
        boolean untouched = out.stream().noneMatch(ChecklistItem::done)
                && out.stream().map(ChecklistItem::text).toList().equals(template);
        return untouched ? List.of() : out;
    }

    private static List<ActionItem> actions(List<String> lines, Priority priority, ReviewDraft draft) {
        List<ActionItem> out = new ArrayList<>();
        for (Map<String, String> row : ReviewTables.read(lines)) {
            String title = Placeholders.value(ReviewTables.cell(row, "Action", "Action Item", "Title", "Task"));
            if (title.isEmpty()) {
                continue;
            }
            Priority p = priority;
            String written = Placeholders.value(ReviewTables.cell(row, "Priority"));
            if (p == null && !written.isEmpty()) {
                p = parse(Priority.class, written);
            }
            String key = Placeholders.value(ReviewTables.cell(row, "ID", "Key", "#"));
            out.add(new ActionItem(key, title, ReviewTables.cell(row, "Description", "Notes"),
                    Placeholders.value(ReviewTables.cell(row, "Owner", "Assignee")), p,
                    ReviewValues.date(ReviewTables.cell(row, "Due Date", "Due")),
                    status(ReviewTables.cell(row, "Status"), draft), Placeholders.value(ReviewTables.cell(row, "Ticket"))));
        }
        return out;
    }

    private static ActionStatus status(String written, ReviewDraft draft) {
        String t = Placeholders.value(written).toLowerCase(Locale.ROOT);
        if (t.isEmpty()) {
            return ActionStatus.OPEN;
        }
        ActionStatus parsed = parse(ActionStatus.class, t);
        if (parsed != null) {
            return parsed;
        }
        if (t.contains("progress")) {
            return ActionStatus.IN_PROGRESS;
        }
        if (t.contains("done") || t.contains("complete")) {
            return ActionStatus.DONE;
        }
        draft.context.note("action status '" + written + "' is not open, in progress or done; read as open");
        return ActionStatus.OPEN;
    }

    private static <E extends Enum<E> & Coded> E parse(Class<E> type, String text) {
        try {
            return Coded.parse(type, text);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Reviewer> reviewers(List<String> lines) {
        List<Reviewer> out = new ArrayList<>();
        for (Map<String, String> row : ReviewTables.read(lines)) {
            String name = Placeholders.value(ReviewTables.cell(row, "Name", "Approver"));
            if (name.isEmpty()) {
                continue;
            }
            String approved = Section.normal(Placeholders.value(ReviewTables.cell(row, "Approved", "Status")));
            ReviewState state = approved.startsWith("yes") || approved.startsWith("approved")
                    || approved.startsWith("lgtm") ? ReviewState.LGTM
                    : approved.contains("change") || approved.startsWith("rejected") ? ReviewState.CHANGES_REQUESTED
                    : ReviewState.NOT_REVIEWED;
            out.add(new Reviewer(name, Placeholders.value(ReviewTables.cell(row, "Role")), state,
                    ReviewValues.date(ReviewTables.cell(row, "Date"))));
        }
        return out;
    }
}
