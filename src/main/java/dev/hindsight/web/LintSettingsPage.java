package dev.hindsight.web;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.auth.Role;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.LintSettings;
import dev.hindsight.lint.OrganisationLintSettings;
import dev.hindsight.lint.ReviewAssistant;
import dev.hindsight.lint.StaleLintSettings;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The organisation's lint settings as a page: everyone sees which rules are on and at what level; admins change
 * them, each rule with a choice and the word lists as JSON. A change made over someone else's newer one is refused
 * and the newer one shown.
 */
public final class LintSettingsPage {

    private static final List<String> CHOICES = List.of("built-in", "off", "error", "warning", "note");

    private final OrganisationLintSettings settings;

    LintSettingsPage(OrganisationLintSettings settings) {
        this.settings = settings;
    }

    void register(RoutesConfig routes) {
        routes.get("/lint/settings", ctx -> show(ctx, 200, settings.current(), null, List.of(), null));
        routes.post("/lint/settings", this::save);
    }

    /** A rule as shown: its id, the level it finds at (or "off"), its built-in level, and the choice held. */
    public record RuleRow(String id, String inForce, String builtIn, String choice) {
    }

    public record View(Frame frame, int version, String saved, List<RuleRow> rules, List<String> choices,
                       String words, List<FieldProblem> problems, String message) {
    }

    private void show(Context ctx, int status, OrganisationLintSettings.Saved current, Map<String, String> form,
                      List<FieldProblem> problems, String message) {
        Caller.require(ctx, Role.VIEWER);
        List<RuleRow> rules = new ArrayList<>();
        for (Map.Entry<String, FindingLevel> rule : ReviewAssistant.rules().entrySet()) {
            Optional<FindingLevel> setting = current.settings().rules().get(rule.getKey());
            String held = setting == null ? "built-in" : setting.map(FindingLevel::code).orElse("off");
            rules.add(new RuleRow(rule.getKey(), current.settings().levelOf(rule.getKey()).map(FindingLevel::code)
                    .orElse("off"), rule.getValue().code(), form == null ? held
                    : form.getOrDefault(rule.getKey(), held)));
        }
        String words = form != null ? form.get("words") : Json.writePretty(current.settings().toJson().get("words"));
        String saved = current.version() == 0 ? "the built-in settings; none have been saved"
                : "version " + current.version() + ", saved by " + current.savedBy() + " at "
                        + IncidentView.shown(current.savedAt(), ZoneId.of("UTC"));
        Pages.render(ctx, status, "lint-settings.jte", new View(Pages.frame(ctx, "Lint settings"),
                current.version(), saved, rules, CHOICES, words, problems, message));
    }

    private void save(Context ctx) {
        var admin = Caller.require(ctx, Role.ADMIN);
        Map<String, String> form = new java.util.HashMap<>();
        ObjectNode json = Json.mapper().createObjectNode();
        ObjectNode rules = json.putObject("rules");
        for (String rule : ReviewAssistant.rules().keySet()) {
            String choice = value(ctx, "rule." + rule);
            form.put(rule, choice.isEmpty() ? "built-in" : choice);
            if (!choice.isEmpty() && !choice.equals("built-in")) {
                rules.put(rule, choice);
            }
        }
        String words = value(ctx, "words");
        form.put("words", words);
        int version;
        try {
            version = Integer.parseInt(value(ctx, "version"));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("version", "is not the number of a version of the settings");
        }
        try {
            JsonNode wordsNode = words.isBlank() ? Json.mapper().createObjectNode()
                    : Json.read(words, JsonNode.class);
            json.set("words", wordsNode);
            OrganisationLintSettings.Saved saved = settings.save(version, LintSettings.fromJson(json), admin.name());
            show(ctx, 200, saved, null, List.of(), "Saved the lint settings as version " + saved.version() + ".");
        } catch (InvalidInput e) {
            show(ctx, 400, settings.current(), form, e.problems(), null);
        } catch (StaleLintSettings e) {
            show(ctx, 409, e.current(), null, List.of(), "Someone saved the settings while you were changing them, "
                    + "so nothing was saved. These are theirs (version " + e.current().version() + "); make your "
                    + "change again.");
        }
    }

    private static String value(Context ctx, String name) {
        String v = ctx.formParam(name);
        return v == null ? "" : v.strip();
    }
}
