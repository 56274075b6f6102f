package dev.hindsight.incident;

import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;

/**
 * The filter words of SQLite's full-text table (its {@code facets} column, migration V30), so that FTS5 intersects a
 * search's words with its filters itself instead of the search reading the search row of every incident with the
 * words. What {@link SearchText} writes and what a search asks for, in one place. A filter's words only narrow: an
 * incident with a service or responder has its phrase, but the phrase may also match a longer name, so a search still
 * tests the search row's own columns on what FTS5 finds. Only the status, severity and open action items are exact.
 * Thread-safe (no state).
 */
public final class SearchFacets {

    /**
     * An incident's facets text, over its search row {@code r}: the same expression V30 filled the column with.
     * Services and responders as incident_search_rows folds them ("|payments api|checkout|"), each between markers.
     */
    static final String ROW_FACETS = "'status' || REPLACE(r.status, '_', '') || ' severity' || r.severity_rank"
            + " || CASE WHEN r.open_actions > 0 THEN ' openactions' ELSE '' END"
            + " || REPLACE(r.services_search, '|', ' zsvc ') || REPLACE(r.responders, '|', ' zresp ')";

    /**
     * More whole names than this holding a responder filter's text and the search does without the responder's
     * facets (an OR of that many phrases costs more than it saves).
     */
    public static final int MOST_RESPONDER_NAMES = 32;

    private SearchFacets() {
    }

    public static String status(Status status) {
        return quoted("status" + status.code().replace("_", ""));
    }

    /** @param rank the severity's rank as the search rows keep it (its level) */
    public static String severity(int rank) {
        return quoted("severity" + rank);
    }

    public static String openActions() {
        return quoted("openactions");
    }

    /**
     * An affected service's whole name, folded as the store folds it; null for a name with a bar, which the facets
     * text splits where the filter does not.
     */
    public static String service(String name) {
        return name.indexOf('|') >= 0 ? null : quoted("zsvc " + AffectedServices.folded(name) + " zsvc");
    }

    /**
     * Any of the responder names and teams that contain {@code part}, or null when there are more than
     * {@link #MOST_RESPONDER_NAMES} of them or {@code part} holds a bar (the filter may match across two names).
     * No name holds it: a phrase no incident has.
     */
    public static String responder(Handle h, String part) {
        if (part.indexOf('|') >= 0) {
            return null;
        }
        List<String> names = h.createQuery("SELECT name FROM incident_search_responders WHERE name LIKE :part"
                        + " ESCAPE '!' LIMIT " + (MOST_RESPONDER_NAMES + 1))
                .bind("part", "%" + likeLiteral(part.toLowerCase(Locale.ROOT)) + "%").mapTo(String.class).list();
        if (names.size() > MOST_RESPONDER_NAMES) {
            return null;
        }
        if (names.isEmpty()) {
            return quoted("zresp zresp zresp");
        }
        return "(" + String.join(" OR ", names.stream().map(n -> quoted("zresp " + n + " zresp")).toList()) + ")";
    }

    /** The names of a record's responders and teams the responder filter reads, to be found by {@link #responder}. */
    static void writeResponders(Handle h, List<String> names) {
        for (String name : names) {
            h.createUpdate("INSERT OR IGNORE INTO incident_search_responders (name) VALUES (:name)")
                    .bind("name", name).execute();
        }
    }

    /** An FTS5 string: the tokenizer reads it as a phrase, never as syntax (inner quotes doubled). */
    public static String quoted(String text) {
        return "\"" + text.replace("\"", "\"\"") + "\"";
    }

    /** Text with LIKE's wildcards escaped by '!', as the search's own LIKE filters do. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
