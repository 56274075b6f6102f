package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.json.Json;
import dev.hindsight.search.Search;
import dev.hindsight.search.SearchResult;
import dev.hindsight.search.SearchResults;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Full-text search over HTTP: read the search, find as the caller, write JSON. Thread-safe. */
final class SearchApi {

    private final Search search;

    SearchApi(Search search) {
        this.search = search;
    }

    void search(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        SearchResults found = search.find(SearchParams.query(ctx::queryParam), Caller.principal(ctx));
        ctx.contentType("application/json").result(Json.write(body(found)));
    }

    static Map<String, Object> body(SearchResults found) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("results", found.results().stream().map(SearchApi::result).toList());
        body.put("total", found.total().count());
        body.put("totalEstimated", found.total().estimated());
        body.put("page", found.query().page());
        body.put("pageSize", found.query().pageSize());
        body.put("hasNextPage", found.hasNextPage());
        return body;
    }

    private static Map<String, Object> result(SearchResult r) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("id", r.id());
        out.put("title", r.title());
        out.put("status", r.status().code());
        out.put("severity", r.severityLevel());
        out.put("startedAt", r.startedAt());
        out.put("updatedAt", r.updatedAt());
        out.put("openActionItems", r.openActionItems());
        out.put("rank", r.rank());
        // Parts rather than HTML: the text is the incident's own, and a client marks the matches its own way.
        out.put("snippet", r.snippet().parts().stream()
                .map(p -> Map.of("text", p.text(), "match", p.match())).toList());
        return out;
    }

    static List<String> ids(SearchResults found) {
        return found.results().stream().map(SearchResult::id).toList();
    }
}
