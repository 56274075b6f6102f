package dev.hindsight.lint.consistency;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.YesNo;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import dev.hindsight.lint.RuleData;
import dev.hindsight.severity.SeverityScale;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * consistency.severity-below-impact: a severity lower than the record's own impact implies, on the SEV seed's
 * scale (sev-levels): user-visible production impact is level 1, non-user-visible production impact level 2, and
 * the seed says to prefer the more impactful level when in doubt. So any sign that users saw it (users affected,
 * user-facing errors, failed requests, an SLA breach, data lost or corrupted, customers told) asks for level 1,
 * unless the impact says it was in a lower environment; any production impact at all asks for at least level 2.
 * Other scales define their levels in words this rule cannot weigh, so records on them are left alone, and so is a
 * record whose severity assessment says how the level was decided.
 */
final class SeverityForImpact implements RecordRule {

    private static final JsonNode WORDS = RuleData.json("impact-words.json");
    private static final Phrases LOWER_ENVIRONMENT = phrases("lowerEnvironments");
    private static final Phrases NO_IMPACT = phrases("noImpact");

    private final SeverityScale scale;

    SeverityForImpact(SeverityScale scale) {
        this.scale = scale;
    }

    @Override
    public List<Finding> check(PostMortem record) {
        // A written assessment is the team's reasoned choice, which is what this rule asks them to make.
        if (record.severity() == null || !onSevLevels(record) || !record.severityAssessment().isBlank()) {
            return List.of();
        }
        int level = record.severity().level();
        List<String> seen = userVisible(record);
        if (level > 1 && !seen.isEmpty() && !inLowerEnvironment(record.impact())) {
            return List.of(finding(1, "users saw it (" + String.join("; ", seen) + ")"));
        }
        if (level > 2 && hasProductionImpact(record.impact())) {
            return List.of(finding(2, "the impact section describes production impact"));
        }
        return List.of();
    }

    private Finding finding(int wanted, String because) {
        String label = SeverityScale.SEV_LEVELS.level(wanted).map(l -> l.description()).orElse("");
        return RecordRule.whole("consistency.severity-below-impact", FindingLevel.WARNING, "severity",
                "The severity is lower than the impact implies: " + because + ", which the SEV scale rates as "
                        + "level " + wanted + " (" + label + ").",
                "Raise the severity to level " + wanted + ", or say in the severity assessment why the impact "
                        + "does not call for it; when in doubt, prefer the more impactful level.");
    }

    /** The installation uses the SEV seed's scale, or the record is written in its layout with its labels. */
    private boolean onSevLevels(PostMortem record) {
        boolean labelOnScale = SeverityScale.SEV_LEVELS.byLabel(record.severity().label()).isPresent();
        return labelOnScale && (scale.name().equals(SeverityScale.SEV_LEVELS.name())
                || record.layout().equalsIgnoreCase("sev"));
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

    private static boolean hasProductionImpact(Impact impact) {
        return !inLowerEnvironment(impact) && (said(impact.summary()) || said(impact.serviceDegradation())
                || !impact.services().isEmpty());
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

    private static Phrases phrases(String list) {
        List<String> words = new ArrayList<>();
        WORDS.path(list).forEach(w -> words.add(w.asText()));
        return new Phrases(words);
    }
}
