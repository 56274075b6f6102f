package dev.hindsight.mail;

import java.util.Objects;

/**
 * Where one account wants its mail and which: review requests, verdicts on its incidents (approved, changes
 * requested), its overdue action items, and a daily digest. Without an address nothing is sent. The digest is
 * opt-in; the rest are on until turned off. Immutable.
 */
public record MailPreferences(String account, String address, boolean reviewRequests, boolean verdicts,
                              boolean overdueItems, boolean dailyDigest) {

    public MailPreferences {
        Objects.requireNonNull(account, "account is null");
        address = address == null || address.isBlank() ? null : MailAddress.check("email", address);
    }

    /** What an account that never chose anything gets: no address, so no mail. */
    public static MailPreferences defaults(String account) {
        return new MailPreferences(account, null, true, true, true, false);
    }

    public MailPreferences withAddress(String newAddress) {
        return new MailPreferences(account, newAddress, reviewRequests, verdicts, overdueItems, dailyDigest);
    }

    public MailPreferences withDailyDigest(boolean on) {
        return new MailPreferences(account, address, reviewRequests, verdicts, overdueItems, on);
    }

    public MailPreferences withNotifications(boolean reviews, boolean verdictMails, boolean overdue) {
        return new MailPreferences(account, address, reviews, verdictMails, overdue, dailyDigest);
    }

    /** Whether this account wants mail about events of this type, given it has an address. */
    public boolean wants(String eventType) {
        if (address == null) {
            return false;
        }
        return switch (eventType) {
            case "review.requested" -> reviewRequests;
            case "review.approved", "review.changes_requested" -> verdicts;
            case "action_item.overdue" -> overdueItems;
            default -> false;
        };
    }
}
