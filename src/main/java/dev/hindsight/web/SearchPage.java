package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.ListTotal;
import dev.hindsight.incident.Status;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.search.Search;
import dev.hindsight.search.SearchResult;
import dev.hindsight.search.SearchResults;
import dev.hindsight.search.Snippet;
import dev.hindsight.severity.SeverityScale;
import io.javalin.http.Context;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The search results page: the query and its filters as typed, a page of results best first, each with a passage
 * around the matched words (marked; the text escaped like all user text), and the total. A search the syntax cannot
 * read is shown back with what is wrong, not lost on an error page.
 */
public final class SearchPage {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final String[] KEPT = {"q", "severity", "status", "service", "responder", "from", "to",
            "openActions"};

    private final Search search;
    private final Incidents incidents;

    SearchPage(Search search, Incidents incidents) {
        this.search = search;
        this.incidents = incidents;
    }

    /** A result as the page lists it. */
    public record Row(String id, String title, String statusCode, String status, Integer severityLevel,
                      String severity, String started, int openActionItems, List<Snippet.Part> snippet) {
    }

    /** @param problem what is wrong with the search as typed, or null */
    public record View(Frame frame, Map<String, String> typed, List<Row> rows, ListTotal total, int first,
                       String previous, String next, String problem, boolean searched,
                       List<IncidentListPage.Option> statuses, List<IncidentListPage.Option> severities) {

        public String typed(String name) {
            return typed.getOrDefault(name, "");
        }
    }

    void show(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        Map<String, String> typed = new LinkedHashMap<>();
        for (String name : KEPT) {
            String value = ctx.queryParam(name);
            if (value != null && !value.isBlank()) {
                typed.put(name, value);
            }
        }
        SeverityScale scale = incidents.conventions().severityScale();
        List<IncidentListPage.Option> statuses = new ArrayList<>();
        for (Status status : Status.values()) {
            statuses.add(new IncidentListPage.Option(status.code(), IncidentListPage.label(status)));
        }
        List<IncidentListPage.Option> severities = scale.levels().stream().map(l -> new IncidentListPage.Option(
                String.valueOf(l.level()), scale.severity(l.level()).label())).toList();
        Frame frame = Pages.frame(ctx, typed.containsKey("q") ? "Search: " + typed.get("q") : "Search");
        if (typed.isEmpty()) {
            Pages.render(ctx, 200, "search.jte", new View(frame, typed, List.of(), ListTotal.exact(0), 0, null, null,
                    null, false, statuses, severities));
            return;
        }
        SearchResults found;
        try {
            found = search.find(SearchParams.query(ctx::queryParam), Caller.principal(ctx));
        } catch (InvalidInput e) {
            String problem = e.problems().stream().map(p -> p.field() + " " + p.problem())
                    .reduce((a, b) -> a + "; " + b).orElse(e.getMessage());
            Pages.render(ctx, 400, "search.jte", new View(frame, typed, List.of(), ListTotal.exact(0), 0, null, null,
                    problem, true, statuses, severities));
            return;
        }
        ZoneId zone = incidents.conventions().timeZone();
        List<Row> rows = new ArrayList<>();
        for (SearchResult r : found.results()) {
            rows.add(new Row(r.id(), r.title(), r.status().code(), IncidentListPage.label(r.status()),
                    r.severityLevel(), r.severityLevel() == null ? "—" : scale.severity(r.severityLevel()).label(),
                    r.startedAt() == null ? "—" : WHEN.format(r.startedAt().atZone(zone)), r.openActionItems(),
                    r.snippet().parts()));
        }
        String base = "/search?" + address(typed);
        int page = found.query().page();
        Pages.render(ctx, 200, "search.jte", new View(frame, typed, rows, found.total(), found.query().offset() + 1,
                page > 1 ? base + "&page=" + (page - 1) : null,
                found.hasNextPage() ? base + "&page=" + (page + 1) : null, null, true, statuses, severities));
    }

    private static String address(Map<String, String> typed) {
        StringBuilder out = new StringBuilder();
        typed.forEach((name, value) -> out.append(out.isEmpty() ? "" : "&").append(name).append('=')
                .append(URLEncoder.encode(value, StandardCharsets.UTF_8)));
        return out.toString();
    }
}
