package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.kernel.Coded;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Reads the reviewers of a Reviewers, Approvals or "Review and approval" section: a table with a row per
 * reviewer, its columns found by their header words (name, role, state, date, comment; importer/columns.json),
 * the state cell read by the words in importer/review-words.json ("LGTM", "Approved", "Yes", "Not Reviewed").
 * A row whose name is a template's placeholder ("[Name]") or empty is passed over. Lines that are no table row
 * are left to the caller. Thread-safe.
 */
public final class ReviewersReader {

    private static final Columns COLUMNS = Columns.of("reviewers");
    private static final Map<String, List<String>> STATES = ReadingWords.load("review-words.json").map("states");

    private ReviewersReader() {
    }

    public static List<Sourced<Reviewer>> read(List<Block> blocks, ImportLog log) {
        List<Sourced<Reviewer>> out = new ArrayList<>();
        String[] fields = null;
        for (Block b : blocks) {
            if (b.is(Block.Kind.TABLE_HEADER)) {
                fields = COLUMNS.assign(b.cells(), Columns.Match.LAST_WORD);
                if (Columns.indexOf(fields, "name") < 0) {
                    fields = null; // a table with no name column lists no reviewers
                } else {
                    log.context(b.lines(), "reviewers table header");
                }
            } else if (b.is(Block.Kind.TABLE_ROW) && fields != null) {
                row(b, fields, log).ifPresent(out::add);
            } else if (b.is(Block.Kind.TABLE_ROW) && (fields = unmarkedHeader(b)) != null) {
                log.context(b.lines(), "reviewers table header");
            } else {
                fields = null;
            }
        }
        return out;
    }

    /**
     * The first row of a table whose header is not marked as one (tab-separated text): it is the header when it
     * names the name column and another one ("Name | State | Date").
     */
    private static String[] unmarkedHeader(Block row) {
        String[] fields = COLUMNS.assign(row.cells(), Columns.Match.LAST_WORD);
        long named = java.util.Arrays.stream(fields).filter(java.util.Objects::nonNull).count();
        return Columns.indexOf(fields, "name") >= 0 && named >= 2 ? fields : null;
    }

    private static Optional<Sourced<Reviewer>> row(Block row, String[] fields, ImportLog log) {
        List<String> cells = row.cells();
        String name = cell(cells, fields, "name");
        if (name.isEmpty()) {
            log.skip(row.lines(), "a reviewers table row with no name");
            return Optional.empty();
        }
        String date = cell(cells, fields, "date");
        LocalDate day = date.isEmpty() ? null : TimeReader.date(date).orElse(null);
        if (day == null && !date.isEmpty()) {
            log.note("Reviewer " + name + " on " + row.lines() + ": date '" + date + "' is not a day; not read");
        }
        Reviewer reviewer = new Reviewer(name, cell(cells, fields, "role"), state(cell(cells, fields, "state"), name,
                log), day, null, cell(cells, fields, "comment"), 0, false);
        return Optional.of(new Sourced<>(reviewer, row.lines()));
    }

    /** The state a cell names; one written in other words is recorded as not reviewed, and the log says so. */
    static ReviewState state(String written, String name, ImportLog log) {
        if (written.isEmpty()) {
            return ReviewState.NOT_REVIEWED;
        }
        String normal = ReadingWords.normal(written);
        for (Map.Entry<String, List<String>> state : STATES.entrySet()) {
            if (state.getValue().contains(normal)) {
                return Coded.parse(ReviewState.class, state.getKey());
            }
        }
        // "No - changes requested": the longest state phrase the words hold says it ("changes requested", not "no").
        String longest = null;
        String code = null;
        for (Map.Entry<String, List<String>> state : STATES.entrySet()) {
            for (String phrase : state.getValue()) {
                if ((longest == null || phrase.length() > longest.length()) && ReadingWords.hasPhrase(normal, phrase)) {
                    longest = phrase;
                    code = state.getKey();
                }
            }
        }
        if (code != null && longest.indexOf(' ') > 0) {
            return Coded.parse(ReviewState.class, code);
        }
        log.note("review state '" + written + "' of " + name + " is not one of Not Reviewed, LGTM, Changes Requested;"
                + " recorded as Not Reviewed");
        return ReviewState.NOT_REVIEWED;
    }

    /** A cell's text, empty when the column is missing or holds the template's placeholder. */
    private static String cell(List<String> cells, String[] fields, String field) {
        int at = Columns.indexOf(fields, field);
        String value = at >= 0 && at < cells.size() ? cells.get(at).strip() : "";
        return ActionText.isPlaceholder(value) ? "" : value;
    }
}
