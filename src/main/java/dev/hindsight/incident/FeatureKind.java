package dev.hindsight.incident;

/**
 * What two incidents can share, how much sharing it counts for, and how a reader is told about it. A shared
 * service or contributing factor is a deliberate statement by both authors, so it counts for more than a shared
 * word; a shared responder counts for less (the same on-call people see many unrelated incidents).
 */
public enum FeatureKind {
    TERM("term:", 1.0, "both mention "),
    SERVICE("service:", 1.5, "same service: "),
    FACTOR("factor:", 1.5, "same contributing factor: "),
    RESPONDER("responder:", 0.75, "same responder: ");

    private final String prefix;
    private final double weight;
    private final String reason;

    FeatureKind(String prefix, double weight, String reason) {
        this.prefix = prefix;
        this.weight = weight;
        this.reason = reason;
    }

    /** The stored key of a feature of this kind: "service:payments". */
    public String key(String value) {
        return prefix + value;
    }

    public double weight() {
        return weight;
    }

    /** The start of a reason, before the feature as written: "same service: ". */
    public String reason() {
        return reason;
    }

    public static FeatureKind of(String key) {
        for (FeatureKind kind : values()) {
            if (key.startsWith(kind.prefix)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("not a feature key: " + key);
    }
}
