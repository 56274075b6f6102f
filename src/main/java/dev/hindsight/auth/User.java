package dev.hindsight.auth;

import java.time.Instant;
import java.util.Set;

/** A local account as the rest of Hindsight sees it: never with its password. */
public record User(String name, Role role, Instant createdAt, Set<String> groups) {
    public User {
        groups = groups == null ? Set.of() : Set.copyOf(groups);
    }
}
