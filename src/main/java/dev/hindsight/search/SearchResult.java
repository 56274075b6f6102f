package dev.hindsight.search;

import dev.hindsight.incident.Status;
import java.time.Instant;

/**
 * One incident found, with what a results list shows of it. Immutable.
 *
 * @param rank how well it matched, higher is better, comparable only within one search (0 for a search of
 *             filters alone, which lists the newest first)
 */
public record SearchResult(String id, String title, Status status, Integer severityLevel, Instant startedAt,
                           Instant updatedAt, int openActionItems, double rank, Snippet snippet) {
}
