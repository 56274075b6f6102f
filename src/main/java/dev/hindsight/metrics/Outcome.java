package dev.hindsight.metrics;

/** How a measured response time compares with its target. */
public enum Outcome {
    MET, NOT_MET, UNKNOWN, NO_TARGET;

    /** "Yes", "No", "Unknown", "" as the review template's "Met?" column writes it. */
    public String answer() {
        return switch (this) {
            case MET -> "Yes";
            case NOT_MET -> "No";
            case UNKNOWN -> "Unknown";
            case NO_TARGET -> "";
        };
    }
}
