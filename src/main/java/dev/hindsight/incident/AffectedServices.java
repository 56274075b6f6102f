package dev.hindsight.incident;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * The affected services as the incident list filters on them: each name stripped and folded to lower case, kept
 * twice by the store. {@code incident_services} has a row per name, which the list's service filter looks up by
 * name (a rare service is found without walking every incident); {@code services_search} ("|checkout|payments
 * api|") is the same names in one column, which the action-item board still filters on. Both hold the same
 * names, so the list and the board agree on what an incident's services are.
 */
final class AffectedServices {

    /** Characters of services kept: the list's indexes hold services_search, and PostgreSQL caps an entry. */
    private static final int KEPT_CHARACTERS = 1000;

    /**
     * The lookup the list adds to its LIKE on services_search for a service filter; it binds {@code :service} to
     * {@link #folded}. Both hold the same names, so each alone keeps the same incidents; each database uses the one
     * it can serve. PostgreSQL plans the EXISTS as a semi-join and, for a rare
     * service, starts from that service's rows instead of testing the LIKE on every heap row (160 ms p99 at 100,000).
     * SQLite runs EXISTS as a probe per incident (80 ms to count a common service at 100,000) but tests the LIKE
     * inside the list's covering indexes, so it probes only incidents that already match.
     */
    static final String LOOKUP = " AND EXISTS (SELECT 1 FROM incident_services s WHERE s.service = :service"
            + " AND s.incident_id = incidents.id)";

    private AffectedServices() {
    }

    /** A name as the store keeps it, so a filter's name and a stored one compare equal ignoring case. */
    static String folded(String service) {
        return service.strip().toLowerCase(Locale.ROOT);
    }

    /** The record's names, folded, in its order, as many whole names as fit in services_search. */
    static List<String> kept(PostMortem record) {
        List<String> kept = new ArrayList<>();
        int length = 1;
        for (String service : record.impact().services()) {
            String name = folded(service);
            if (!name.isEmpty() && length + name.length() < KEPT_CHARACTERS) {
                kept.add(name);
                length += name.length() + 1;
            }
        }
        return kept;
    }

    /** The names between bars, so that a LIKE on '%|name|%' matches whole names only. */
    static String searchColumn(List<String> names) {
        return names.isEmpty() ? "|" : "|" + String.join("|", names) + "|";
    }

    /** Replaces the incident's rows; runs in the transaction that writes the incident's own row. */
    static void write(Handle h, String incidentId, List<String> names) {
        h.createUpdate("DELETE FROM incident_services WHERE incident_id = :id").bind("id", incidentId).execute();
        // A record may name a service twice (in different case, say); the table holds each name once.
        for (String name : new LinkedHashSet<>(names)) {
            h.createUpdate("INSERT INTO incident_services (incident_id, service) VALUES (:id, :service)")
                    .bind("id", incidentId).bind("service", name).execute();
        }
    }
}
