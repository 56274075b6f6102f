package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.FindingRecount;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "recount", mixinStandardHelpOptions = true,
        description = {"Count the open findings the incident list shows again, for every incident counted under older "
                + "lint settings, a batch per transaction, while the server may keep running.",
            "A running server does this by itself in the background after a settings change; this is for a store no "
                    + "server has open. Progress and the summary go to stderr. (A change of the installation's "
                    + "conventions is recounted the same way, once they are put in force: below.)",
            "When this configuration's conventions differ from those the servers recorded for the counts, it refuses, "
                    + "naming what differs, unless given " + ConventionsInForce.ADOPT + "."})
final class LintRecountCommand extends CommandBase implements Callable<Integer> {

    @Option(names = ConventionsInForce.ADOPT, description = ConventionsInForce.ADOPT_HELP)
    boolean adoptConventions;

    @Override
    public Integer call() {
        HindsightConfig config = config();
        PrintWriter err = spec.commandLine().getErr();
        GenerationProgress progress = new GenerationProgress(err, Terminal.stderrIsTerminal(),
                "recount: %,d of %,d incidents' findings counted");
        ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
        long wall = System.nanoTime();
        long began = cpu.getCurrentThreadCpuTime();
        FindingRecount.Outcome outcome;
        try (Session session = open(config)) {
            FindingRecount recount = session.incidents().findingRecount();
            // A recount by hand is under this configuration's conventions: only when they are the ones in force.
            if (!ConventionsInForce.agreed(recount, adoptConventions, "hindsight lint recount",
                    session.clock().instant(), err)) {
                return Main.BAD_INPUT;
            }
            outcome = recount.recount(progress::stored);
        } finally {
            progress.done();
        }
        err.println(String.format(Locale.ROOT, "Recounted the open findings of %,d incident%s in %s in %.1f s "
                        + "(%.1f s of CPU on this thread)%s.", outcome.recounted(),
                outcome.recounted() == 1 ? "" : "s", config.describeStore(),
                (System.nanoTime() - wall) / 1e9, (cpu.getCurrentThreadCpuTime() - began) / 1e9,
                outcome.refused() == 0 ? "" : String.format(Locale.ROOT, "; %,d changed meanwhile and kept the "
                        + "count their change wrote", outcome.refused())));
        return 0;
    }
}
