package dev.hindsight.importer.read;

import dev.hindsight.incident.Impact;
import dev.hindsight.severity.Severity;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * What an impact section states: the severity placed on the installation's scale, the users affected, the services
 * named as affected, and the rest of the section as text.
 *
 * @param severity the severity, when a level could be told; its label is the level as written ("P1")
 * @param severityNote the note written in brackets after the level ("Major Incident"), how it was assessed
 * @param users    users affected, the first statement of them
 * @param services services affected, in the order named, in the catalogue's spelling when they are in it
 * @param summary  the section without the lines read into the other parts (a severity that is on no scale stays in
 *                 it, so its words are kept)
 * @param initialSeverity the level first given, when prose says it was raised from it ("logged as P3 … raised to P1")
 */
public record ImpactReading(Optional<Sourced<Severity>> severity, Optional<Sourced<String>> severityNote,
                            Optional<Sourced<Impact.UsersAffected>> users, List<Sourced<String>> services,
                            Optional<Sourced<String>> summary, Optional<Sourced<Severity>> initialSeverity) {
    public ImpactReading {
        Objects.requireNonNull(initialSeverity, "initialSeverity");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(severityNote, "severityNote");
        Objects.requireNonNull(users, "users");
        services = List.copyOf(services);
        Objects.requireNonNull(summary, "summary");
    }
}
