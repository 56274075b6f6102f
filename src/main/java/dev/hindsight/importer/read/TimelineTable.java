package dev.hindsight.importer.read;

import dev.hindsight.timeline.EventKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A timeline table's columns, found by their header's words (importer/columns.json): the time (and perhaps a separate date), the text of
 * the event, who did it, and the rest, kept as "Header: value" details. Immutable; thread-safe.
 */
final class TimelineTable {

    private static final Pattern PARENTHESES = Pattern.compile("\\([^)]*\\)");
    private static final Pattern NOT_LETTERS = Pattern.compile("[^a-z]+");
    /** The header words of each column (importer/columns.json), looked for among any of a header cell's words. */
    private static final Columns COLUMNS = Columns.of("timeline");
    private static final Set<String> TIME_WORDS = Set.copyOf(COLUMNS.words("time"));
    private static final Set<String> DATE_WORDS = Set.copyOf(COLUMNS.words("date"));
    /** "Relative", "Elapsed": times counted from the start ("T+9m"), the time column only when no clock column is. */
    private static final Set<String> RELATIVE_WORDS = Set.copyOf(COLUMNS.words("relativeTime"));
    private static final Set<String> AUTHOR_WORDS = Set.copyOf(COLUMNS.words("author"));
    private static final Set<String> TEXT_WORDS = Set.copyOf(COLUMNS.words("text"));
    /** What an action led to ("Time | Action | Result"): the event's result, not a detail. */
    private static final Set<String> RESULT_WORDS = Set.copyOf(COLUMNS.words("result"));
    /** Which milestone the row is ("Moment | Time | Note", as an incident tool exports its key moments). */
    private static final Set<String> MILESTONE_WORDS = Set.copyOf(COLUMNS.words("milestone"));

    /**
     * A cell that only says how long after the previous entry this one came ("54 minutes later", "-" for the
     * first): derived from the times, so not a detail of the event.
     */
    private static final Pattern GAP = Pattern.compile("(?i)-|\\d+ (?:second|minute|hour|day|week)s?"
            + "(?:,? \\d+ (?:second|minute|hour|day|week)s?)* (?:later|after)");

    private final List<String> names;
    private final int date;
    private final int time;
    private final int author;
    private final int text;
    private final int result;
    private final int milestone;

    /**
     * A row read by the columns: the date and time as one text, the event's text, its author, its result, the
     * milestone its own column names (null when none), the rest.
     */
    record Row(String when, String text, String author, String result, EventKind milestone, List<String> details) {
    }

    private TimelineTable(List<String> names, int date, int time, int author, int text) {
        this(names, date, time, author, text, -1, -1);
    }

    private TimelineTable(List<String> names, int date, int time, int author, int text, int result, int milestone) {
        this.result = result;
        this.milestone = milestone;
        this.names = List.copyOf(names);
        this.date = date;
        this.time = time;
        this.author = author;
        this.text = text;
    }

    /** The columns a header names. */
    static TimelineTable of(List<String> header) {
        int date = -1;
        int time = -1;
        int author = -1;
        int text = -1;
        int result = -1;
        int milestone = -1;
        int relative = -1;
        for (int i = 0; i < header.size(); i++) {
            Set<String> words = words(header.get(i));
            boolean timeWord = words.stream().anyMatch(TIME_WORDS::contains);
            boolean dateWord = words.stream().anyMatch(DATE_WORDS::contains);
            boolean relativeWord = words.stream().anyMatch(RELATIVE_WORDS::contains);
            if (relativeWord && timeWord && relative < 0) {
                relative = i; // "Relative time", "Elapsed time": beside "Wall clock (BST)", that is the time
            } else if (timeWord && time < 0) {
                time = i;
            } else if (dateWord && date < 0 && !timeWord) {
                date = i;
            } else if (author < 0 && words.stream().anyMatch(AUTHOR_WORDS::contains)) {
                author = i;
            } else if (text < 0 && words.stream().anyMatch(TEXT_WORDS::contains)) {
                text = i;
            } else if (result < 0 && words.size() == 1 && words.stream().anyMatch(RESULT_WORDS::contains)) {
                result = i;
            } else if (milestone < 0 && words.size() == 1 && words.stream().anyMatch(MILESTONE_WORDS::contains)) {
                milestone = i;
            } else if (relative < 0 && words.size() == 1 && words.stream().anyMatch(RELATIVE_WORDS::contains)) {
                relative = i;
            }
        }
        if (time < 0 && date < 0) {
            time = relative;
        }
        if (text < 0) {
            // No column says it holds the event: the first one that holds nothing else does.
            for (int i = 0; i < header.size() && text < 0; i++) {
                if (i != date && i != time && i != author && i != result && i != milestone && i != relative) {
                    text = i;
                }
            }
        }
        return new TimelineTable(header, date, time, author, text, result, milestone);
    }

    /** A table with no header: the first cell is the time, the others the text. */
    static TimelineTable untitled() {
        return new TimelineTable(List.of(), -1, 0, -1, -1);
    }

    /** Whether a column holds the time or the date. */
    boolean timed() {
        return date >= 0 || time >= 0;
    }

    Row read(List<String> cells) {
        String when = (cell(cells, date) + " " + cell(cells, time)).strip();
        if (names.isEmpty()) {
            List<String> rest = cells.size() > 1 ? cells.subList(1, cells.size()) : List.of();
            return new Row(when, String.join(" | ", rest).strip(), null, "", null, List.of());
        }
        // A milestone cell that names none ("Moment: Customer call") is kept as a detail like any other.
        EventKind named = MilestoneMarks.named(cell(cells, milestone)).orElse(null);
        List<String> details = new ArrayList<>();
        for (int i = 0; i < cells.size(); i++) {
            String value = cells.get(i).strip();
            String name = i < names.size() ? names.get(i).strip() : "";
            if (i != date && i != time && i != author && i != text && i != result
                    && !(i == milestone && named != null) && !value.isEmpty()
                    && !(name.isEmpty() && GAP.matcher(value).matches())) {
                details.add(name.isEmpty() ? value : name + ": " + value);
            }
        }
        String who = cell(cells, author).strip();
        return new Row(when, cell(cells, text).strip(), who.isEmpty() ? null : who, cell(cells, result).strip(),
                named, details);
    }

    private static String cell(List<String> cells, int column) {
        return column >= 0 && column < cells.size() ? cells.get(column) : "";
    }

    private static Set<String> words(String header) {
        String bare = PARENTHESES.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(" ");
        return Set.copyOf(List.of(NOT_LETTERS.matcher(bare).replaceAll(" ").strip().split(" ")));
    }
}
