package dev.hindsight.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.config.HindsightConfig;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.LintSettings;
import dev.hindsight.lint.OrganisationLintSettings;
import dev.hindsight.lint.ReviewAssistant;
import dev.hindsight.lint.StaleLintSettings;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "settings", mixinStandardHelpOptions = true,
        description = {"Show the organisation's lint settings, or replace them with --set FILE.",
            "The file is JSON: {\"rules\": {\"blame.judgement\": \"off\", \"completeness.action-due\": \"note\"}, "
                    + "\"words\": {\"judgements\": {\"add\": [\"clumsy\"], \"remove\": [\"lazy\"]}}}. The same file "
                    + "may be kept beside Markdown post-mortems and given to 'hindsight lint --settings FILE'."})
final class LintSettingsCommand extends CommandBase implements Callable<Integer> {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss z");

    @Option(names = "--set", paramLabel = "FILE", description = "Save these settings as the next version.")
    Path file;

    @Option(names = "--version", paramLabel = "N", description = "With --set: the version your change is based on "
            + "(default: the one in force); refused if someone has saved since.")
    Integer basedOn;

    @Option(names = "--json", description = "Print the settings as JSON (with --history, every version).")
    boolean json;

    @Option(names = "--history", description = "List every saved version: who saved it and when.")
    boolean history;

    /** Settings from a JSON file, refused whole with every problem named when any is wrong. */
    static LintSettings read(Path file, String option) {
        return LintSettings.fromJson(TextFile.read(file, option));
    }

    @Override
    public Integer call() {
        HindsightConfig config = config();
        LintSettings next = file == null ? null : read(file, "--set");
        try (Session session = open(config)) {
            OrganisationLintSettings settings = new OrganisationLintSettings(session.database(),
                    session.incidents().conventions(), session.clock());
            if (next != null) {
                int version = basedOn != null ? basedOn : settings.current().version();
                try {
                    OrganisationLintSettings.Saved saved = settings.save(version, next, config.author());
                    out().println("Saved the lint settings as version " + saved.version() + ".");
                    int behind = session.incidents().findingRecount().behind();
                    if (behind > 0) {
                        // The save is one row; the counts the list shows catch up in the background.
                        out().printf("The open findings of %,d incident%s are being recounted by the running "
                                + "server; without one, run 'hindsight lint recount'.%n", behind,
                                behind == 1 ? "" : "s");
                    }
                    return 0;
                } catch (StaleLintSettings e) {
                    spec.commandLine().getErr().println("error: " + e.getMessage() + ". Nothing was saved.");
                    spec.commandLine().getErr().println("  Run 'hindsight lint settings --json' to see version "
                            + e.current().version() + ", then apply your change to it.");
                    return Main.STALE;
                }
            }
            if (history) {
                List<OrganisationLintSettings.Saved> all = settings.history();
                if (json) {
                    out().println(Json.writePretty(all.stream().map(LintSettingsCommand::json).toList()));
                } else {
                    all.forEach(s -> out().printf("%4d  %s  %s%n", s.version(),
                            WHEN.format(s.savedAt().atZone(config.timeZone())), s.savedBy()));
                }
                return 0;
            }
            OrganisationLintSettings.Saved current = settings.current();
            if (json) {
                out().println(Json.writePretty(current.settings().toJson()));
            } else {
                print(current, config);
            }
        }
        return 0;
    }

    private void print(OrganisationLintSettings.Saved current, HindsightConfig config) {
        out().println(current.version() == 0 ? "Built-in settings (none saved)."
                : "Version " + current.version() + ", saved by " + current.savedBy() + " at "
                        + WHEN.format(current.savedAt().atZone(config.timeZone())) + ".");
        for (Map.Entry<String, FindingLevel> rule : ReviewAssistant.rules().entrySet()) {
            Optional<FindingLevel> level = current.settings().levelOf(rule.getKey());
            String shown = level.map(FindingLevel::code).orElse("off");
            out().printf("  %-42s %-8s%s%n", rule.getKey(), shown,
                    level.equals(Optional.of(rule.getValue())) ? "" : "(built-in: " + rule.getValue().code() + ")");
        }
        current.settings().added().forEach((list, words) ->
                out().printf("  words added to %s: %s%n", list, String.join(", ", words)));
        current.settings().removed().forEach((list, words) ->
                out().printf("  words removed from %s: %s%n", list, String.join(", ", words)));
        out().flush();
    }

    private static ObjectNode json(OrganisationLintSettings.Saved saved) {
        ObjectNode out = Json.mapper().createObjectNode();
        out.put("version", saved.version());
        out.put("savedBy", saved.savedBy());
        out.put("savedAt", saved.savedAt().toString());
        out.set("settings", saved.settings().toJson());
        return out;
    }
}
