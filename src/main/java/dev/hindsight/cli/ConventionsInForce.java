package dev.hindsight.cli;

import dev.hindsight.incident.FindingConventions;
import dev.hindsight.incident.FindingRecount;
import dev.hindsight.nodes.ServingNodes;
import java.io.PrintWriter;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * What a one-off command that counts findings does about the conventions the kept counts are under. Only
 * {@code serve} replaces them as it starts: a command run with another configuration that replaced them would leave
 * every running node under conventions no longer in force (recounting nothing, its saves' counts written behind)
 * until a restart. So a command refuses, naming what differs, unless told {@code --adopt-conventions}. A server
 * starting puts its own in force when no other server runs under those in force (a configuration changed and every
 * node restarted with it, or one node on a laptop); while one does, it refuses as a command does, since the two would
 * go on answering under different conventions.
 */
final class ConventionsInForce {

    static final String ADOPT = "--adopt-conventions";

    static final String SERVE_ADOPT_HELP = "Put this configuration's conventions in force for the review assistant "
            + "even while servers under other conventions run on this store (they then answer /health/ready with 503 "
            + "until restarted with this configuration). Without it a server refuses to start while any runs under "
            + "other conventions.";

    static final String ADOPT_HELP = "Put this configuration's conventions in force for the kept finding counts when "
            + "they differ from those the servers recorded (every count is then recounted, and servers under the "
            + "others recount nothing until restarted with this configuration). Without it the command refuses.";

    private ConventionsInForce() {
    }

    /**
     * Records this configuration's conventions when none are, or when {@code adopt}; otherwise, when others are in
     * force, says on {@code err} who recorded them, when, and what differs, and answers false: the command stops.
     */
    static boolean agreed(FindingRecount recount, boolean adopt, String by, Instant at, PrintWriter err) {
        Optional<FindingConventions.InForce> others = recount.othersInForce();
        if (others.isPresent() && !adopt) {
            FindingConventions.InForce f = others.get();
            err.println("This configuration's conventions differ from those the open findings are counted under, "
                    + "recorded by " + f.adoptedBy() + " at " + f.adoptedAt() + ":");
            recount.differencesFrom(f).forEach(line -> err.println("  " + line));
            err.println("Run it with the servers' configuration, or with " + ADOPT + " to put these in force "
                    + "(the servers under the others then recount nothing until restarted with these).");
            return false;
        }
        recount.adoptConventions(by, at);
        return true;
    }

    /**
     * For a server about to start: whether it may put its conventions in force, as it does once it listens. Not when
     * others are in force and a server judging by them still runs (said so within {@link ServingNodes#GONE_AFTER}),
     * unless {@code adopt}: then it says on {@code err} which servers, what differs, and how to go on, and answers
     * false: the server does not start. Asked before it listens and put in force after, so a server that cannot
     * start (its port taken) replaces nothing.
     */
    static boolean mayServe(FindingRecount recount, ServingNodes nodes, boolean adopt, PrintWriter err) {
        Optional<FindingConventions.InForce> others = recount.othersInForce();
        if (others.isEmpty() || adopt) {
            return true;
        }
        FindingConventions.InForce f = others.get();
        List<ServingNodes.Node> running = nodes.runningUnder(f.fingerprint());
        if (running.isEmpty()) {
            return true;
        }
        err.println("This configuration's conventions differ from those of the servers running on this "
                + "store (put in force by " + f.adoptedBy() + " at " + f.adoptedAt() + "):");
        recount.differencesFrom(f).forEach(line -> err.println("  " + line));
        err.println("Running under them: " + String.join(", ", running.stream().map(n -> n.name()
                + " (last seen " + n.seenAt() + ")").toList()) + " (a server that stopped without saying so "
                + "counts as running for " + ServingNodes.GONE_AFTER.toSeconds() + " s after it was last seen).");
        err.println("Start it with the servers' configuration, or with " + ADOPT + " to put these in force "
                + "(the servers under the others then answer /health/ready with 503 until restarted with "
                + "these).");
        return false;
    }
}
