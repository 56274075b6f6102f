package dev.hindsight.mail;

import dev.hindsight.incident.Access;
import dev.hindsight.store.Database;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Who may see an incident now, read from the same columns the incident list filters on (incidents.restricted and
 * incident_access), so a mail never tells someone about an incident they could not open. Thread-safe.
 */
final class Readership {

    private final Database database;

    Readership(Database database) {
        this.database = database;
    }

    /** The incident's current access, or empty when it no longer exists. */
    Optional<Access> of(String incidentId) {
        return database.jdbi().withHandle(h -> {
            Optional<Integer> restricted = h.createQuery("SELECT restricted FROM incidents WHERE id = :id")
                    .bind("id", incidentId).mapTo(Integer.class).findOne();
            if (restricted.isEmpty()) {
                return Optional.empty();
            }
            if (restricted.get() == 0) {
                return Optional.of(Access.open());
            }
            List<String> people = new ArrayList<>();
            List<String> groups = new ArrayList<>();
            for (String principal : h.createQuery("SELECT principal FROM incident_access WHERE incident_id = :id")
                    .bind("id", incidentId).mapTo(String.class).list()) {
                if (principal.startsWith("user:")) {
                    people.add(principal.substring(5));
                } else if (principal.startsWith("group:")) {
                    groups.add(principal.substring(6));
                }
            }
            return Optional.of(new Access(true, people, groups));
        });
    }
}
