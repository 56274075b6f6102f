package dev.hindsight.incident;

import dev.hindsight.kernel.Text;

import java.time.Instant;

/**
 * Someone who responded to the incident or helped discover or resolve it. Never a place to assign blame.
 *
 * @param name       the person
 * @param role       their role in the response (from the organisation's roles: incident commander,
 *                   technical lead, communications, scribe...)
 * @param team       their team
 * @param discipline their discipline ("TechOps", "Software", "Security"), counted per incident
 * @param joinedAt   when they joined the response (may be null)
 * @param link       a profile or chat link
 */
public record Responder(String name, String role, String team, String discipline, Instant joinedAt, String link) {
    public Responder {
        name = Text.orEmpty(name).strip();
        role = Text.orEmpty(role).strip();
        team = Text.orEmpty(team).strip();
        discipline = Text.orEmpty(discipline).strip();
        link = Text.orEmpty(link).strip();
    }

    public static Responder of(String name, String role) {
        return new Responder(name, role, null, null, null, null);
    }
}
