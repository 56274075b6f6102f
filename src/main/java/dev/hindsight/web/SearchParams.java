package dev.hindsight.web;

import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.search.QuerySyntax;
import dev.hindsight.search.SearchQuery;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * A search as the results page and the API take it: {@code q} in the query syntax, the filters as parameters of
 * their own (severity, status, service, responder, from, to, openActions), and the page. The same for both, so
 * a page's address and an API call mean the same search.
 */
final class SearchParams {

    /** The filter parameters, each the query syntax's field of the same name. */
    static final String[] FILTERS = {"severity", "status", "service", "responder", "from", "to"};

    private SearchParams() {
    }

    static SearchQuery query(Function<String, String> param) {
        Map<String, String> filters = new LinkedHashMap<>();
        for (String name : FILTERS) {
            filters.put(name, param.apply(name));
        }
        String open = param.apply("openActions");
        if (open != null && !open.isBlank()) {
            switch (open.strip()) {
                case "true", "on" -> filters.put("has", "open-actions");
                case "false" -> { }
                default -> throw InvalidInput.of("openActions", "'" + open + "' is not true or false");
            }
        }
        return QuerySyntax.parse(param.apply("q"), filters, number(param, "page", 1),
                number(param, "pageSize", SearchQuery.DEFAULT_PAGE_SIZE));
    }

    private static int number(Function<String, String> param, String name, int fallback) {
        String text = param.apply(name);
        if (text == null || text.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(name, "'" + text + "' is not a whole number");
        }
    }
}
