package dev.hindsight.incident;

import java.util.LinkedHashSet;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The filter words of SQLite's full-text table (its {@code facets} column, migration V30), so that FTS5 intersects a
 * search's words with its filters itself instead of the search reading the search row of every incident with the
 * words. One word per value: the status, the severity, whether action items are open, and each affected service and
 * responder name or team by its number in {@code incident_search_names}. What {@link SearchText} writes and what a
 * search asks for, in one place. The words only narrow: a search still tests the search row's own columns on what
 * FTS5 finds. Thread-safe (no state).
 */
public final class SearchFacets {

    /**
     * The facets of an incident's search row {@code r} that come from its columns, followed by {@code :names}, the
     * words of its services and responders: the same words V30 filled the column with.
     */
    static final String ROW_FACETS = "'status' || REPLACE(r.status, '_', '') || ' severity' || r.severity_rank"
            + " || CASE WHEN r.open_actions > 0 THEN ' openactions' ELSE '' END || :names";

    /**
     * More names than this holding a filter's text and the search does without that filter's words (an OR of that
     * many costs more than it saves).
     */
    public static final int MOST_NAMES = 32;
    /** A word no incident has: the filter's text is in no name. */
    private static final String NONE = quoted("znone");

    private static final char SERVICE = 's';
    private static final char RESPONDER = 'r';

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
     * The words of an affected service's whole name, as the search rows' {@code services_search LIKE '%|name|%'}
     * compares it; null where the facets cannot say (a name with a bar, or one in more than {@link #MOST_NAMES}).
     */
    public static String service(Handle h, String name) {
        return name.indexOf('|') >= 0 ? null : anyOf(h, SERVICE, likeLiteral(name));
    }

    /**
     * The words of every responder name and team that contains {@code part}, as {@code responders LIKE '%part%'}
     * compares it; null where the facets cannot say (a bar, which the filter may match across two names, or more
     * than {@link #MOST_NAMES} names).
     */
    public static String responder(Handle h, String part) {
        return part.indexOf('|') >= 0 ? null : anyOf(h, RESPONDER, "%" + likeLiteral(part) + "%");
    }

    private static String anyOf(Handle h, char kind, String like) {
        List<Long> ids = h.createQuery("SELECT id FROM incident_search_names WHERE kind = :kind"
                        + " AND name LIKE :like ESCAPE '!' LIMIT " + (MOST_NAMES + 1))
                .bind("kind", String.valueOf(kind)).bind("like", like).mapTo(Long.class).list();
        if (ids.size() > MOST_NAMES) {
            return null;
        }
        if (ids.isEmpty()) {
            return NONE;
        }
        return "(" + String.join(" OR ", ids.stream().map(id -> quoted("z" + kind + id)).toList()) + ")";
    }

    /**
     * The words of a record's services and responder names and teams (as its search row keeps them), each name
     * numbered in incident_search_names the first time any incident has it: " zs4 zr1 zr7".
     */
    static String names(Handle h, List<String> services, List<String> responders) {
        StringBuilder out = new StringBuilder();
        for (String service : new LinkedHashSet<>(services)) {
            out.append(" z").append(SERVICE).append(numbered(h, SERVICE, service));
        }
        for (String responder : responders) {
            out.append(" z").append(RESPONDER).append(numbered(h, RESPONDER, responder));
        }
        return out.toString();
    }

    private static long numbered(Handle h, char kind, String name) {
        h.createUpdate("INSERT OR IGNORE INTO incident_search_names (kind, name) VALUES (:kind, :name)")
                .bind("kind", String.valueOf(kind)).bind("name", name).execute();
        return h.createQuery("SELECT id FROM incident_search_names WHERE kind = :kind AND name = :name")
                .bind("kind", String.valueOf(kind)).bind("name", name).mapTo(Long.class).one();
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
