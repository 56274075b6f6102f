package dev.hindsight.cli;

import dev.hindsight.actions.ActionKind;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.actions.board.ActionBoard;
import dev.hindsight.actions.board.BoardItem;
import dev.hindsight.actions.board.BoardQuery;
import dev.hindsight.actions.board.ItemProgress;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.InvalidInput;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "actions", mixinStandardHelpOptions = true,
        description = {"The action items of every incident, open ones due soonest first.",
                "Mark one done: hindsight actions done INC-2026-0001 AI-2"},
        subcommands = {ActionsCommand.Done.class, ActionsCommand.SetStatus.class})
final class ActionsCommand extends CommandBase implements Callable<Integer> {

    @Option(names = "--owner", paramLabel = "NAME", description = "Owned by (any case).")
    String owner;

    @Option(names = "--team", paramLabel = "TEAM", description = "Owned by this team (any case).")
    String team;

    @Option(names = "--service", paramLabel = "SERVICE", description = "Of incidents that affected this service.")
    String service;

    @Option(names = "--priority", paramLabel = "P", description = "P0, P1, P2 or the organisation's label.")
    String priority;

    @Option(names = "--kind", paramLabel = "KIND", description = "detective, preventive, corrective or process.")
    String kind;

    @Option(names = "--incident", paramLabel = "ID", description = "Only this incident's items.")
    String incident;

    @Option(names = "--overdue", description = "Only items past their due date and not done.")
    boolean overdue;

    @Option(names = "--due-this-week", description = "Only items not done that are due in the next 7 days "
            + "(today included).")
    boolean dueThisWeek;

    @Option(names = "--late", description = "Only items due later than their priority allows.")
    boolean late;

    @Option(names = "--state", paramLabel = "STATE", defaultValue = "open", description = "open (default), done "
            + "or all.")
    String state;

    @Option(names = "--order", paramLabel = "ORDER", defaultValue = "due", description = "due (default), priority, "
            + "incident or updated.")
    String order;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "100", description = "At most N (1-500, default 100).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N.")
    int offset;

    @Option(names = "--json", description = "Print {items, total} as JSON.")
    boolean json;

    @Override
    public Integer call() {
        HindsightConfig config = config();
        BoardQuery query = query(config); // refused before the store is opened
        try (Session session = open(config)) {
            ActionBoard board = new ActionBoard(session.database(), config.conventions(), session.clock());
            Principal operator = Principal.operator(config.author());
            List<BoardItem> items = board.items(query, operator);
            int total = board.count(query, operator);
            if (json) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("items", items);
                body.put("total", total);
                out().println(Json.writePretty(body));
                return 0;
            }
            if (items.isEmpty()) {
                out().println("No action items match.");
                return 0;
            }
            out().printf("%-16s %-7s %-10s %-11s %-12s %-16s %-14s %s%n", "INCIDENT", "ID", "PRIORITY", "DUE", "STATUS",
                    "OWNER", "TEAM", "ACTION");
            for (BoardItem i : items) {
                String due = i.dueDate() == null ? "-" : i.dueDate().toString();
                String flags = (i.overdue() ? " [overdue]" : "") + (i.late() ? " [late]" : "");
                out().printf("%-16s %-7s %-10s %-11s %-12s %-16s %-14s %s%s%n", i.incidentId(), i.key(),
                        dash(i.priorityLabel()), due, i.status().code(), dash(i.owner()), dash(i.team()), i.title(), flags);
            }
            if (total > items.size()) {
                out().printf("Showing %d-%d of %d. Next page: --offset %d%n", offset + 1, offset + items.size(), total,
                        offset + items.size());
            }
        }
        return 0;
    }

    private BoardQuery query(HindsightConfig config) {
        if (limit < 1 || limit > BoardQuery.MAX_LIMIT) {
            throw InvalidInput.of("--limit", "must be between 1 and " + BoardQuery.MAX_LIMIT + ", was " + limit);
        }
        if (offset < 0) {
            throw InvalidInput.of("--offset", "cannot be negative, was " + offset);
        }
        Priority tier = null;
        if (priority != null) {
            tier = config.conventions().actionPolicy().tierLabelled(priority).map(t -> t.priority())
                    .orElseGet(() -> parse(Priority.class, "--priority", priority));
        }
        return BoardQuery.builder().state(parse(BoardQuery.State.class, "--state", state))
                .order(parse(BoardQuery.Order.class, "--order", order)).overdue(overdue).dueThisWeek(dueThisWeek)
                .late(late).owner(owner).team(team).service(service).priority(tier)
                .kind(kind == null ? null : parse(ActionKind.class, "--kind", kind)).incident(incident)
                .page(offset, limit).build();
    }

    private static String dash(String text) {
        return text == null || text.isEmpty() ? "-" : text;
    }

    static <E extends Enum<E> & Coded> E parse(Class<E> type, String field, String text) {
        try {
            return Coded.parse(type, text);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of(field, e.getMessage());
        }
    }

    /** Saves the incident with one item moved to {@code status}, as the operator named by --author. */
    static int move(CommandBase command, String id, String key, ActionStatus status) {
        HindsightConfig config = command.config();
        try (Session session = command.open(config)) {
            PostMortem current = session.incidents().get(id);
            String itemKey = ItemProgress.find(current, key).key();
            PostMortem changed = ItemProgress.moved(current, itemKey, status);
            PostMortem saved = session.incidents().update(id, current.revision(), changed,
                    Principal.operator(config.author()));
            command.out().println(saved.revision() == current.revision()
                    ? id + " " + itemKey + " was already " + status.code() + " (revision " + saved.revision() + ")"
                    : id + " " + itemKey + " is " + status.code() + "; saved as revision " + saved.revision());
        }
        return 0;
    }

    @Command(name = "done", mixinStandardHelpOptions = true, description = "Mark an action item done.")
    static final class Done extends CommandBase implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INCIDENT-ID", description = "The incident id.")
        String id;

        @Parameters(index = "1", paramLabel = "KEY", description = "The item's id within the incident (AI-2).")
        String key;

        @Override
        public Integer call() {
            return move(this, id, key, ActionStatus.DONE);
        }
    }

    @Command(name = "status", mixinStandardHelpOptions = true, description = "Set an action item's status.")
    static final class SetStatus extends CommandBase implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "INCIDENT-ID", description = "The incident id.")
        String id;

        @Parameters(index = "1", paramLabel = "KEY", description = "The item's id within the incident (AI-2).")
        String key;

        @Parameters(index = "2", paramLabel = "STATUS", description = "open, in_progress or done.")
        String status;

        @Override
        public Integer call() {
            return move(this, id, key, parse(ActionStatus.class, "STATUS", status));
        }
    }
}
