package dev.hindsight.search;

import dev.hindsight.incident.SearchFacets;
import java.util.ArrayList;
import java.util.List;
import org.jdbi.v3.core.Handle;

/**
 * A search's FTS5 expression on SQLite: the reader's words, each a quoted FTS5 string (inner quotes doubled) so no
 * word the reader types is read as FTS5 syntax, AND the filter words of its filters, NOT the restricted incidents the
 * reader may not see ({@link SearchFacets}, migration V30). FTS5 then walks only the incidents that pass, where the
 * search tested the filters on the search row of every incident with the words. Immutable.
 *
 * @param expression the MATCH expression, or null when there is nothing for FTS5 to look for (no words, and no filter
 *                   it has words for)
 * @param exact      whether the expression alone decides which incidents match, the filters and the reader's scope
 *                   included, so a count needs no search row; not when a date filter is given (the search rows test
 *                   it) or a filter's names were too many for the facets
 */
record SqliteMatch(String expression, boolean exact) {

    static SqliteMatch of(Handle h, SearchQuery q, SearchSql.Where where) {
        SearchFilters f = q.filters();
        List<String> parts = new ArrayList<>();
        if (q.hasTerms()) {
            parts.add(words(q));
        }
        if (f.status() != null) {
            parts.add(SearchFacets.status(f.status()));
        }
        if (f.severity() != null) {
            parts.add(SearchFacets.severity(f.severity()));
        }
        if (f.openActions()) {
            parts.add(SearchFacets.openActions());
        }
        boolean exact = f.from() == null && f.to() == null;
        if (f.service() != null) {
            String service = SearchFacets.service(h, f.service());
            exact &= service != null;
            parts.add(service);
        }
        if (f.responder() != null) {
            String responder = SearchFacets.responder(h, f.responder());
            exact &= responder != null;
            parts.add(responder);
        }
        parts.removeIf(java.util.Objects::isNull);
        if (parts.isEmpty()) {
            return new SqliteMatch(null, false);
        }
        String expression = "(" + String.join(" AND ", parts) + ")";
        String hidden = SearchFacets.hidden(h, where.scope().principals());
        return new SqliteMatch(hidden == null ? expression : expression + " NOT " + hidden, exact);
    }

    /** The FTS5 expression of the reader's words alone: every term, then NOT each excluded one. */
    static String words(SearchQuery q) {
        StringBuilder out = new StringBuilder("(");
        for (int i = 0; i < q.terms().size(); i++) {
            out.append(i == 0 ? "" : " AND ").append(quoted(q.terms().get(i).text()));
        }
        out.append(")");
        for (SearchTerm excluded : q.excluded()) {
            out.insert(0, "(").append(" NOT ").append(quoted(excluded.text())).append(")");
        }
        return out.toString();
    }

    /** Without the character filter words start with, so that no word the reader types matches one. */
    private static String quoted(String text) {
        return "\"" + text.replace(SearchFacets.MARK, ' ').replace("\"", "\"\"") + "\"";
    }
}
