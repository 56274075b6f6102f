package dev.hindsight.importer.appendix;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.incident.ChecklistItem;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.Coded;
import dev.hindsight.review.FinalWaiver;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The "Follow-through" appendix every built-in layout ends with when a record has follow-through facts its own
 * sections have no place for (template.FollowThroughView writes it): action items' team, kind, priority words
 * and status; reviewers with their account, revision, whether the verdict is outdated and their comment; the
 * dated follow-up reviews; the knowledge-sharing checklist; the final waiver. It is cut off before the layout's
 * reader sees the document, then laid over what that reader found: a fact the layout's own sections gave wins,
 * the appendix fills the rest. Immutable; thread-safe.
 */
public final class FollowThroughAppendix {

    private static final String HEADING = "follow through";
    private static final String LINE_BREAK = "<br>";
    private static final Pattern DATED = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})\\s*:\\s*(.*)$");
    private static final Pattern LABELLED = Pattern.compile("^([A-Za-z]+)\\s*:\\s*(.*)$");

    private static final List<String> PARTS = List.of("action item details", "reviewers", "follow up reviews",
            "knowledge sharing", "final waiver");

    private final List<List<String>> actions;
    private final List<List<String>> reviewers;
    private final List<FollowUpReview> followUps;
    private final List<ChecklistItem> knowledgeSharing;
    private final FinalWaiver waiver;

    private FollowThroughAppendix(List<List<String>> actions, List<List<String>> reviewers,
                                  List<FollowUpReview> followUps, List<ChecklistItem> knowledgeSharing,
                                  FinalWaiver waiver) {
        this.actions = actions;
        this.reviewers = reviewers;
        this.followUps = followUps;
        this.knowledgeSharing = knowledgeSharing;
        this.waiver = waiver;
    }

    /** A document parted into the layout's own text and its appendix (empty when it has none). */
    public record Split(String body, FollowThroughAppendix appendix) {
    }

    static FollowThroughAppendix none() {
        return new FollowThroughAppendix(List.of(), List.of(), List.of(), List.of(), null);
    }

    boolean isEmpty() {
        return actions.isEmpty() && reviewers.isEmpty() && followUps.isEmpty() && knowledgeSharing.isEmpty()
                && waiver == null;
    }

    /**
     * Parts the document at its last "Follow-through" heading. A heading of that name whose text holds none of
     * the appendix's parts is a section like any other and stays in the document.
     */
    public static Split split(String text) {
        // The lines from the last, by where they start and end: a document without the heading (most of them) is
        // never split into lines for it, and one with it only after the heading.
        int end = text.length();
        while (end >= 0) {
            int start = text.lastIndexOf('\n', end - 1) + 1;
            int from = start;
            int to = end;
            while (from < to && Character.isWhitespace(text.charAt(from))) {
                from++;
            }
            while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
                to--;
            }
            if (to > from && to - from <= 40 && Character.toLowerCase(text.charAt(to - 1)) == 'h'
                    && ReadingWords.key(withoutHashes(text.substring(from, to))).equals(HEADING)) {
                List<String> after = end == text.length() ? List.of()
                        : List.of(text.substring(end + 1).split("\n", -1));
                FollowThroughAppendix appendix = read(after);
                if (appendix.isEmpty()) {
                    break;
                }
                // The lines before the heading, each ending in "\n": the text up to the heading's line.
                return new Split(start == 0 ? "\n" : text.substring(0, start), appendix);
            }
            end = start - 1;
        }
        return new Split(text, none());
    }

    private static FollowThroughAppendix read(List<String> lines) {
        List<List<String>> actions = List.of();
        List<List<String>> reviewers = List.of();
        List<FollowUpReview> followUps = new ArrayList<>();
        List<ChecklistItem> sharing = new ArrayList<>();
        FinalWaiver waiver = null;
        int start = 0;
        while (start < lines.size()) {
            String part = heading(lines.get(start));
            int end = start + 1;
            while (end < lines.size() && heading(lines.get(end)) == null) {
                end++;
            }
            List<String> body = lines.subList(start + 1, end);
            if (part != null) {
                switch (part) {
                    case "action item details" -> actions = table(body, "id", "action", "team", "kind", "priority",
                            "tier", "status");
                    case "reviewers" -> reviewers = table(body, "name", "role", "verdict", "date", "account",
                            "revision", "outdated", "comment");
                    case "follow up reviews" -> followUps.addAll(followUps(body));
                    case "knowledge sharing" -> body.stream().map(String::strip).filter(l -> l.startsWith("- ["))
                            .map(l -> new ChecklistItem(text(AppendixText.unboxed(l.substring(2))), AppendixText.isTicked(l.substring(2))))
                            .forEach(sharing::add);
                    case "final waiver" -> waiver = waiver(body);
                    default -> { }
                }
            }
            start = end;
        }
        return new FollowThroughAppendix(actions, reviewers, followUps, sharing, waiver);
    }

    /**
     * The normal name of a "### Part" heading, or of a part's name on a line of its own (as the plain-text form
     * writes it); null for any other line.
     */
    private static String heading(String line) {
        String t = line.strip();
        if (t.startsWith("#")) {
            return ReadingWords.key(withoutHashes(t));
        }
        String name = t.length() > 30 ? "" : ReadingWords.key(t);
        return PARTS.contains(name) ? name : null;
    }

    /** The rows of the table in {@code lines}, each cell put in the place of its column among {@code columns}. */
    private static List<List<String>> table(List<String> lines, String... columns) {
        int[] at = new int[columns.length];
        java.util.Arrays.fill(at, -1);
        lines.stream().map(String::strip).filter(l -> l.startsWith("|")).findFirst().ifPresent(header -> {
            List<String> names = Tables.cells(header).stream().map(ReadingWords::key).toList();
            for (int c = 0; c < columns.length; c++) {
                at[c] = names.indexOf(columns[c]);
            }
        });
        List<List<String>> out = new ArrayList<>();
        for (List<String> row : Tables.rows(lines)) {
            List<String> cells = new ArrayList<>(columns.length);
            for (int index : at) {
                cells.add(index >= 0 && index < row.size() ? row.get(index) : "");
            }
            out.add(cells);
        }
        return out;
    }

    private static List<FollowUpReview> followUps(List<String> lines) {
        List<FollowUpReview> out = new ArrayList<>();
        for (String line : lines) {
            String t = line.strip();
            if (!t.startsWith("- ")) {
                continue;
            }
            Matcher m = DATED.matcher(AppendixText.unboxed(t.substring(2)));
            if (m.matches()) {
                try {
                    out.add(new FollowUpReview(LocalDate.parse(m.group(1)), text(m.group(2)),
                            AppendixText.isTicked(t.substring(2))));
                } catch (DateTimeParseException e) {
                    // not a date after all: the line is not a follow-up review
                }
            }
        }
        return out;
    }

    private static FinalWaiver waiver(List<String> lines) {
        String reason = "";
        String by = "";
        Instant at = null;
        boolean any = false;
        for (String line : lines) {
            String t = line.strip();
            Matcher m = t.startsWith("- ") ? LABELLED.matcher(t.substring(2)) : null;
            if (m == null || !m.matches()) {
                continue;
            }
            any = true;
            switch (m.group(1).toLowerCase(Locale.ROOT)) {
                case "reason" -> reason = text(m.group(2));
                case "by" -> by = text(m.group(2));
                case "at" -> at = AppendixTimes.instant(m.group(2).strip());
                default -> { }
            }
        }
        return any ? new FinalWaiver(reason, by, at) : null;
    }

    /**
     * The record with the appendix laid over it. Action items and reviewers are matched by title and name, in
     * order; a fact the layout's own sections gave is kept, the appendix fills what they could not hold.
     */
    public PostMortem applyTo(PostMortem record, ActionPolicy policy, java.util.function.Consumer<String> notes) {
        if (isEmpty()) {
            return record;
        }
        var b = record.toBuilder();
        if (!actions.isEmpty()) {
            b.actionItems(items(record.actionItems(), policy, notes));
        }
        if (!reviewers.isEmpty()) {
            b.reviewers(reviewers(record.reviewers()));
        }
        if (record.followUpReviews().isEmpty()) {
            b.followUpReviews(followUps);
        }
        if (record.knowledgeSharing().isEmpty()) {
            b.knowledgeSharing(knowledgeSharing);
        }
        if (record.finalWaiver() == null) {
            b.finalWaiver(waiver);
        }
        return b.build();
    }

    private List<ActionItem> items(List<ActionItem> read, ActionPolicy policy, java.util.function.Consumer<String> notes) {
        List<ActionItem> out = new ArrayList<>(read);
        boolean[] matched = new boolean[read.size()];
        for (List<String> row : actions) {
            int i = match(read, matched, row.get(0), row.get(1));
            if (i < 0) {
                notes.accept("follow-through details for action item '" + row.get(1) + "' match no action item; "
                        + "skipped");
                continue;
            }
            matched[i] = true;
            ActionItem a = read.get(i);
            String label = row.get(4);
            Priority priority = a.priority() != null ? a.priority() : priority(row.get(5), label, policy);
            ActionStatus status = a.status() == ActionStatus.OPEN ? coded(ActionStatus.class, row.get(6))
                    .orElse(ActionStatus.OPEN) : a.status();
            out.set(i, new ActionItem(a.key().isEmpty() ? row.get(0) : a.key(), a.title(), a.description(), a.owner(),
                    priority, a.dueDate(), status, a.ticket(), a.team().isEmpty() ? row.get(2) : a.team(),
                    a.kind() != null ? a.kind() : coded(ActionKind.class, row.get(3)).orElse(null),
                    a.priorityLabel().isEmpty() ? label : a.priorityLabel(), a.history()));
        }
        return out;
    }

    /** The first item not yet matched with this title, preferring one with this key. */
    private static int match(List<ActionItem> items, boolean[] matched, String key, String title) {
        int byTitle = -1;
        for (int i = 0; i < items.size(); i++) {
            if (matched[i] || !items.get(i).title().equals(title)) {
                continue;
            }
            if (key.isEmpty() || items.get(i).key().equals(key)) {
                return i;
            }
            byTitle = byTitle < 0 ? i : byTitle;
        }
        return byTitle;
    }

    private static Priority priority(String tier, String label, ActionPolicy policy) {
        return coded(Priority.class, tier)
                .or(() -> policy.tierLabelled(label).map(ActionPolicy.Tier::priority))
                .or(() -> coded(Priority.class, label)).orElse(null);
    }

    private List<Reviewer> reviewers(List<Reviewer> read) {
        List<Reviewer> out = new ArrayList<>(read);
        boolean[] matched = new boolean[read.size()];
        for (List<String> row : reviewers) {
            String name = row.get(0);
            int i = -1;
            for (int j = 0; j < read.size() && i < 0; j++) {
                if (!matched[j] && read.get(j).name().equalsIgnoreCase(name)) {
                    i = j;
                }
            }
            ReviewState state = coded(ReviewState.class, row.get(2)).orElse(ReviewState.NOT_REVIEWED);
            LocalDate date = AppendixTimes.date(row.get(3));
            int revision = row.get(5).matches("\\d{1,9}") ? Integer.parseInt(row.get(5)) : 0;
            boolean outdated = "yes".equalsIgnoreCase(row.get(6).strip());
            String comment = text(row.get(7));
            if (i < 0) {
                out.add(new Reviewer(name, row.get(1), state, date, row.get(4), comment, revision, outdated));
                continue;
            }
            matched[i] = true;
            Reviewer r = read.get(i);
            out.set(i, new Reviewer(r.name(), r.role().isEmpty() ? row.get(1) : r.role(), r.state(),
                    r.date() == null ? date : r.date(), r.account().isEmpty() ? row.get(4) : r.account(),
                    r.comment().isEmpty() || sameWords(r.comment(), comment) ? comment : r.comment(),
                    r.revision() == 0 ? revision : r.revision(),
                    r.outdated() || outdated));
        }
        return out;
    }

    /**
     * A comment the layout's own table gave on one line, its line breaks made spaces there: the appendix's keeps
     * them.
     */
    private static boolean sameWords(String read, String written) {
        return read.equals(written.replace('\n', ' ')) || String.join(" ", read.split("\\s+"))
                .equals(String.join(" ", written.split("\\s+")));
    }

    private static <E extends Enum<E> & Coded> Optional<E> coded(Class<E> type, String text) {
        if (text == null || text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(Coded.parse(type, text));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }

    /** One-line text with its line breaks given back. */
    private static String text(String written) {
        return written.strip().replace(LINE_BREAK, "\n");
    }

    /** A heading's text after its leading '#'s; by hand, as it runs on every line of every document. */
    private static String withoutHashes(String line) {
        int at = 0;
        while (at < line.length() && line.charAt(at) == '#') {
            at++;
        }
        return line.substring(at);
    }
}
