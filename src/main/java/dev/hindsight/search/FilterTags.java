package dev.hindsight.search;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.jdbi.v3.core.statement.Query;

/**
 * The filters PostgreSQL's words index holds beside each incident's words and week (V29), as tags: "status:final",
 * "severity:2", "open-actions" and "service:checkout-api". A search of a word with these filters is then one
 * intersection inside the index, and only the rows that pass are visited; before, every row holding the word was
 * ("deploy status:in_review" visited 75,000 rows to find 3,811). The responder filter (part of a name) and the date
 * range stay conditions on the row. Immutable.
 *
 * @param tags the tags an incident must have, all of them
 * @param rest the filters tested on the row: the responder, the dates, and a service whose name holds a bar (the
 *             column between bars cannot tell it from two names)
 */
record FilterTags(List<String> tags, SearchFilters rest) {

    /**
     * The tags of the row aliased {@code r}: V29's index expression word for word, or the planner cannot use the
     * index. Stored text only, never a reader's.
     */
    static final String EXPRESSION = "(ARRAY['status:' || r.status, 'severity:' || CAST(r.severity_rank AS TEXT),"
            + " CASE WHEN r.open_actions > 0 THEN 'open-actions' ELSE 'no-open-actions' END]"
            + " || string_to_array('service:' || replace(btrim(r.services_search, '|'), '|', '|service:'), '|'))";

    FilterTags {
        tags = List.copyOf(tags);
        Objects.requireNonNull(rest, "rest is null");
    }

    /** The filters split into the index's tags and what is tested on the row. */
    static FilterTags of(SearchFilters f) {
        List<String> tags = new ArrayList<>();
        if (f.status() != null) {
            tags.add("status:" + f.status().code());
        }
        if (f.severity() != null) {
            tags.add("severity:" + f.severity());
        }
        if (f.openActions()) {
            tags.add("open-actions");
        }
        String service = f.service();
        if (service != null && service.indexOf('|') < 0) {
            tags.add("service:" + service);
            service = null;
        }
        return new FilterTags(tags, new SearchFilters(null, null, service, f.responder(), f.from(), f.to(), false));
    }

    /** The condition on the row's tags, over the bind {@code tags}; null when no filter is a tag. */
    String condition() {
        return tags.isEmpty() ? null : EXPRESSION + " @> CAST(:tags AS TEXT[])";
    }

    Query bindTo(Query query) {
        return tags.isEmpty() ? query : query.bindArray("tags", String.class, tags);
    }
}
