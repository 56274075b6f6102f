package dev.hindsight.incident;

import dev.hindsight.kernel.Text;

import java.util.List;

/**
 * What the incident did to users, systems and the business.
 *
 * @param summary            the brief description of user/system impact
 * @param services           services or areas affected (from the organisation's catalogue, or free text)
 * @param appsAndApis        apps and APIs affected ("Patient Web", "iOS", "CWS APIs")
 * @param users              users affected, as a count and/or a share of the user base
 * @param regions            geographic regions affected
 * @param userFacingErrors   what users saw
 * @param serviceDegradation how the service degraded
 * @param businessImpact     financial, reputational or operational impact in words
 * @param revenueImpact      "$12,000", "N/A"
 * @param slaBreach          whether an SLA was breached
 * @param reputationImpact   "Low", "Medium", "High"
 * @param regulatory         regulatory implications
 * @param dataLoss           data lost, with details or amount
 * @param dataCorruption     data corrupted, with details
 * @param failedRequests     failed requests, when counted
 * @param recoveryPoint      the recovery point (timestamp or words)
 * @param blastRadius        the organisation's own blast-radius figures (clinics, providers, patients...)
 */
public record Impact(String summary, List<String> services, List<String> appsAndApis, UsersAffected users,
                     List<String> regions, String userFacingErrors, String serviceDegradation,
                     String businessImpact, String revenueImpact, YesNo slaBreach, String reputationImpact,
                     YesNo regulatory, YesNo dataLoss, YesNo dataCorruption, Long failedRequests,
                     String recoveryPoint, List<BlastRadiusFigure> blastRadius) {

    public Impact {
        summary = Text.orEmpty(summary);
        services = Text.list(services);
        appsAndApis = Text.list(appsAndApis);
        users = users == null ? UsersAffected.unknown() : users;
        regions = Text.list(regions);
        userFacingErrors = Text.orEmpty(userFacingErrors);
        serviceDegradation = Text.orEmpty(serviceDegradation);
        businessImpact = Text.orEmpty(businessImpact);
        revenueImpact = Text.orEmpty(revenueImpact);
        slaBreach = slaBreach == null ? YesNo.unknown() : slaBreach;
        reputationImpact = Text.orEmpty(reputationImpact);
        regulatory = regulatory == null ? YesNo.unknown() : regulatory;
        dataLoss = dataLoss == null ? YesNo.unknown() : dataLoss;
        dataCorruption = dataCorruption == null ? YesNo.unknown() : dataCorruption;
        recoveryPoint = Text.orEmpty(recoveryPoint);
        blastRadius = Text.list(blastRadius);
    }

    public static ImpactBuilder builder() {
        return new ImpactBuilder();
    }

    public ImpactBuilder toBuilder() {
        return new ImpactBuilder(this);
    }

    public static Impact empty() {
        return new Impact(null, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null);
    }

    /**
     * Users affected. Either part may be unknown; {@code description} keeps what was written when it is
     * neither a number nor a percentage ("most of EU customers").
     */
    public record UsersAffected(Long count, Double percent, String description) {
        public UsersAffected {
            description = Text.orEmpty(description);
        }

        public static UsersAffected unknown() {
            return new UsersAffected(null, null, "");
        }
    }

    /**
     * One organisation-defined blast-radius measure. {@code value} is null for "unknown".
     */
    public record BlastRadiusFigure(String measure, Long value) {
        public BlastRadiusFigure {
            measure = Text.orEmpty(measure).strip();
        }
    }
}
