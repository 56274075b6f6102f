package dev.hindsight.search;

import dev.hindsight.incident.ListTotal;
import java.util.List;

/**
 * A page of results, best first, and how many match in all: both only ever of incidents the reader may see.
 * Immutable.
 */
public record SearchResults(SearchQuery query, List<SearchResult> results, ListTotal total) {

    public SearchResults {
        results = List.copyOf(results);
    }

    /** Whether a further page has results (within {@link SearchQuery#MAX_RESULTS}). */
    public boolean hasNextPage() {
        int shown = query.offset() + results.size();
        return results.size() == query.pageSize() && shown < total.count() && shown < SearchQuery.MAX_RESULTS;
    }
}
