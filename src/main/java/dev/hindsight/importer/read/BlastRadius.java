package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.incident.Impact;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the blast radius an impact section states as figures: "Number of Patients affected | 1,827" rows (under a
 * "Measure | Number affected" header or none) and "Number of clinics affected: 12" lines. The words around the
 * measure, and the words for an unknown or zero figure, are in importer/impact-words.json; a figures table's header
 * words in importer/columns.json. Thread-safe.
 */
public final class BlastRadius {

    /** The figures read, and the blocks they did not take (left for the impact's other readers and its text). */
    public record Reading(List<Sourced<Impact.BlastRadiusFigure>> figures, List<Sourced<String>> appsAndApis,
                          List<Block> rest) {
    }

    static final ReadingWords WORDS = ReadingWords.load("impact-words.json");
    private static final List<String> APPS = WORDS.list("appsAndApis");
    private static final List<String> BEFORE = WORDS.list("before");
    private static final List<String> AFTER = WORDS.list("after");
    private static final List<String> UNKNOWN = WORDS.list("unknown");
    private static final List<String> ZERO = WORDS.list("zero");
    private static final Columns COLUMNS = Columns.of("figures");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern BRACKETS = Pattern.compile("<[^<>]*>|\\[[^\\[\\]]*\\]");

    private BlastRadius() {
    }

    public static Reading read(List<Block> blocks, ImportLog log) {
        List<Sourced<Impact.BlastRadiusFigure>> figures = new ArrayList<>();
        List<Sourced<String>> apps = new ArrayList<>();
        List<Block> rest = new ArrayList<>();
        for (Block b : blocks) {
            Optional<LabelledLines.Labelled> row = labelled(b);
            if (row.isPresent() && APPS.contains(ReadingWords.normal(row.get().label()))) {
                for (String app : row.get().value().split("[,;]")) {
                    if (!isUnfilled(app)) {
                        apps.add(new Sourced<>(app.strip(), b.lines()));
                    }
                }
                log.context(b.lines(), "the apps and APIs affected");
                continue;
            }
            if (b.is(Block.Kind.TABLE_HEADER) && isFiguresHeader(b.cells())) {
                log.context(b.lines(), "blast radius table header");
                continue;
            }
            Optional<Impact.BlastRadiusFigure> figure = figure(b, log);
            if (figure.isPresent()) {
                figures.add(new Sourced<>(figure.get(), b.lines()));
            } else {
                rest.add(b);
            }
        }
        return new Reading(figures, apps, rest);
    }

    private static boolean isFiguresHeader(List<String> cells) {
        String[] fields = COLUMNS.assign(cells, Columns.Match.WHOLE);
        return cells.size() == 2 && "measure".equals(fields[0]) && "value".equals(fields[1]);
    }

    /** The figure a two-cell row or a one-line labelled block states, if its label names one. */
    private static Optional<Impact.BlastRadiusFigure> figure(Block b, ImportLog log) {
        return labelled(b).flatMap(l -> measure(l.label()).map(m -> new Impact.BlastRadiusFigure(m,
                value(l.value(), l.label(), log))));
    }

    /** A two-cell row, or a one-line block, read as label and value. */
    private static Optional<LabelledLines.Labelled> labelled(Block b) {
        Optional<LabelledLines.Labelled> labelled;
        if (b.is(Block.Kind.TABLE_ROW) || b.is(Block.Kind.TABLE_HEADER)) {
            labelled = b.cells().size() == 2 ? Optional.of(new LabelledLines.Labelled(b.cells().get(0).strip(),
                    b.cells().get(1).strip())) : Optional.empty();
        } else if ((b.is(Block.Kind.PARAGRAPH) || b.is(Block.Kind.LIST_ITEM)) && b.text().indexOf('\n') < 0) {
            labelled = LabelledLines.read(b.text());
        } else {
            labelled = Optional.empty();
        }
        return labelled;
    }

    /** Empty, or only a template's placeholders: "&lt;Patient/Provider&gt; &lt;Web/iOS/Android/All&gt;". */
    private static boolean isUnfilled(String value) {
        return BRACKETS.matcher(value).replaceAll("").isBlank() || ActionText.isPlaceholder(value.strip());
    }

    /** "Number of Patients affected" is Patients: the words between a known opening and a known ending. */
    static Optional<String> measure(String label) {
        String written = SPACES.matcher(label.strip()).replaceAll(" ");
        String lower = written.toLowerCase(java.util.Locale.ROOT);
        for (String before : BEFORE) {
            if (!lower.startsWith(before + " ")) {
                continue;
            }
            for (String after : AFTER) {
                if (lower.endsWith(" " + after) && lower.length() > before.length() + after.length() + 2) {
                    return Optional.of(written.substring(before.length() + 1, written.length() - after.length() - 1)
                            .strip());
                }
            }
        }
        return Optional.empty();
    }

    private static Long value(String value, String label, ImportLog log) {
        if (ZERO.contains(ReadingWords.normal(value))) {
            return 0L; // before the placeholders: "none" affected is a figure, not an empty field
        }
        if (ActionText.isPlaceholder(value) || UNKNOWN.contains(ReadingWords.normal(value))) {
            return null;
        }
        Matcher number = NUMBER.matcher(value);
        if (number.find()) {
            try {
                return Long.parseLong(number.group().replace(",", ""));
            } catch (NumberFormatException tooLarge) {
                log.note("'" + label + "' is '" + value + "', too large to be a count; recorded as unknown");
                return null;
            }
        }
        if (ZERO.contains(ReadingWords.normal(value))) {
            return 0L;
        }
        log.note("'" + label + "' is '" + value + "', not a number; recorded as unknown");
        return null;
    }
}
