package dev.hindsight.mail;

import dev.hindsight.incident.Principal;
import java.util.Set;

/** An account that may get mail: its name and groups (for what it may see) and its preferences. Immutable. */
public record Subscriber(String account, Set<String> groups, MailPreferences preferences) {
    public Subscriber {
        groups = Set.copyOf(groups);
    }

    public Principal principal() {
        return Principal.of(account, groups);
    }
}
