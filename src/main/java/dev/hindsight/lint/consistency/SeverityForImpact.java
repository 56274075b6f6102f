package dev.hindsight.lint.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.YesNo;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import dev.hindsight.lint.RuleData;
import dev.hindsight.severity.SeverityLevel;
import dev.hindsight.severity.SeverityScale;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * consistency.severity-below-impact: a severity lower than the record's own impact implies, on every scale the table
 * {@code lint/severity-for-impact.json} judges: for each known scale, the least severe level it allows when users saw
 * the impact in production, when production was hit and nobody outside saw it, and (where the scale names it) when
 * data was lost, each decided from the scale's own level descriptions. Any sign that users saw it (users affected,
 * user-facing errors, failed requests, an SLA breach, data lost or corrupted, customers told) counts as user-visible
 * unless the impact says it was in a lower environment; any production impact at all counts as production impact.
 * A record is judged on the scale of the layout it was written in when its label is on it (a SEV document's "2"),
 * else on the installation's scale; a scale the table does not name (one built for an organisation) is left alone,
 * and so is a record whose severity assessment says how the level was decided. An assessment that only names the
 * level ("Major Incident", read off "P1 (Major Incident)") says nothing of how it was decided, and silences nothing.
 */
final class SeverityForImpact implements RecordRule {

    private static final JsonNode WORDS = RuleData.json("impact-words.json");
    private static final Phrases LOWER_ENVIRONMENT = phrases("lowerEnvironments");
    private static final Phrases NO_IMPACT = phrases("noImpact");
    private static final Set<String> LEVEL_NAMES = words("levelNames");
    private static final Map<String, Judged> TABLE = table(RuleData.json("severity-for-impact.json"));

    /** The least severe level a scale allows for one kind of impact, and why, in the scale's own words. */
    record Allowed(int level, String why) {
    }

    /** One scale's row of the table: the layouts written on it and its levels for each kind of impact. */
    record Judged(SeverityScale scale, List<String> layouts, Allowed userVisible, Allowed nonUserVisible,
                  Optional<Allowed> dataLoss) {
    }

    private final SeverityScale scale;

    SeverityForImpact(SeverityScale scale) {
        this.scale = scale;
    }

    /** The scales the rule judges, by name: what the table holds. */
    static Map<String, Judged> table() {
        return TABLE;
    }

    @Override
    public List<Finding> check(PostMortem record) {
        // A written assessment is the team's reasoned choice, which is what this rule asks them to make.
        if (record.severity() == null || reasoned(record.severityAssessment())) {
            return List.of();
        }
        Optional<Placed> placed = placed(record);
        if (placed.isEmpty()) {
            return List.of();
        }
        Judged judged = placed.get().judged();
        int level = placed.get().level();
        Impact impact = record.impact();
        boolean production = !inLowerEnvironment(impact);
        List<String> seen = userVisible(record);
        // The most severe level any of the record's impacts asks for, if the record is below it.
        Allowed wanted = null;
        String because = "";
        if (production && yes(impact.dataLoss()) && judged.dataLoss().isPresent()) {
            wanted = judged.dataLoss().get();
            because = "data was lost";
        }
        if (production && !seen.isEmpty() && (wanted == null || judged.userVisible().level() < wanted.level())) {
            wanted = judged.userVisible();
            because = "users saw it (" + String.join("; ", seen) + ")";
        }
        if (production && statesImpact(impact) && (wanted == null || judged.nonUserVisible().level() < wanted.level())) {
            wanted = judged.nonUserVisible();
            because = "the impact section describes production impact";
        }
        return wanted != null && level > wanted.level() ? List.of(finding(judged.scale(), wanted, because))
                : List.of();
    }

    /** A record's level on the scale it is judged on. */
    private record Placed(Judged judged, int level) {
    }

    /** On its layout's scale if its label is on it, else on the installation's; empty if neither is in the table. */
    private Optional<Placed> placed(PostMortem record) {
        String label = record.severity().label();
        List<SeverityScale> candidates = new ArrayList<>();
        TABLE.values().stream().filter(j -> j.layouts().stream().anyMatch(l -> l.equalsIgnoreCase(record.layout())))
                .forEach(j -> candidates.add(j.scale()));
        candidates.add(scale);
        for (SeverityScale candidate : candidates) {
            Optional<SeverityLevel> on = candidate.byLabel(label);
            if (on.isPresent()) {
                return Optional.ofNullable(TABLE.get(candidate.name())).map(j -> new Placed(j, on.get().level()));
            }
        }
        return Optional.empty();
    }

    private static Finding finding(SeverityScale scale, Allowed wanted, String because) {
        SeverityLevel level = scale.level(wanted.level()).orElseThrow();
        // "level 1" on a scale whose labels are bare numbers, the label ("SEV-3", "Medium") otherwise.
        String named = level.label().equals(String.valueOf(level.level())) ? "level " + level.level() : level.label();
        return RecordRule.whole("consistency.severity-below-impact", FindingLevel.WARNING, "severity",
                "The severity is lower than the impact implies: " + because + ", which the " + scale.name()
                        + " scale rates as " + named + " (" + level.description() + ") or more severe: "
                        + wanted.why() + ".",
                "Raise the severity to " + named + ", or say in the severity assessment why the impact "
                        + "does not call for it; when in doubt, prefer the more impactful level.");
    }

    private static Map<String, Judged> table(JsonNode json) {
        Map<String, Judged> out = new LinkedHashMap<>();
        json.path("scales").fields().forEachRemaining(e -> {
            SeverityScale scale = SeverityScale.preset(e.getKey()).orElseThrow(() -> new IllegalStateException(
                    "severity-for-impact.json names '" + e.getKey() + "', which is no known scale"));
            JsonNode row = e.getValue();
            List<String> layouts = new ArrayList<>();
            row.path("layouts").forEach(l -> layouts.add(l.asText()));
            out.put(scale.name(), new Judged(scale, List.copyOf(layouts), allowed(scale, row, "userVisible"),
                    allowed(scale, row, "nonUserVisible"),
                    row.has("dataLoss") ? Optional.of(allowed(scale, row, "dataLoss")) : Optional.empty()));
        });
        return Map.copyOf(out);
    }

    private static Allowed allowed(SeverityScale scale, JsonNode row, String impact) {
        JsonNode entry = row.path(impact);
        int level = entry.path("level").asInt(0);
        if (scale.level(level).isEmpty() || entry.path("why").asText("").isBlank()) {
            throw new IllegalStateException("severity-for-impact.json: " + scale.name() + "." + impact
                    + " needs a level on the scale (1.." + scale.levels().size() + ") and a why; was " + entry);
        }
        return new Allowed(level, entry.path("why").asText());
    }

    private static List<String> userVisible(PostMortem record) {
        Impact impact = record.impact();
        List<String> out = new ArrayList<>();
        Impact.UsersAffected users = impact.users();
        if (users.count() != null && users.count() > 0 || users.percent() != null && users.percent() > 0
                || said(users.description())) {
            out.add("users affected");
        }
        if (said(impact.userFacingErrors())) {
            out.add("user-facing errors");
        }
        if (impact.failedRequests() != null && impact.failedRequests() > 0) {
            out.add("failed requests");
        }
        if (yes(impact.slaBreach())) {
            out.add("an SLA breach");
        }
        if (yes(impact.dataLoss()) || yes(impact.dataCorruption())) {
            out.add("data lost or corrupted");
        }
        var comms = record.communication();
        if (comms.statusPageUpdates() != null && comms.statusPageUpdates() > 0 || yes(comms.customerEmails())) {
            out.add("customers were told");
        }
        return out;
    }

    /** Whether the impact section states an impact; in production when not {@link #inLowerEnvironment} (asked once). */
    private static boolean statesImpact(Impact impact) {
        return said(impact.summary()) || said(impact.serviceDegradation()) || !impact.services().isEmpty();
    }

    private static boolean inLowerEnvironment(Impact impact) {
        String text = String.join(" ", impact.summary(), impact.serviceDegradation(), impact.userFacingErrors(),
                impact.users().description(), String.join(" ", impact.services()));
        return LOWER_ENVIRONMENT.foundIn(text) && !text.toLowerCase(Locale.ROOT).contains("production");
    }

    /** Text that states an impact, not "none", "N/A" or "no user impact". */
    private static boolean said(String text) {
        return text != null && !text.isBlank() && !NO_IMPACT.isWhole(text);
    }

    private static boolean yes(YesNo answer) {
        return Boolean.TRUE.equals(answer.answer());
    }

    /**
     * Whether the assessment says something of how the level was chosen: a word that is not a level's name, nor a
     * level's code or a single letter ("P1", "SEV2", "2", "B").
     */
    static boolean reasoned(String assessment) {
        for (String word : assessment.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && word.length() > 1 && !LEVEL_NAMES.contains(word)
                    && !LEVEL_CODE.matcher(word).matches()) {
                return true;
            }
        }
        return false;
    }

    /** A level written as a code: "p1", "sev2", "l3", "2". */
    private static final Pattern LEVEL_CODE = Pattern.compile("\\p{L}{0,4}\\d{1,2}");

    private static Set<String> words(String list) {
        Set<String> out = new HashSet<>();
        WORDS.path(list).forEach(w -> out.add(w.asText().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    private static Phrases phrases(String list) {
        List<String> words = new ArrayList<>();
        WORDS.path(list).forEach(w -> words.add(w.asText()));
        return new Phrases(words);
    }
}
