package dev.hindsight.incident;

import dev.hindsight.kernel.Text;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import dev.hindsight.store.DatabaseKind;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The text of a record as full-text search reads it, in four parts that rank differently: the title; the summary
 * and root cause; the body (every other written part: analysis, timeline, action items, impact, extra sections...);
 * and the people and services. Taken from the record's JSON, so a field added to the record later is searched too.
 * Dates, times, links and the record's own bookkeeping (id, status, access...) are left out: they are filtered on,
 * not read. Written by {@link DerivedRows#write} beside the incident, FTS5 on SQLite and a weighted tsvector
 * on PostgreSQL (migration V17 of each). Immutable.
 *
 * @param responderNames the responders' names and teams folded to lower case, as many as the responder filter reads
 */
record SearchText(String title, String summary, String body, String people, List<String> responderNames) {

    /**
     * Characters kept of one part: PostgreSQL refuses a tsvector over 1 MB, and a part this long is already far more
     * than any reader scans for a word.
     */
    static final int PART_CHARACTERS = 200_000;
    /**
     * Bytes of text (UTF-8) the four parts may hold together. PostgreSQL refuses a tsvector over 1 MB, and a text's
     * vector can take about four times its bytes (each distinct word again, its positions and its entry): long
     * distinct words in a script written in three bytes a character made one past it from texts each within their
     * own limit, and the save failed. A real post-mortem is a small share of this; past it the body is searched in
     * part, on both databases alike.
     */
    static final int WORDS_BYTES = 250_000;
    private static final int RESPONDERS_CHARACTERS = 3_000;

    /** The record's bookkeeping and filtered-on fields, not text anyone searches for (the title has a part). */
    private static final Set<String> LEFT_OUT = Set.of("id", "revision", "status", "access", "layout",
            "lastUpdated", "dateWritten", "nextReviewDate", "timeZone", "title");
    /** Fields left out wherever they stand: addresses and ids. */
    private static final Set<String> LEFT_OUT_INSIDE = Set.of("id", "url", "link", "ticket");
    /** Top-level fields ranked with the summary. */
    private static final Set<String> SUMMARY = Set.of("summary", "oneLineSummary", "rootCause");
    /** Top-level fields ranked as people and services. */
    private static final Set<String> PEOPLE = Set.of("responders", "reviewers", "author", "owner");
    private static final Pattern DATE_OR_TIME = Pattern.compile("\\d{4}-\\d{2}-\\d{2}([T ][0-9:.]+(Z|[+-][0-9:]+)?)?"
            + "|[+-]?\\d+(\\.\\d+)?|P[0-9A-Z.]+");

    static SearchText of(PostMortem record) {
        StringBuilder summary = new StringBuilder();
        StringBuilder body = new StringBuilder();
        StringBuilder people = new StringBuilder();
        JsonNode tree = Json.mapper().valueToTree(record);
        for (Iterator<Map.Entry<String, JsonNode>> it = tree.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> field = it.next();
            String name = field.getKey();
            if (LEFT_OUT.contains(name)) {
                continue;
            }
            if (name.equals("analysis")) {
                for (Iterator<Map.Entry<String, JsonNode>> parts = field.getValue().fields(); parts.hasNext(); ) {
                    Map.Entry<String, JsonNode> part = parts.next();
                    collect(part.getValue(), SUMMARY.contains(part.getKey()) ? summary : body);
                }
            } else if (name.equals("impact")) {
                collect(field.getValue().path("services"), people);
                for (Iterator<Map.Entry<String, JsonNode>> parts = field.getValue().fields(); parts.hasNext(); ) {
                    Map.Entry<String, JsonNode> part = parts.next();
                    if (!part.getKey().equals("services")) {
                        collect(part.getValue(), part.getKey().equals("summary") ? summary : body);
                    }
                }
            } else {
                collect(field.getValue(), PEOPLE.contains(name) ? people : body);
            }
        }
        String title = cut(record.title());
        String summaryPart = cut(summary);
        String peoplePart = cut(people);
        // The body gives way first, then the people, then the summary, to keep the words within WORDS_BYTES.
        int left = WORDS_BYTES - Text.utf8Length(title);
        String peopleKept = Text.utf8Prefix(peoplePart, Math.max(0, left - Text.utf8Length(summaryPart)));
        String summaryKept = Text.utf8Prefix(summaryPart, left);
        String bodyKept = Text.utf8Prefix(cut(body), Math.max(0,
                left - Text.utf8Length(summaryKept) - Text.utf8Length(peopleKept)));
        return new SearchText(title, summaryKept, bodyKept, peopleKept, responderNames(record));
    }

    private static void collect(JsonNode node, StringBuilder out) {
        if (out.length() > PART_CHARACTERS) {
            return;
        }
        if (node.isTextual()) {
            String text = node.asText().strip();
            if (!text.isEmpty() && !DATE_OR_TIME.matcher(text).matches()) {
                out.append(text).append('\n');
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                if (!LEFT_OUT_INSIDE.contains(field.getKey())) {
                    collect(field.getValue(), out);
                }
            }
        } else if (node.isArray()) {
            node.forEach(element -> collect(element, out));
        }
    }

    private static String cut(CharSequence text) {
        // The private-use characters a search's snippets mark matches with (dev.hindsight.search.Snippet) never
        // come from stored text, so a record cannot mark words of its own; nor the one filter words start with
        // (SearchFacets.MARK), so no text holds a filter word.
        String whole = text.toString().replace('\uE000', ' ').replace('\uE001', ' ').replace(SearchFacets.MARK, ' ')
                .strip();
        return whole.length() <= PART_CHARACTERS ? whole : whole.substring(0, PART_CHARACTERS);
    }

    /** The responders' names and teams, folded, each once, as many as fit in {@link #responders}. */
    private static List<String> responderNames(PostMortem record) {
        Set<String> names = new LinkedHashSet<>();
        int length = 1;
        for (Responder r : record.responders()) {
            for (String part : new String[] {r.name(), r.team()}) {
                String folded = part.strip().toLowerCase(Locale.ROOT).replace('|', ' ');
                if (!folded.isEmpty() && !names.contains(folded)) {
                    if (length + folded.length() + 1 > RESPONDERS_CHARACTERS) {
                        return List.copyOf(names);
                    }
                    names.add(folded);
                    length += folded.length() + 1;
                }
            }
        }
        return List.copyOf(names);
    }

    /** "|priya patel|payments|..." so that a LIKE on '%priya%' finds a responder by any part of a name or team. */
    String responders() {
        return responderNames.isEmpty() ? "|" : "|" + String.join("|", responderNames) + "|";
    }

    /**
     * Replaces the incidents' search rows; runs in the transaction that writes the incidents' own rows, after them,
     * and copies each incident row's filter columns so the two never disagree. Rows are written in the records' order,
     * so SQLite numbers them (incident_search_rows.doc) as saving them one by one in that order would.
     */
    static void write(Handle h, List<PostMortem> records) {
        List<SearchText> texts = records.stream().map(SearchText::of).toList();
        if (kindOf(h) == DatabaseKind.POSTGRESQL) {
            PreparedBatch rows = h.prepareBatch("""
                    INSERT INTO incident_search (incident_id, restricted, status, severity_rank, listed_at,
                           open_actions, services_search, responders, title, summary, body, people, words, rank_words)
                    SELECT id, restricted, status, severity_rank, listed_at, open_actions, services_search,
                           :responders, :title, :summary, :body, :people,
                           setweight(to_tsvector('english', :title), 'A')
                           || setweight(to_tsvector('english', :summary), 'B')
                           || setweight(to_tsvector('english', :body), 'C')
                           || setweight(to_tsvector('english', :people), 'D'),
                           setweight(to_tsvector('english', :title), 'A')
                           || setweight(to_tsvector('english', LEFT(:summary, 2000)), 'B')
                           || setweight(to_tsvector('english', LEFT(:people, 1000)), 'D')
                    FROM incidents WHERE id = :id
                    ON CONFLICT (incident_id) DO UPDATE SET restricted = EXCLUDED.restricted,
                           status = EXCLUDED.status, severity_rank = EXCLUDED.severity_rank,
                           listed_at = EXCLUDED.listed_at, open_actions = EXCLUDED.open_actions,
                           services_search = EXCLUDED.services_search, responders = EXCLUDED.responders,
                           title = EXCLUDED.title, summary = EXCLUDED.summary, body = EXCLUDED.body,
                           people = EXCLUDED.people, words = EXCLUDED.words,
                           rank_words = EXCLUDED.rank_words""");
            for (int i = 0; i < records.size(); i++) {
                texts.get(i).bindText(rows).bind("responders", texts.get(i).responders())
                        .bind("id", records.get(i).id()).add();
            }
            Rows.execute(rows);
            return;
        }
        PreparedBatch filterRows = h.prepareBatch("""
                INSERT INTO incident_search_rows (incident_id, restricted, status, severity_rank, listed_at,
                       open_actions, services_search, responders)
                SELECT id, restricted, status, severity_rank, listed_at, open_actions, services_search, :responders
                FROM incidents WHERE id = :id
                ON CONFLICT (incident_id) DO UPDATE SET restricted = excluded.restricted, status = excluded.status,
                       severity_rank = excluded.severity_rank, listed_at = excluded.listed_at,
                       open_actions = excluded.open_actions, services_search = excluded.services_search,
                       responders = excluded.responders""");
        for (int i = 0; i < records.size(); i++) {
            filterRows.bind("responders", texts.get(i).responders()).bind("id", records.get(i).id()).add();
        }
        Rows.execute(filterRows);
        Map<String, Long> docs = new HashMap<>();
        h.createQuery("SELECT incident_id, doc FROM incident_search_rows WHERE incident_id IN (<ids>)")
                .bindList("ids", Rows.ids(records))
                .map((rs, ctx) -> Map.entry(rs.getString("incident_id"), rs.getLong("doc")))
                .forEach(e -> docs.put(e.getKey(), e.getValue()));
        // FTS5 finds a row by rowid only through "rowid = ?": an IN list would read the whole table.
        PreparedBatch gone = h.prepareBatch("DELETE FROM incident_search WHERE rowid = :doc");
        // The filter words from the rows just written (V30): the filters FTS5 tests itself.
        PreparedBatch text = h.prepareBatch("INSERT INTO incident_search (rowid, title, summary, body, people, facets)"
                + " SELECT :doc, :title, :summary, :body, :people, " + SearchFacets.ROW_FACETS
                + " FROM incident_search_rows r WHERE r.doc = :doc");
        // The list's title filter reads the title's words from a table of their own (V26, ListNarrowing).
        PreparedBatch goneTitles = h.prepareBatch("DELETE FROM incident_titles WHERE rowid = :doc");
        PreparedBatch titles = h.prepareBatch("INSERT INTO incident_titles (rowid, title) VALUES (:doc, :title)");
        for (int i = 0; i < records.size(); i++) {
            long doc = docs.get(records.get(i).id());
            gone.bind("doc", doc).add();
            PostMortem record = records.get(i);
            texts.get(i).bindText(text).bind("doc", doc)
                    .bind("names", SearchFacets.names(h, AffectedServices.kept(record), texts.get(i).responderNames(),
                            record.access().restricted() ? record.access().principals() : List.of()))
                    .add();
            goneTitles.bind("doc", doc).add();
            titles.bind("doc", doc).bind("title", texts.get(i).title()).add();
        }
        Rows.execute(gone);
        Rows.execute(text);
        Rows.execute(goneTitles);
        Rows.execute(titles);
    }

    /** Binds the four parts of the text under their own names. */
    private PreparedBatch bindText(PreparedBatch batch) {
        batch.bind("title", title).bind("summary", summary).bind("body", body).bind("people", people);
        return batch;
    }

    /** Which database the handle is on; the driver answers from what it already knows. */
    private static DatabaseKind kindOf(Handle h) {
        try {
            return h.getConnection().getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT)
                    .contains("postgres") ? DatabaseKind.POSTGRESQL : DatabaseKind.SQLITE;
        } catch (java.sql.SQLException e) {
            throw new org.jdbi.v3.core.ConnectionException(e);
        }
    }
}
