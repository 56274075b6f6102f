package dev.hindsight.lint;

/**
 * A finding and where it is in the file it was read from: 1-based lines and columns, the end column one past the
 * span's last character (as SARIF counts them). A finding on a stored incident has no file: {@code file} is the
 * incident's id and the lines are 0. Immutable.
 */
public record Located(Finding finding, String file, int line, int column, int endLine, int endColumn) {

    public static Located inRecord(Finding finding, String incidentId) {
        return new Located(finding, incidentId, 0, 0, 0, 0);
    }

    public boolean hasLine() {
        return line > 0;
    }
}
