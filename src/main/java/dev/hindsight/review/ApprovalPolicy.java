package dev.hindsight.review;

import java.util.List;
import java.util.Locale;

/**
 * Who must approve a post-mortem before it is final, as the organisation decides.
 *
 * @param requiredRoles    roles that must each have a current LGTM ("Incident Commander", "Technical Lead",
 *                         "Engineering Manager" in the post-incident review template); empty: every named
 *                         reviewer must approve, as in the Google Docs review template
 * @param renewAfterChange whether an approval given before the reviewed content changed must be given again
 * @param waiverRoles      reviewer roles whose holder may make a post-mortem final with top-priority items still
 *                         open, recording why (administrators always may)
 */
public record ApprovalPolicy(List<String> requiredRoles, boolean renewAfterChange, List<String> waiverRoles) {
    public ApprovalPolicy {
        requiredRoles = List.copyOf(requiredRoles);
        waiverRoles = List.copyOf(waiverRoles);
    }

    /** The post-incident review template's approvers; approvals must be renewed after a change. */
    public static ApprovalPolicy defaults() {
        return new ApprovalPolicy(List.of("Incident Commander", "Technical Lead", "Engineering Manager"), true,
                List.of("Engineering Manager"));
    }

    public boolean requires(String role) {
        return requiredRoles.stream().anyMatch(r -> sameRole(r, role));
    }

    public boolean mayWaive(String role) {
        return waiverRoles.stream().anyMatch(r -> sameRole(r, role));
    }

    /** Role names compare ignoring case and surrounding space. */
    public static boolean sameRole(String a, String b) {
        return a != null && b != null && a.strip().toLowerCase(Locale.ROOT).equals(b.strip().toLowerCase(Locale.ROOT));
    }
}
