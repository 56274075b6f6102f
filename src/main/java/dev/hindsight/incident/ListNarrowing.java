package dev.hindsight.incident;

import dev.hindsight.store.DatabaseKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.Query;

/**
 * The list's filters that no list index holds, a service and words of the title, served from an index of their own
 * ({@code incident_services}; the titles' full-text index) instead of a LIKE tested on every incident. Whether to
 * start from that index or to walk the list's order and test each incident against it depends on how many incidents
 * it names, which is looked up first: a few hundred are read and sorted at once, tens of thousands are not.
 * Thread-safe.
 */
final class ListNarrowing {

    /**
     * Incidents a narrowing may name and still be read first and sorted. A page of the list walked 100,000 index
     * entries to find a service named by 780 incidents (PostgreSQL, 160 ms p99 under load); reading and sorting
     * 2,000 rows costs a few milliseconds.
     */
    static final int RARE = 2_000;
    /**
     * The same for SQLite: a row read from its incidents table reads the whole record's overflow pages to reach the
     * list's columns after it (about 25 µs a row on a loaded machine), so it starts from the matches only when they
     * are very few, and otherwise walks its order's covering index.
     */
    static final int RARE_ON_SQLITE = 200;
    /**
     * SQLite's titles (V26) joined to the search rows they share their key with, which copy every column the list
     * filters on: a title's words found, the incident's id and filter columns read without its row.
     */
    static final String TITLED_ROWS = "incident_titles JOIN incident_search_rows r ON r.doc = incident_titles.rowid";
    /** Words of a title filter looked up at most; the rest are ignored (an input bound). */
    static final int MAX_WORDS = 16;

    private ListNarrowing() {
    }

    /** Whether at most {@link #RARE} incidents name this service (folded as incident_services holds it). */
    static boolean rareService(Handle h, String service) {
        return h.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM incident_services WHERE service = :service LIMIT "
                        + (RARE + 1) + ") named").bind("service", service).mapTo(Integer.class).one() <= RARE;
    }

    /**
     * The words of a title filter, or null when it has none (only punctuation). Each word of the filter must begin a
     * word of the title, any case, stemmed as search stems ("outages" finds "outage", "data" finds "database").
     */
    static TitleWords titleWords(String text, DatabaseKind kind) {
        List<String> words = new ArrayList<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
            if (!word.isEmpty() && words.size() < MAX_WORDS) {
                words.add(word);
            }
        }
        return words.isEmpty() ? null : new TitleWords(List.copyOf(words), kind);
    }

    /**
     * Words the title must hold. Each is letters and digits only, so it is safe inside the FTS5 expression (quoted
     * anyway) and the tsquery text it is bound into: nothing the reader types is read as either's syntax.
     */
    record TitleWords(List<String> words, DatabaseKind kind) {

        /**
         * The condition over the incidents table. PostgreSQL: its GIN index over the title's words (V20) and its
         * planner's statistics on it choose the plan. SQLite: the titles' FTS5 table finds the incidents; when they are
         * very few, the list starts from them, else it walks its order's index and tests each entry against them (the
         * unary plus keeps SQLite from starting from them and sorting thousands of whole rows); its total is counted
         * on the search rows (IncidentListing).
         */
        String condition(Handle h) {
            if (kind == DatabaseKind.POSTGRESQL) {
                return "to_tsvector('english', title) @@ to_tsquery('english', :titleWords)";
            }
            boolean rare = h.createQuery("SELECT COUNT(*) FROM (SELECT 1 FROM incident_titles WHERE incident_titles"
                            + " MATCH :titleWords LIMIT " + (RARE_ON_SQLITE + 1) + ") titled")
                    .bind("titleWords", expression()).mapTo(Integer.class).one() <= RARE_ON_SQLITE;
            return (rare ? "id" : "+id") + " IN (SELECT r.incident_id FROM " + TITLED_ROWS
                    + " WHERE incident_titles MATCH :titleWords)";
        }

        void bindTo(Query query) {
            query.bind("titleWords", expression());
        }

        /** FTS5 (incident_titles holds only the title): {@code "a"* AND "b"*}; PostgreSQL: {@code a:* & b:*}. */
        private String expression() {
            List<String> parts = new ArrayList<>();
            words.forEach(w -> parts.add(kind == DatabaseKind.POSTGRESQL ? w + ":*" : "\"" + w + "\"*"));
            return String.join(kind == DatabaseKind.POSTGRESQL ? " & " : " AND ", parts);
        }
    }
}
