package dev.hindsight.severity;

/** One step of a severity scale: its number (1 = most severe), its label and what it means. */
public record SeverityLevel(int level, String label, String description) {

    public SeverityLevel {
        if (level < 1) {
            throw new IllegalArgumentException("severity level must be 1 or more, was " + level);
        }
        if (label == null || label.isBlank()) {
            throw new IllegalArgumentException("severity level " + level + " needs a label");
        }
        description = description == null ? "" : description;
    }

    public Severity severity() {
        return new Severity(level, label);
    }
}
