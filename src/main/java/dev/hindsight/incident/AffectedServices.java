package dev.hindsight.incident;

import dev.hindsight.kernel.Text;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * The affected services as the incident list filters on them: each name stripped and folded to lower case, kept
 * twice by the store: {@code services_search} ("|checkout|payments api|"), which the list and the board filter on
 * with LIKE, and {@code incident_services}, a row per name, for a lookup by name. The list on PostgreSQL starts from
 * the rows when a service is named by few incidents ({@link ListNarrowing}); a common service, and SQLite, keep the
 * LIKE, which SQLite tests inside the list's covering indexes (docs/benchmarks.md, V16).
 */
final class AffectedServices {

    /** Characters of services kept: the list's indexes hold services_search, and PostgreSQL caps an entry. */
    private static final int KEPT_CHARACTERS = 1000;
    /**
     * And bytes: PostgreSQL's cap is about 2,700 bytes an entry (the list's indexes hold services_search, the
     * services table and the search's filter tags each name), and 1,000 characters of a script written in three
     * bytes each were 3,000, so such an incident could not be saved.
     */
    private static final int KEPT_BYTES = 2000;

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
        int bytes = 1;
        for (String service : record.impact().services()) {
            String name = folded(service);
            int nameBytes = Text.utf8Length(name);
            if (!name.isEmpty() && length + name.length() < KEPT_CHARACTERS && bytes + nameBytes < KEPT_BYTES) {
                kept.add(name);
                length += name.length() + 1;
                bytes += nameBytes + 1;
            }
        }
        return kept;
    }

    /** The names between bars, so that a LIKE on '%|name|%' matches whole names only. */
    static String searchColumn(List<String> names) {
        return names.isEmpty() ? "|" : "|" + String.join("|", names) + "|";
    }

    /** Replaces the incidents' rows; runs in the transaction that writes the incidents' own rows. */
    static void write(Handle h, List<PostMortem> records) {
        h.createUpdate("DELETE FROM incident_services WHERE incident_id IN (<ids>)")
                .bindList("ids", Rows.ids(records)).execute();
        var rows = h.prepareBatch("INSERT INTO incident_services (incident_id, service) VALUES (:id, :service)");
        for (PostMortem record : records) {
            // A record may name a service twice (in different case, say); the table holds each name once.
            for (String name : new LinkedHashSet<>(kept(record))) {
                rows.bind("id", record.id()).bind("service", name).add();
            }
        }
        Rows.execute(rows);
    }
}
