package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.words.ReadingWords;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A people section that counts its responders instead of naming them: "Number of TechOps engineers involved | 2"
 * rows and a "Teams involved | Payments, Support" row (words in importer/people-words.json). A count names nobody,
 * so no responder can be made of it: counts and teams are noted, so nobody loses them, and their lines are the
 * section's. Stateless; thread-safe.
 */
public final class HeadCounts {

    private static final ReadingWords WORDS = ReadingWords.load("people-words.json");
    private static final List<String> BEFORE = WORDS.in("headCountBefore").rawList();
    private static final List<String> AFTER = WORDS.in("headCountAfter").rawList();
    private static final List<String> TEAMS = teams();
    /** A head-count table's figure column ("Engineers | Number involved"). */
    private static final List<String> COLUMNS = WORDS.in("headCountColumns").rawList().stream()
            .map(ReadingWords::normal).toList();
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern COUNT = Pattern.compile("\\d{1,6}");
    private static final Pattern LIST = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern BRACKETS = Pattern.compile("<[^<>]*>|\\[[^\\[\\]]*\\]");

    private HeadCounts() {
    }

    private static List<String> teams() {
        return WORDS.in("teams").rawList().stream().map(ReadingWords::normal).toList();
    }

    /** The blocks that neither count nor list teams, for the people reader; counts and teams noted in the log. */
    public static List<Block> read(List<Block> blocks, ImportLog log) {
        List<String> counts = new ArrayList<>();
        List<String> teams = new ArrayList<>();
        List<Block> rest = new ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            Optional<LabelledLines.Labelled> row = labelled(b);
            Optional<String> counted = row.flatMap(r -> counted(r.label()));
            if (counted.isPresent()) {
                String value = row.get().value().strip();
                if (COUNT.matcher(value).matches()) {
                    counts.add(Integer.parseInt(value) + " " + counted.get());
                    log.context(b.lines(), "a head count (a count names nobody; noted)");
                } else {
                    log.skip(b.lines(), "'" + row.get().label() + "' is not filled in with a number");
                }
            } else if (row.isPresent() && TEAMS.contains(ReadingWords.normal(row.get().label()))) {
                for (String team : LIST.split(row.get().value())) {
                    if (!BRACKETS.matcher(team).replaceAll("").isBlank()) {
                        teams.add(team.strip());
                    }
                }
                log.context(b.lines(), "the teams involved (teams come from the responders; noted)");
            } else if (b.is(Block.Kind.TABLE_HEADER) && (i + 1 < blocks.size()
                    && labelled(blocks.get(i + 1)).flatMap(r -> counted(r.label())).isPresent()
                    || b.cells().size() == 2 && COLUMNS.contains(ReadingWords.normal(b.cells().get(1))))) {
                log.context(b.lines(), "head counts table header");
            } else {
                rest.add(b);
            }
        }
        if (!counts.isEmpty()) {
            log.note("participants as the document counts them: " + String.join(", ", counts) + " engineers;"
                    + " a count names nobody, so no responders were recorded (add them by name to keep them)");
        }
        if (!teams.isEmpty()) {
            log.note("teams involved as the document lists them: " + String.join(", ", teams) + "; teams come"
                    + " from the responders, so add the responders with their teams to keep them");
        }
        return rest;
    }

    /** A two-cell row, or a one-line paragraph or item, as label and value. */
    private static Optional<LabelledLines.Labelled> labelled(Block b) {
        if (b.is(Block.Kind.TABLE_ROW) || b.is(Block.Kind.TABLE_HEADER)) {
            return b.cells().size() == 2 ? Optional.of(new LabelledLines.Labelled(b.cells().get(0).strip(),
                    b.cells().get(1).strip())) : Optional.empty();
        }
        if ((b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM)) && b.text().indexOf('\n') < 0) {
            return LabelledLines.read(b.text());
        }
        return Optional.empty();
    }

    /** "Number of TechOps engineers involved" counts TechOps: the words between a known opening and ending. */
    private static Optional<String> counted(String label) {
        String written = SPACES.matcher(label.strip()).replaceAll(" ");
        String lower = written.toLowerCase(Locale.ROOT);
        for (String before : BEFORE) {
            for (String after : AFTER) {
                if (lower.startsWith(before + " ") && lower.endsWith(" " + after)
                        && lower.length() > before.length() + after.length() + 2) {
                    return Optional.of(written.substring(before.length() + 1, written.length() - after.length() - 1)
                            .strip());
                }
            }
        }
        return Optional.empty();
    }
}
