package dev.hindsight.importer.blocks;

/**
 * A run of source lines, 1-based and inclusive: where a block, a field or a skipped piece came from. For HTML
 * and .docx the lines are those of the document's plain-text reading ({@link SourceText#lines()}).
 */
public record Lines(int first, int last) {
    public Lines {
        if (first < 1 || last < first) {
            throw new IllegalArgumentException("lines " + first + ".." + last);
        }
    }

    public static Lines of(int line) {
        return new Lines(line, line);
    }

    /** The smallest run holding both. */
    public Lines span(Lines other) {
        return new Lines(Math.min(first, other.first), Math.max(last, other.last));
    }

    public boolean contains(int line) {
        return line >= first && line <= last;
    }

    @Override
    public String toString() {
        return first == last ? "line " + first : "lines " + first + "-" + last;
    }
}
