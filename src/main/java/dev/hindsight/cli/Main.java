package dev.hindsight.cli;

import dev.hindsight.incident.StaleRevision;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.StoreFull;
import dev.hindsight.store.StoreUnavailable;
import java.io.PrintWriter;
import java.time.Clock;
import java.util.Map;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code hindsight} command. Exit codes: 0 done, 1 failed, 2 bad input, 3 not found, 4 stale revision,
 * 5 the database did not answer, 6 the disk is full.
 */
@Command(name = "hindsight", mixinStandardHelpOptions = true, versionProvider = Version.class,
        description = "Incident post-mortems as structured data: write, render, import, review and learn.")
public final class Main implements Runnable {

    public static final int BAD_INPUT = 2;
    public static final int NOT_FOUND = 3;
    public static final int STALE = 4;
    public static final int STORE_UNAVAILABLE = 5;
    public static final int STORE_FULL = 6;

    /**
     * The subcommands by name, in the order {@code hindsight --help} lists them. They are added here rather than in
     * the annotation so that a run of one command builds only that one: picocli reads every option of every command
     * it is given, about half a second of a short run's start before any work (issue 14: lint in a pre-commit hook).
     */
    private static final Map<String, Class<?>> COMMANDS = commands(
            ServeCommand.class, "serve", NewCommand.class, "new", ShowCommand.class, "show", ListCommand.class, "list",
            HistoryCommand.class, "history", UpdateCommand.class, "update", ActionsCommand.class, "actions",
            TemplatesCommand.class, "templates", RenderCommand.class, "render", ImportCommand.class, "import",
            LintCommand.class, "lint", ExportCommand.class, "export", RestoreCommand.class, "restore",
            GenerateCommand.class, "generate", ReindexCommand.class, "reindex", SearchCommand.class, "search",
            UsersCommand.class, "users", TokensCommand.class, "tokens", WebhooksCommand.class, "webhooks",
            CalendarCommand.class, "calendar", ReviewCommand.class, "review", CommandLine.HelpCommand.class, "help");

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private final Clock clock;
    private final Map<String, String> environment;

    Main(Clock clock, Map<String, String> environment) {
        this.clock = clock;
        this.environment = Map.copyOf(environment);
    }

    Clock clock() {
        return clock;
    }

    Map<String, String> environment() {
        return environment;
    }

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code. */
    public static int run(String... args) {
        return run(Clock.systemUTC(), System.getenv(), new PrintWriter(System.out, true),
                new PrintWriter(System.err, true), args);
    }

    /**
     * Runs a command line with the given clock and environment, writing to the given streams: tests see
     * what a user would, on a clock and settings of their own.
     */
    public static int run(Clock clock, Map<String, String> environment, PrintWriter out, PrintWriter err,
                          String... args) {
        CommandLine cli = commandLine(new Main(clock, environment), args);
        cli.setOut(out);
        cli.setErr(err);
        int code = cli.execute(args);
        out.flush();
        err.flush();
        return code;
    }

    /** The whole command line, every subcommand in it (what {@code hindsight --help} lists). */
    static CommandLine commandLine(Main main) {
        return commandLine(main, new String[0]);
    }

    /**
     * The command line that {@code args} needs: only the subcommand they name when the first one names one (not
     * {@code help}, which lists the others), otherwise all of them. What that subcommand parses, prints and does is
     * the same either way; {@code MainTest} compares every command's help both ways.
     */
    static CommandLine commandLine(Main main, String[] args) {
        CommandLine cli = new CommandLine(main);
        String named = args.length > 0 && COMMANDS.containsKey(args[0]) && !args[0].equals("help") ? args[0] : null;
        COMMANDS.forEach((name, command) -> {
            if (named == null || named.equals(name)) {
                cli.addSubcommand(name, command);
            }
        });
        // "hindsight actions --state done" names a state, not the "actions done" subcommand.
        cli.setAllowSubcommandsAsOptionParameters(true);
        CommandLine serve = cli.getSubcommands().get("serve");
        if (serve != null) {
            serve.getCommandSpec().usageMessage().footer(ServeCommand.settingsHelp());
        }
        cli.setExecutionExceptionHandler((e, commandLine, parseResult) -> report(e, commandLine.getErr()));
        return cli;
    }

    private static Map<String, Class<?>> commands(Object... classesAndNames) {
        Map<String, Class<?>> commands = new java.util.LinkedHashMap<>();
        for (int i = 0; i < classesAndNames.length; i += 2) {
            commands.put((String) classesAndNames[i + 1], (Class<?>) classesAndNames[i]);
        }
        return java.util.Collections.unmodifiableMap(commands);
    }

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** The kind of failure, without the SQL or the record a database error would quote. */
    private static String firstLine(Exception e) {
        if (e instanceof java.io.IOException io) {
            return "Could not read or write a file: " + io.getMessage();
        }
        return e.getClass().getSimpleName();
    }

    private static int report(Exception e, PrintWriter err) {
        if (e instanceof InvalidInput invalid) {
            err.println("error: the input was refused and nothing was saved:");
            for (FieldProblem problem : invalid.problems()) {
                err.println("  " + problem.field() + ": " + problem.problem());
            }
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof NotFound missing) {
            err.println("error: no " + missing.getMessage());
            err.flush();
            return NOT_FOUND;
        }
        if (e instanceof dev.hindsight.template.DocumentTooLarge || e instanceof dev.hindsight.template.TemplateProblem) {
            err.println("error: " + e.getMessage());
            err.flush();
            return BAD_INPUT;
        }
        if (e instanceof StaleRevision stale) {
            err.println("error: " + stale.getMessage() + ". Nothing was saved.");
            err.println("  Run 'hindsight show " + stale.current().id() + " --json' to see revision "
                    + stale.current().revision() + ", then apply your change to it.");
            err.flush();
            return STALE;
        }
        // Faults of the machine, not of Hindsight: a sentence on what happened and what to do, no stack trace.
        if (e instanceof StoreFull full) {
            err.println("error: " + full.getMessage() + "; nothing was saved. Free some space and run the "
                    + "command again.");
            err.flush();
            return STORE_FULL;
        }
        if (e instanceof StoreUnavailable down) {
            err.println("error: " + down.getMessage() + "; nothing was saved. Check that the database is "
                    + "running and reachable, then run the command again.");
            err.flush();
            return STORE_UNAVAILABLE;
        }
        String errorId = java.util.UUID.randomUUID().toString().substring(0, 8);
        // Looked up here, not in a static field: a run that fails nowhere never starts the logging.
        org.slf4j.LoggerFactory.getLogger(Main.class).error("command failed (error id {})", errorId, e);
        err.println("error: the command failed unexpectedly (error id " + errorId + "); the details are in the "
                + "log above. " + (e.getMessage() == null ? "" : firstLine(e)));
        err.flush();
        return 1;
    }
}
