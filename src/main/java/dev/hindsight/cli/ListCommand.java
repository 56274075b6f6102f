package dev.hindsight.cli;

import dev.hindsight.timeline.TypedTime;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.IncidentQuery;
import dev.hindsight.incident.IncidentSummary;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "list", mixinStandardHelpOptions = true,
        description = "List post-mortems, most recent incident first.")
final class ListCommand extends CommandBase implements Callable<Integer> {

    private static final java.time.format.DateTimeFormatter WHEN =
            java.time.format.DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm z");

    @Option(names = "--status", paramLabel = "STATUS", description = "draft, in_review or final.")
    String status;

    @Option(names = "--severity", paramLabel = "LEVEL", description = "Level or label on the configured scale.")
    String severity;

    @Option(names = "--text", paramLabel = "TEXT", description = "Words the title holds, each at the start of a word, any case.")
    String text;

    @Option(names = "--service", paramLabel = "NAME", description = "One of the affected services (any case).")
    String service;

    @Option(names = "--open-actions", paramLabel = "yes|no", description = "yes: incidents with an action item not "
            + "done yet; no: incidents with none left.")
    String openActions;

    @Option(names = "--order", paramLabel = "ORDER", description = "newest (default), updated or severity.")
    String order;

    @Option(names = "--from", paramLabel = "DATE", description = "Started on or after (YYYY-MM-DD in the "
            + "configured time zone; an incident with no start counts from when it was written down).")
    String from;

    @Option(names = "--to", paramLabel = "DATE", description = "Started on or before (YYYY-MM-DD, likewise).")
    String to;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50", description = "At most N (default 50).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0", description = "Skip the first N.")
    int offset;

    @Option(names = "--json", description = "Print a JSON list.")
    boolean json;

    @Override
    public Integer call() {
        HindsightConfig config = config();
        IncidentQuery query = query(config);
        try (Session session = open(config)) {
            List<IncidentSummary> found = session.incidents().list(query);
            if (json) {
                out().println(Json.writePretty(found));
            } else if (found.isEmpty()) {
                out().println("No incidents" + (session.incidents().count() == 0
                        ? " yet. Start one with: hindsight new \"What happened\"" : " match."));
            } else {
                out().printf("%-16s %-9s %-10s %-21s %s%n", "ID", "SEVERITY", "STATUS", "STARTED", "TITLE");
                for (IncidentSummary s : found) {
                    out().printf("%-16s %-9s %-10s %-21s %s%n", s.id(),
                            s.severityLevel() == null ? "-" : config.severityScale().level(s.severityLevel())
                                    .map(l -> l.label()).orElse(String.valueOf(s.severityLevel())),
                            s.status().code(), s.startedAt() == null ? "-" : WHEN.format(s.startedAt()
                                    .atZone(config.timeZone())), s.title());
                }
                var total = session.incidents().as(dev.hindsight.incident.Principal.operator()).total(query);
                if (total.count() > found.size()) {
                    out().printf("Showing %d-%d of %s. Next page: --offset %d%n", offset + 1, offset + found.size(),
                            total.text(), offset + found.size());
                }
            }
        }
        return 0;
    }

    private IncidentQuery query(HindsightConfig config) {
        if (limit < 1 || limit > 1000) {
            throw InvalidInput.of("--limit", "must be between 1 and 1000, was " + limit);
        }
        if (offset < 0) {
            throw InvalidInput.of("--offset", "cannot be negative, was " + offset);
        }
        Instant fromInstant = from == null ? null : TypedTime.date("--from", from)
                .atStartOfDay(config.timeZone()).toInstant();
        Instant toInstant = to == null ? null : TypedTime.date("--to", to).plusDays(1)
                .atStartOfDay(config.timeZone()).toInstant();
        return new IncidentQuery(status == null ? null : NewCommand.statusOf(status),
                severity == null ? null : NewCommand.severityOf(config, severity).level(), fromInstant, toInstant,
                text, service, openActions(), order(), offset, limit);
    }

    private Boolean openActions() {
        if (openActions == null) {
            return null;
        }
        return switch (openActions) {
            case "yes" -> true;
            case "no" -> false;
            default -> throw InvalidInput.of("--open-actions", "must be yes or no, was '" + openActions + "'");
        };
    }

    private IncidentQuery.Order order() {
        if (order == null) {
            return null;
        }
        try {
            return dev.hindsight.kernel.Coded.parse(IncidentQuery.Order.class, order);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("--order", e.getMessage());
        }
    }
}
