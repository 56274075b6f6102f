package dev.hindsight.cli;

import dev.hindsight.config.HindsightConfig;
import dev.hindsight.incident.Principal;
import dev.hindsight.json.Json;
import dev.hindsight.search.QuerySyntax;
import dev.hindsight.search.Search;
import dev.hindsight.search.SearchQuery;
import dev.hindsight.search.SearchResult;
import dev.hindsight.search.SearchResults;
import dev.hindsight.search.Snippet;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "search", mixinStandardHelpOptions = true,
        description = {"Search every part of every post-mortem, best match first, with the passage that matched.",
                "QUERY: words (all must match), \"an exact phrase\", -excluded, and filters service:NAME "
                + "severity:1 status:final responder:NAME from:YYYY-MM-DD to:YYYY-MM-DD has:open-actions."})
final class SearchCommand extends CommandBase implements Callable<Integer> {

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "What to look for (words are joined).")
    List<String> words = new ArrayList<>();

    @Option(names = "--page", paramLabel = "N", defaultValue = "1", description = "Which page (default 1).")
    int page;

    @Option(names = "--page-size", paramLabel = "N", defaultValue = "20", description = "Results per page "
            + "(1-100, default 20).")
    int pageSize;

    @Option(names = "--json", description = "Print the results as JSON on stdout.")
    boolean json;

    @Override
    public Integer call() {
        HindsightConfig config = config();
        SearchQuery query = QuerySyntax.parse(String.join(" ", words), Map.of(), page, pageSize);
        try (Session session = open(config)) {
            SearchResults found = new Search(session.incidents().database(), config.conventions().timeZone())
                    .find(query, Principal.operator());
            if (json) {
                Map<String, Object> body = new LinkedHashMap<>();
                body.put("results", found.results().stream().map(r -> Map.of("id", r.id(), "title", r.title(),
                        "rank", r.rank(), "snippet", r.snippet().text())).toList());
                body.put("total", found.total().count());
                body.put("totalEstimated", found.total().estimated());
                out().println(Json.writePretty(body));
                return 0;
            }
            for (SearchResult r : found.results()) {
                out().printf("%-16s %s%n", r.id(), r.title());
                if (!r.snippet().parts().isEmpty()) {
                    out().println("    " + marked(r.snippet()).replaceAll("\\s+", " ").strip());
                }
            }
            spec.commandLine().getErr().println(found.total().text() + (found.total().count() == 1 ? " incident matches." : " incidents "
                    + "match.") + (found.hasNextPage() ? " Next page: --page " + (page + 1) : ""));
        }
        return 0;
    }

    /** Matched words between asterisks: a terminal shows no highlight a pipe would keep. */
    private static String marked(Snippet snippet) {
        StringBuilder out = new StringBuilder();
        snippet.parts().forEach(p -> out.append(p.match() ? "*" + p.text() + "*" : p.text()));
        return out.toString();
    }
}
