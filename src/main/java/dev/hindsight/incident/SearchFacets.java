package dev.hindsight.incident;

import java.util.LinkedHashSet;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * The filter words of SQLite's full-text table (its {@code facets} column, migration V30), so that FTS5 intersects a
 * search's words with its filters and the reader's scope itself instead of the search reading the search row of
 * every incident with the words. One word per value: the status, the severity, whether action items are open,
 * whether the incident is restricted, and each affected service, responder name or team and (on a restricted
 * incident) principal named in its access by its number in {@code incident_search_names}. Every word starts with
 * {@link #MARK}, a private-use character that indexed text and the reader's words never hold, so no word of a
 * search matches a filter word and no filter word matches text. What {@link SearchText} writes and what a search
 * asks for, in one place. Thread-safe (no state).
 */
public final class SearchFacets {

    /** The first character of every filter word. */
    public static final char MARK = '\uE002';

    /**
     * The facets of an incident's search row {@code r} that come from its columns, followed by {@code :names}, the
     * words of its services, responders and principals ({@link #names}): the same words V30 filled the column with.
     */
    static final String ROW_FACETS = "char(57346) || 'status' || REPLACE(r.status, '_', '')"
            + " || ' ' || char(57346) || 'severity' || r.severity_rank"
            + " || CASE WHEN r.open_actions > 0 THEN ' ' || char(57346) || 'openactions' ELSE '' END"
            + " || CASE WHEN r.restricted = 1 THEN ' ' || char(57346) || 'restricted' ELSE '' END || :names";

    /**
     * More names than this holding a filter's text and the search does without that filter's words (an OR of that
     * many costs more than it saves).
     */
    public static final int MOST_NAMES = 32;
    /** A word no incident has: the filter's text is in no name. */
    private static final String NONE = word("znone");

    private static final char SERVICE = 's';
    private static final char RESPONDER = 'r';
    private static final char PRINCIPAL = 'p';

    private SearchFacets() {
    }

    public static String status(Status status) {
        return word("status" + status.code().replace("_", ""));
    }

    /** @param rank the severity's rank as the search rows keep it (its level) */
    public static String severity(int rank) {
        return word("severity" + rank);
    }

    public static String openActions() {
        return word("openactions");
    }

    /**
     * The words of an affected service's whole name, exactly as the search rows' {@code services_search LIKE
     * '%|name|%'} compares it; null where the facets cannot say (a name with a bar, or one in more than
     * {@link #MOST_NAMES} names).
     */
    public static String service(Handle h, String name) {
        return name.indexOf('|') >= 0 ? null : anyOf(h, SERVICE, "name LIKE :like ESCAPE '!'", likeLiteral(name));
    }

    /**
     * The words of every responder name and team that contains {@code part}, exactly as {@code responders LIKE
     * '%part%'} compares it; null where the facets cannot say (a bar, which the filter may match across two names,
     * or more than {@link #MOST_NAMES} names).
     */
    public static String responder(Handle h, String part) {
        return part.indexOf('|') >= 0 ? null
                : anyOf(h, RESPONDER, "name LIKE :like ESCAPE '!'", "%" + likeLiteral(part) + "%");
    }

    /**
     * What to take away from a search's matches for a reader named as {@code principals} (the reader and their
     * groups): the restricted incidents that name none of them in their access, exactly as
     * {@link ReaderScope#conditionOnCopy} decides. Null for one who sees everything.
     */
    public static String hidden(Handle h, List<String> principals) {
        if (principals == null) {
            return null;
        }
        List<Long> ids = principals.isEmpty() ? List.of() : h.createQuery("SELECT id FROM incident_search_names"
                        + " WHERE kind = :kind AND name IN (<names>)")
                .bind("kind", String.valueOf(PRINCIPAL)).bindList("names", principals).mapTo(Long.class).list();
        String restricted = word("restricted");
        return ids.isEmpty() ? restricted : "(" + restricted + " NOT " + words(PRINCIPAL, ids) + ")";
    }

    private static String anyOf(Handle h, char kind, String condition, String like) {
        List<Long> ids = h.createQuery("SELECT id FROM incident_search_names WHERE kind = :kind AND " + condition
                        + " LIMIT " + (MOST_NAMES + 1))
                .bind("kind", String.valueOf(kind)).bind("like", like).mapTo(Long.class).list();
        if (ids.size() > MOST_NAMES) {
            return null;
        }
        return ids.isEmpty() ? NONE : words(kind, ids);
    }

    private static String words(char kind, List<Long> ids) {
        return "(" + String.join(" OR ", ids.stream().map(id -> word("z" + kind + id)).toList()) + ")";
    }

    /**
     * The words of a record's services, responder names and teams (as its search row keeps them) and, when it is
     * restricted, the principals its access names, each name numbered in incident_search_names the first time any
     * incident has it: " ◌zs4 ◌zr1 ◌zr7".
     */
    static String names(Handle h, List<String> services, List<String> responders, List<String> principals) {
        StringBuilder out = new StringBuilder();
        append(out, h, SERVICE, new LinkedHashSet<>(services));
        append(out, h, RESPONDER, responders);
        append(out, h, PRINCIPAL, new LinkedHashSet<>(principals));
        return out.toString();
    }

    private static void append(StringBuilder out, Handle h, char kind, java.util.Collection<String> names) {
        for (String name : names) {
            h.createUpdate("INSERT OR IGNORE INTO incident_search_names (kind, name) VALUES (:kind, :name)")
                    .bind("kind", String.valueOf(kind)).bind("name", name).execute();
            long id = h.createQuery("SELECT id FROM incident_search_names WHERE kind = :kind AND name = :name")
                    .bind("kind", String.valueOf(kind)).bind("name", name).mapTo(Long.class).one();
            out.append(' ').append(MARK).append('z').append(kind).append(id);
        }
    }

    /** A filter word as an FTS5 string. */
    private static String word(String text) {
        return "\"" + MARK + text + "\"";
    }

    /** Text with LIKE's wildcards escaped by '!', as the search's own LIKE filters do. */
    private static String likeLiteral(String text) {
        return text.replace("!", "!!").replace("%", "!%").replace("_", "!_");
    }
}
