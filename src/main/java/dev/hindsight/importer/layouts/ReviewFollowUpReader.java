package dev.hindsight.importer.layouts;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.importer.layouts.ReviewBlocks.Block;
import dev.hindsight.importer.layouts.ReviewBlocks.Item;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.kernel.Coded;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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

    /** "2026-03-17: focus", or "Week 1 (2026-03-17): focus". */
    private static final Pattern DATED_STEP = Pattern.compile(
            "^(?:(\\d{4}-\\d{2}-\\d{2})|[^():]*?\\(\\s*(\\d{4}-\\d{2}-\\d{2})\\s*\\))\\s*:\\s*(.*)$");

    private static final Map<Class<?>, Map<String, Object>> VOCABULARIES = new ConcurrentHashMap<>();

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
        List<String> cadence = new ArrayList<>();
        List<FollowUpReview> followUps = new ArrayList<>();
        for (String text : texts(items(followUp, "Review Cadence"))) {
            FollowUpReview dated = followUp(text);
            if (dated != null) {
                followUps.add(dated);
            } else {
                cadence.add(text);
            }
        }
        draft.record.followUpReviews(followUps);
        draft.record.reviewMeeting(new ReviewMeeting(date != null ? date : postMortemScheduled, attendees, points,
                cadence.equals(CADENCE) ? List.of() : cadence));
        draft.record.reviewers(reviewers(sections.lines("Approvals", "Approval")));
        draft.record.knowledgeSharing(checklist(ReviewBlocks.blocks(sections.lines("Knowledge Sharing")).get(0).items(),
                SHARING));
        ReviewFooter.read(draft, ReviewValues.date(ReviewSummaryReader.value(followUp, "Next Review Date")));
    }

    /**
     * A cadence bullet with its day: "[ ] 2026-03-17: Check immediate actions" as written here, or "Week 1
     * (2026-03-17): Check immediate actions" as people write it; null for an undated one ("Week 1: ...").
     */
    static FollowUpReview followUp(String text) {
        boolean held = ReviewLines.ticked(text);
        String t = ReviewLines.unboxed(text);
        Matcher m = DATED_STEP.matcher(t);
        if (!m.matches()) {
            return null;
        }
        try {
            return new FollowUpReview(LocalDate.parse(m.group(1) != null ? m.group(1) : m.group(2)),
                    m.group(3).replace("<br>", "\n"), held);
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private static List<Item> items(List<Block> blocks, String label) {
        Block b = ReviewBlocks.block(blocks, label);
        return b == null ? List.of() : b.items();
    }

    private static List<String> texts(List<Item> items) {
        return items.stream().map(Item::text).filter(t -> !ReviewPlaceholders.isUnfilled(t)).toList();
    }

    /** A checklist; the template's own list left unticked and unchanged reads as no list at all. */
    static List<ChecklistItem> checklist(List<Item> items, List<String> template) {
        List<ChecklistItem> out = new ArrayList<>();
        for (Item item : items) {
            String text = ReviewLines.unboxed(item.text());
            if (!ReviewPlaceholders.isUnfilled(text)) {
                out.add(new ChecklistItem(text, ReviewLines.ticked(item.text())));
            }
        }
        boolean untouched = out.stream().noneMatch(ChecklistItem::done)
                && out.stream().map(ChecklistItem::text).toList().equals(template);
        return untouched ? List.of() : out;
    }

    private static List<ActionItem> actions(List<String> lines, Priority priority, ReviewDraft draft) {
        List<ActionItem> out = new ArrayList<>();
        for (Map<String, String> row : ReviewTables.read(lines)) {
            String title = ReviewPlaceholders.value(ReviewTables.cell(row, "Action", "Action Item", "Title", "Task"));
            if (title.isEmpty()) {
                continue;
            }
            Priority p = priority;
            String written = ReviewPlaceholders.value(ReviewTables.cell(row, "Priority"));
            if (p == null && !written.isEmpty()) {
                p = draft.context.conventions().actionPolicy().tierLabelled(written)
                        .map(ActionPolicy.Tier::priority).orElseGet(() -> parse(Priority.class, written));
            }
            String key = ReviewPlaceholders.value(ReviewTables.cell(row, "ID", "Key", "#"));
            // A table with a Priority column (a hand-made one, or a merged table) names the organisation's word.
            String label = written.isEmpty() || p != null && written.equals(p.code()) ? "" : written;
            out.add(new ActionItem(key, title, ReviewTables.cell(row, "Description", "Notes"),
                    ReviewPlaceholders.value(ReviewTables.cell(row, "Owner", "Assignee")), p,
                    ReviewValues.date(ReviewTables.cell(row, "Due Date", "Due")),
                    status(ReviewTables.cell(row, "Status"), draft), ReviewPlaceholders.value(ReviewTables.cell(row, "Ticket")),
                    ReviewPlaceholders.value(ReviewTables.cell(row, "Team")),
                    parse(ActionKind.class, ReviewPlaceholders.value(ReviewTables.cell(row, "Kind", "Type"))), label,
                    null));
        }
        return out;
    }

    private static ActionStatus status(String written, ReviewDraft draft) {
        String t = ReviewPlaceholders.value(written).toLowerCase(Locale.ROOT);
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

    /**
     * {@link Coded#parse}, null where it throws. Every action row has a status and often a priority, and parsing
     * normalises every code and alias of the type each time, so each type's written forms are normalised once
     * into a table: for each form the first value having it, as parse's search finds it.
     */
    private static <E extends Enum<E> & Coded> E parse(Class<E> type, String text) {
        return type.cast(VOCABULARIES.computeIfAbsent(type, ReviewFollowUpReader::vocabulary).get(coded(text)));
    }

    private static Map<String, Object> vocabulary(Class<?> type) {
        Map<String, Object> words = new HashMap<>();
        for (Object constant : type.getEnumConstants()) {
            Coded value = (Coded) constant;
            words.putIfAbsent(coded(value.code()), value);
            words.putIfAbsent(coded(((Enum<?>) constant).name()), value);
            for (String alias : value.aliases()) {
                words.putIfAbsent(coded(alias), value);
            }
        }
        return words;
    }

    /** A written form as {@link Coded#parse} compares them. */
    private static String coded(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }

    private static List<Reviewer> reviewers(List<String> lines) {
        List<Reviewer> out = new ArrayList<>();
        for (Map<String, String> row : ReviewTables.read(lines)) {
            String name = ReviewPlaceholders.value(ReviewTables.cell(row, "Name", "Approver"));
            if (name.isEmpty()) {
                continue;
            }
            String approved = Section.normal(ReviewPlaceholders.value(ReviewTables.cell(row, "Approved", "Status")));
            ReviewState state = approved.startsWith("yes") || approved.startsWith("approved")
                    || approved.startsWith("lgtm") ? ReviewState.LGTM
                    : approved.contains("change") || approved.startsWith("rejected") ? ReviewState.CHANGES_REQUESTED
                    : ReviewState.NOT_REVIEWED;
            String comment = ReviewPlaceholders.value(ReviewTables.cell(row, "Comment", "Comments", "Notes"))
                    .replace("<br>", "\n");
            out.add(new Reviewer(name, ReviewPlaceholders.value(ReviewTables.cell(row, "Role")), state,
                    ReviewValues.date(ReviewTables.cell(row, "Date")), null, comment, 0, false));
        }
        return out;
    }
}
