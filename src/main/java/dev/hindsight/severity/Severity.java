package dev.hindsight.severity;

/**
 * A severity as recorded on an incident: the level on the installation's scale (1 = most severe) and the
 * label as written ("SEV1", "Critical", "Level 1"). The label is kept so an imported document reads as it did.
 */
public record Severity(int level, String label) {

    public Severity {
        if (level < 1) {
            throw new IllegalArgumentException("severity level must be 1 or more (1 = most severe), was " + level);
        }
        label = label == null || label.isBlank() ? "SEV" + level : label.strip();
    }
}
