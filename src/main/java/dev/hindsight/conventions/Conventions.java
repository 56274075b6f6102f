package dev.hindsight.conventions;

import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.metrics.ResponseTargets;
import dev.hindsight.review.ApprovalPolicy;
import dev.hindsight.review.ReviewCadence;
import dev.hindsight.severity.SeverityScale;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How this organisation runs incidents: its severity scale, the ways incidents are discovered, the roles
 * responders take, its service catalogue, its blast-radius measures and its response targets. One set per
 * installation; the defaults are the seed templates'.
 *
 * @param severityScale       the severity scale
 * @param discoveryMethods    how incidents come to the team's attention (mutually exclusive)
 * @param roles               responder roles
 * @param disciplines         responder disciplines, counted per incident
 * @param serviceCatalogue    known services and areas; incidents may also name others
 * @param blastRadiusMeasures the organisation's own blast-radius figures
 * @param targets             response targets per severity
 * @param timeZone            the zone documents show times in unless a record says otherwise
 * @param actionPolicy        how soon each priority's action items are due
 * @param approvalPolicy      who must approve a post-mortem before it is final
 * @param reviewCadence       when follow-up reviews fall after the review
 * @param knowledgeSharing    the knowledge-sharing checklist every post-mortem starts its review with
 */
public record Conventions(SeverityScale severityScale, List<String> discoveryMethods, List<String> roles,
                          List<String> disciplines, List<String> serviceCatalogue,
                          List<String> blastRadiusMeasures, ResponseTargets targets, ZoneId timeZone,
                          ActionPolicy actionPolicy, ApprovalPolicy approvalPolicy, ReviewCadence reviewCadence,
                          List<String> knowledgeSharing) {

    public Conventions {
        Objects.requireNonNull(severityScale, "severityScale is null");
        discoveryMethods = List.copyOf(discoveryMethods);
        roles = List.copyOf(roles);
        disciplines = List.copyOf(disciplines);
        serviceCatalogue = List.copyOf(serviceCatalogue);
        blastRadiusMeasures = List.copyOf(blastRadiusMeasures);
        Objects.requireNonNull(targets, "targets is null");
        Objects.requireNonNull(timeZone, "timeZone is null");
        Objects.requireNonNull(actionPolicy, "actionPolicy is null");
        Objects.requireNonNull(approvalPolicy, "approvalPolicy is null");
        Objects.requireNonNull(reviewCadence, "reviewCadence is null");
        knowledgeSharing = List.copyOf(knowledgeSharing);
    }

    public static Conventions defaults() {
        return new Conventions(
                SeverityScale.SEV_LEVELS,
                List.of("Alerts", "Aliens", "User Reports", "Review", "N/A"),
                List.of("Incident Commander", "Technical Lead", "Communications", "Scribe", "Legal Counsel",
                        "Technical Counsel", "First Responder", "Subject Matter Expert", "Responder"),
                List.of("TechOps", "Software", "Security"),
                List.of("Backend API", "Frontend", "Database", "Redis Cache", "Monitoring"),
                List.of("Clinics", "Providers", "Patients"),
                ResponseTargets.defaults(),
                ZoneId.of("UTC"),
                ActionPolicy.defaults(),
                ApprovalPolicy.defaults(),
                ReviewCadence.defaults(),
                List.of("Post-mortem published internally", "Team meeting presentation scheduled",
                        "Documentation updated", "Training materials created (if needed)",
                        "External blog post (if applicable)"));
    }

    public Conventions withSeverityScale(SeverityScale scale) {
        return new Conventions(scale, discoveryMethods, roles, disciplines, serviceCatalogue, blastRadiusMeasures,
                targets, timeZone, actionPolicy, approvalPolicy, reviewCadence, knowledgeSharing);
    }

    public Conventions withTimeZone(ZoneId zone) {
        return new Conventions(severityScale, discoveryMethods, roles, disciplines, serviceCatalogue,
                blastRadiusMeasures, targets, zone, actionPolicy, approvalPolicy, reviewCadence, knowledgeSharing);
    }

    /** These conventions with the organisation's response targets. */
    public Conventions withTargets(ResponseTargets responseTargets) {
        return new Conventions(severityScale, discoveryMethods, roles, disciplines, serviceCatalogue,
                blastRadiusMeasures, responseTargets, timeZone, actionPolicy, approvalPolicy, reviewCadence,
                knowledgeSharing);
    }

    /** These conventions with the organisation's follow-through policies. */
    public Conventions withFollowThrough(ActionPolicy actions, ApprovalPolicy approvals, ReviewCadence cadence) {
        return new Conventions(severityScale, discoveryMethods, roles, disciplines, serviceCatalogue,
                blastRadiusMeasures, targets, timeZone, actions, approvals, cadence, knowledgeSharing);
    }

    /** The configured spelling of a discovery method, matched ignoring case; empty if not configured. */
    public java.util.Optional<String> discoveryMethod(String written) {
        return match(discoveryMethods, written);
    }

    public java.util.Optional<String> role(String written) {
        return match(roles, written);
    }

    private static java.util.Optional<String> match(List<String> options, String written) {
        String wanted = written.strip().toLowerCase(Locale.ROOT);
        return options.stream().filter(o -> o.toLowerCase(Locale.ROOT).equals(wanted)).findFirst();
    }
}
