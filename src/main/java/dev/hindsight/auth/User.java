package dev.hindsight.auth;

import java.time.Instant;

/** A local account as the rest of Hindsight sees it: never with its password. */
public record User(String name, Role role, Instant createdAt) {
}
