package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.TimeBounds;
import dev.hindsight.lint.FindingDismissals;
import dev.hindsight.lint.OrganisationLintSettings;
import dev.hindsight.lint.ReviewWarning;
import dev.hindsight.lint.StandingFindings;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.workflow.Reviews;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "review", mixinStandardHelpOptions = true,
        description = {"Take a post-mortem through its review: request it, approve or request changes, make it "
                + "final, reopen it, and see where it stands.",
                "Each step saves one new revision based on the current one (or --revision N); if someone saved "
                        + "since, it is refused (exit 4). A step the rules refuse exits 2 naming the field."},
        subcommands = {ReviewCommand.Request.class, ReviewCommand.Approve.class, ReviewCommand.RequestChanges.class,
                ReviewCommand.Final.class, ReviewCommand.Reopen.class, ReviewCommand.Withdraw.class,
                ReviewStatusCommand.class})
final class ReviewCommand implements Runnable {

    @picocli.CommandLine.Spec
    picocli.CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** What every step shares: the incident, the revision it is based on, and the operator acting as the author. */
    abstract static class Step extends CommandBase implements Callable<Integer> {
        @Parameters(index = "0", paramLabel = "ID", description = "The incident id.")
        String id;

        @Option(names = "--revision", paramLabel = "N", description = "The revision this step is based on "
                + "(default: the current one).")
        Integer revision;

        @Override
        public Integer call() {
            HindsightConfig config = config();
            try (Session session = open(config)) {
                Reviews reviews = new Reviews(session.incidents(), session.clock());
                int basedOn = revision != null ? revision : session.incidents().get(id).revision();
                PostMortem saved = take(reviews, Principal.operator(config.author()), basedOn);
                out().println(saved.revision() == basedOn ? id + " unchanged (revision " + basedOn + ")"
                        : id + " is " + saved.status().label().toLowerCase(java.util.Locale.ROOT)
                        + ", saved as revision " + saved.revision());
                afterwards(session, saved);
            }
            return 0;
        }

        abstract PostMortem take(Reviews reviews, Principal by, int basedOn);

        /** What the step says once saved, on standard error; nothing by default. */
        void afterwards(Session session, PostMortem saved) {
        }
    }

    @Command(name = "request", mixinStandardHelpOptions = true, description = {"Request a review of a draft, "
            + "naming each reviewer as \"Name:account:Role\" (the account is who may record their verdict).",
            "Example: hindsight review request INC-2026-0001 --reviewer \"Ivy Chen:ivy:Incident Commander\" "
                    + "--reviewer \"Tom Berg:tom:Technical Lead\" --reviewer \"Eve Ruiz:eve:Engineering Manager\""})
    static final class Request extends Step {
        @Option(names = "--reviewer", paramLabel = "NAME:ACCOUNT:ROLE", required = true,
                description = "A reviewer (repeat for each); the organisation's required roles must each be named.")
        List<String> reviewers = new ArrayList<>();

        @Option(names = "--meeting", paramLabel = "YYYY-MM-DD", description = "The review meeting's day.")
        String meeting;

        @Override
        PostMortem take(Reviews reviews, Principal by, int basedOn) {
            List<Reviews.Nominee> nominees = new ArrayList<>();
            for (int i = 0; i < reviewers.size(); i++) {
                String[] parts = reviewers.get(i).split(":", -1);
                if (parts.length != 3) {
                    throw InvalidInput.of("--reviewer[" + i + "]", "'" + reviewers.get(i) + "' is not "
                            + "NAME:ACCOUNT:ROLE (leave ACCOUNT empty, as in \"Ivy Chen::Technical Lead\", to use "
                            + "the name)");
                }
                nominees.add(new Reviews.Nominee(parts[0], parts[1], parts[2]));
            }
            LocalDate day = null;
            if (meeting != null) {
                day = TimeBounds.day("--meeting", meeting);
            }
            return reviews.requestReview(by, id, basedOn, nominees, day);
        }

        /** Open findings warn, and do not stop the review: see {@link ReviewWarning}. */
        @Override
        void afterwards(Session session, PostMortem saved) {
            var settings = new OrganisationLintSettings(session.database(), session.incidents().conventions(),
                    session.clock());
            var standing = new StandingFindings(settings,
                    new FindingDismissals(session.database(), settings, session.clock()));
            ReviewWarning.of(standing.of(saved)).ifPresent(warning -> {
                spec.commandLine().getErr().println("warning: " + id + ": " + warning + " (hindsight lint " + id
                        + " lists them)");
                spec.commandLine().getErr().flush();
            });
        }
    }

    /** A verdict, for the account given or the author's own. */
    abstract static class Verdict extends Step {
        @Option(names = "--as", paramLabel = "ACCOUNT", description = "Whose verdict this is (default: the author, "
                + "--author or $HINDSIGHT_AUTHOR).")
        String account;

        @Option(names = "--comment", paramLabel = "TEXT", description = "What the reviewer says with it.")
        String comment;

        abstract ReviewState verdict();

        @Override
        PostMortem take(Reviews reviews, Principal by, int basedOn) {
            return reviews.recordVerdict(by, id, basedOn, account, verdict(), comment);
        }
    }

    @Command(name = "approve", mixinStandardHelpOptions = true, description = "Record an LGTM.")
    static final class Approve extends Verdict {
        @Override
        ReviewState verdict() {
            return ReviewState.LGTM;
        }
    }

    @Command(name = "request-changes", mixinStandardHelpOptions = true, description = "Record that changes are "
            + "needed before it can be final.")
    static final class RequestChanges extends Verdict {
        @Override
        ReviewState verdict() {
            return ReviewState.CHANGES_REQUESTED;
        }
    }

    @Command(name = "final", mixinStandardHelpOptions = true, description = "Make it final: every required role "
            + "approved (the current revision, where approvals must be renewed), nobody asking for changes, and no "
            + "open top-priority action item unless --waiver says why.")
    static final class Final extends Step {
        @Option(names = "--waiver", paramLabel = "REASON", description = "Why it may be final with top-priority "
                + "action items still open (recorded with who and when).")
        String waiver;

        @Override
        PostMortem take(Reviews reviews, Principal by, int basedOn) {
            return reviews.makeFinal(by, id, basedOn, waiver);
        }
    }

    @Command(name = "reopen", mixinStandardHelpOptions = true, description = "Reopen a final post-mortem as a "
            + "draft; the reason is recorded in its communication log.")
    static final class Reopen extends Step {
        @Option(names = "--reason", paramLabel = "TEXT", required = true, description = "Why it is reopened.")
        String reason;

        @Override
        PostMortem take(Reviews reviews, Principal by, int basedOn) {
            return reviews.reopen(by, id, basedOn, reason);
        }
    }

    @Command(name = "withdraw", mixinStandardHelpOptions = true, description = "Take it out of review, back to "
            + "draft.")
    static final class Withdraw extends Step {
        @Override
        PostMortem take(Reviews reviews, Principal by, int basedOn) {
            return reviews.withdraw(by, id, basedOn);
        }
    }
}
