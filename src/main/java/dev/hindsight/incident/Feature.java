package dev.hindsight.incident;

/**
 * One thing an incident can share with another: its stored key ("term:connection pool", "service:payments"), how
 * it was written ("connection pool"), and how prominent it is in the incident (1 to {@link #MOST}).
 */
public record Feature(String key, String label, int weight) {

    public static final int MOST = 4;

    public Feature {
        if (weight < 1 || weight > MOST) {
            throw new IllegalArgumentException("weight is " + weight + "; between 1 and " + MOST);
        }
    }

    public FeatureKind kind() {
        return FeatureKind.of(key);
    }

    /** A two-word phrase of the text ("term:connection pool"). */
    public boolean phrase() {
        return kind() == FeatureKind.TERM && key.indexOf(' ') > 0;
    }
}
