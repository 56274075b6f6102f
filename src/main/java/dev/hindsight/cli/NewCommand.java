package dev.hindsight.cli;

import dev.hindsight.timeline.TypedTime;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemBuilder;
import dev.hindsight.incident.Status;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.ZoneId;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "new", mixinStandardHelpOptions = true,
        description = {"Start a post-mortem. Prints its id.",
                "Either give a title (and optionally severity, status and the first milestones), or --file with "
                        + "a record in the canonical JSON (docs/schema/postmortem.schema.json)."})
final class NewCommand extends CommandBase implements Callable<Integer> {

    @Parameters(arity = "0..1", paramLabel = "TITLE", description = "What happened, in a short sentence.")
    String title;

    @Option(names = "--file", paramLabel = "RECORD.json", description = "Create from a JSON record.")
    Path file;

    @Option(names = "--severity", paramLabel = "LEVEL", description = "Severity level on the configured scale "
            + "(1 = most severe) or its label (SEV1, Critical...).")
    String severity;

    @Option(names = "--status", paramLabel = "STATUS", description = "draft (default), in_review or final.")
    String status;

    @Option(names = "--started", paramLabel = "TIME", description = "When the incident started.")
    String started;

    @Option(names = "--detected", paramLabel = "TIME", description = "When it was detected (e.g. the alert time).")
    String detected;

    @Option(names = "--resolved", paramLabel = "TIME", description = "When it was resolved.")
    String resolved;

    @Option(names = "--zone", paramLabel = "ZONE", description = "Zone for times typed without one, and for "
            + "showing them (default: the configured time zone).")
    String zone;

    @Option(names = "--json", description = "Print the stored record as JSON instead of its id.")
    boolean json;

    @Override
    public Integer call() throws IOException {
        HindsightConfig config = config();
        PostMortem draft = draft(config);
        try (Session session = open(config)) {
            PostMortem created = session.incidents().create(draft, config.author());
            out().println(json ? Json.writePretty(created) : created.id());
        }
        return 0;
    }

    private PostMortem draft(HindsightConfig config) throws IOException {
        if (file != null) {
            for (String[] given : new String[][] {{"TITLE", title}, {"--severity", severity}, {"--status", status},
                    {"--started", started}, {"--detected", detected}, {"--resolved", resolved}, {"--zone", zone}}) {
                if (given[1] != null) {
                    throw InvalidInput.of(given[0], "cannot be combined with --file; put it in the JSON record");
                }
            }
            return Json.read(TextFile.read(file, "--file"), PostMortem.class);
        }
        if (title == null) {
            throw InvalidInput.of("TITLE", "is required (or use --file RECORD.json)");
        }
        ZoneId typedIn = zone == null ? config.timeZone() : zoneOf(zone);
        PostMortemBuilder builder = PostMortem.builder().title(title).author(config.author()).timeZone(typedIn);
        if (severity != null) {
            builder.severity(severityOf(config, severity));
        }
        if (status != null) {
            builder.status(statusOf(status));
        }
        milestone(builder, "--started", started, EventKind.STARTED, typedIn);
        milestone(builder, "--detected", detected, EventKind.DETECTED, typedIn);
        milestone(builder, "--resolved", resolved, EventKind.RESOLVED, typedIn);
        return builder.build();
    }

    private static void milestone(PostMortemBuilder builder, String option, String time, EventKind kind, ZoneId zone) {
        if (time != null) {
            builder.event(new TimelineEvent(TypedTime.parse(option, time, zone), zone, kind.label(), kind,
                    null, "command line"));
        }
    }

    static dev.hindsight.severity.Severity severityOf(HindsightConfig config, String text) {
        try {
            return config.severityScale().parse(text);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("--severity", e.getMessage());
        }
    }

    static Status statusOf(String text) {
        try {
            return Coded.parse(Status.class, text);
        } catch (IllegalArgumentException e) {
            throw InvalidInput.of("--status", e.getMessage());
        }
    }

    static ZoneId zoneOf(String text) {
        try {
            return ZoneId.of(text);
        } catch (java.time.DateTimeException e) {
            throw InvalidInput.of("--zone", "'" + text + "' is not a time zone (e.g. America/Los_Angeles, UTC)");
        }
    }
}
