package dev.hindsight.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.generate.Generation;
import dev.hindsight.generate.SyntheticIncidents;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "generate", mixinStandardHelpOptions = true,
        description = {"Fill an empty store (SQLite or PostgreSQL) with realistic synthetic post-mortems: for trying "
                + "Hindsight at scale, benchmarks and insights. Skewed durations, timelines of about 30 events, "
                + "recurring services, causes and factors, action items done or overdue as time passed.",
                "The same --seed and --as-of give the same incidents. Progress and the summary go to stderr."})
final class GenerateCommand extends CommandBase implements Callable<Integer> {

    @Option(names = "--incidents", required = true, paramLabel = "N",
            description = "How many incidents to make (1 to 5,000,000).")
    int count;

    @Option(names = "--seed", paramLabel = "S", description = "Any whole number; the same seed gives the same "
            + "incidents (default: drawn from the clock and printed in the summary).")
    Long seed;

    @Option(names = "--as-of", paramLabel = "DATE", description = "The day the store is made as of (YYYY-MM-DD, "
            + "start of the day, UTC): incidents fall in the three years before it, and action items are done or "
            + "overdue as of then (default: today).")
    String asOf;

    @Option(names = "--json", description = "Print the summary as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() {
        if (count < 1 || count > SyntheticIncidents.MOST) {
            throw InvalidInput.of("--incidents", "is " + count + "; give a number from 1 to "
                    + String.format(Locale.ROOT, "%,d", SyntheticIncidents.MOST));
        }
        Instant clockNow = clock().instant();
        LocalDate day = asOf == null ? LocalDate.ofInstant(clockNow, ZoneOffset.UTC) : parseDay(asOf);
        long chosenSeed = seed != null ? seed : clockNow.toEpochMilli();
        HindsightConfig config = config();
        PrintWriter err = spec.commandLine().getErr();
        GenerationProgress progress = new GenerationProgress(err, Terminal.stderrIsTerminal());
        Generation.Tally tally;
        long began = System.nanoTime();
        try (Session session = open(config)) {
            SyntheticIncidents source = new SyntheticIncidents(config.conventions(), chosenSeed,
                    day.atStartOfDay(ZoneOffset.UTC).toInstant());
            tally = new Generation(session.incidents()).fill(source, count, progress);
        } finally {
            progress.done();
        }
        double seconds = (System.nanoTime() - began) / 1e9;
        err.println(String.format(Locale.ROOT, "Generated %,d incidents (%,d timeline events, %,d action items) into "
                        + "%s in %.1f s (%,.0f per second); seed %d, as of %s.", tally.incidents(),
                tally.timelineEvents(), tally.actionItems(), config.describeStore(), seconds,
                tally.incidents() / seconds, chosenSeed, day));
        if (json) {
            ObjectNode summary = Json.mapper().createObjectNode()
                    .put("incidents", tally.incidents())
                    .put("timelineEvents", tally.timelineEvents())
                    .put("actionItems", tally.actionItems())
                    .put("seed", chosenSeed)
                    .put("asOf", day.toString())
                    .put("seconds", Math.round(seconds * 10) / 10.0)
                    .put("store", config.describeStore());
            out().println(Json.write(summary));
        }
        return 0;
    }

    private static LocalDate parseDay(String written) {
        try {
            return LocalDate.parse(written.strip());
        } catch (DateTimeParseException e) {
            throw InvalidInput.of("--as-of", "'" + written + "' is not a date; write it as YYYY-MM-DD");
        }
    }
}
