package dev.hindsight.search;

import java.util.List;

/**
 * A search as parsed from what the reader typed ({@link QuerySyntax}): terms every result holds, terms none holds,
 * the filters, and the page. Immutable.
 *
 * @param page     the page, from 1
 * @param pageSize results per page, at most {@link #MAX_PAGE_SIZE}
 */
public record SearchQuery(List<SearchTerm> terms, List<SearchTerm> excluded, SearchFilters filters, int page,
                          int pageSize) {

    public static final int DEFAULT_PAGE_SIZE = 20;
    public static final int MAX_PAGE_SIZE = 100;
    /** Results a reader can page to: past them a search should be narrowed, and deep offsets cost every query. */
    public static final int MAX_RESULTS = 1_000;

    public SearchQuery {
        terms = List.copyOf(terms);
        excluded = List.copyOf(excluded);
        java.util.Objects.requireNonNull(filters, "filters is null");
        if (page < 1 || pageSize < 1 || pageSize > MAX_PAGE_SIZE) {
            throw new IllegalArgumentException("page " + page + " of " + pageSize + " is out of range");
        }
    }

    public int offset() {
        return (page - 1) * pageSize;
    }

    /** The same search on another page. */
    public SearchQuery onPage(int other) {
        return new SearchQuery(terms, excluded, filters, other, pageSize);
    }

    /** Whether it has words to rank by (a search of filters alone lists the newest first). */
    public boolean hasTerms() {
        return !terms.isEmpty();
    }
}
