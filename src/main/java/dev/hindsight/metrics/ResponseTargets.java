package dev.hindsight.metrics;

import java.time.Duration;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The organisation's targets: the most a metric may take, per severity level. A target for level 0
 * applies to every level that has none of its own.
 */
public record ResponseTargets(Map<Integer, Map<Metric, Duration>> byLevel) {

    public static final int EVERY_LEVEL = 0;

    public ResponseTargets {
        Map<Integer, Map<Metric, Duration>> copy = new HashMap<>();
        Objects.requireNonNull(byLevel, "byLevel is null").forEach((level, targets) -> {
            targets.forEach((metric, limit) -> {
                if (limit.isNegative() || limit.isZero()) {
                    throw new IllegalArgumentException(
                            "target for " + metric.code() + " at level " + level + " must be positive, was " + limit);
                }
            });
            copy.put(level, Map.copyOf(targets));
        });
        byLevel = Map.copyOf(copy);
    }

    /** No targets at all: every outcome is "no target". */
    public static ResponseTargets none() {
        return new ResponseTargets(Map.of());
    }

    /** The seed defaults from the review template: detect and acknowledge under 5 minutes, mitigate under 30. */
    public static ResponseTargets defaults() {
        Map<Metric, Duration> all = new EnumMap<>(Metric.class);
        all.put(Metric.TIME_TO_DETECT, Duration.ofMinutes(5));
        all.put(Metric.TIME_TO_ACKNOWLEDGE, Duration.ofMinutes(5));
        all.put(Metric.TIME_TO_MITIGATE, Duration.ofMinutes(30));
        return new ResponseTargets(Map.of(EVERY_LEVEL, all));
    }

    /**
     * Targets at every level as configured: {@code "timeToDetect PT5M; timeToMitigate PT30M"}, a metric's code and an
     * ISO-8601 duration per part, separated by semicolons; empty for none.
     *
     * @throws IllegalArgumentException naming the part that is not a metric and a positive duration
     */
    public static ResponseTargets parse(String text) {
        Map<Metric, Duration> all = new EnumMap<>(Metric.class);
        for (String part : text.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            String[] words = part.strip().split("\\s+");
            Metric metric = java.util.Arrays.stream(Metric.values()).filter(m -> m.code().equalsIgnoreCase(words[0]))
                    .findFirst().orElseThrow(() -> new IllegalArgumentException("'" + words[0] + "' is not a "
                            + "metric (one of: " + String.join(", ", java.util.Arrays.stream(Metric.values())
                            .map(Metric::code).toList()) + ")"));
            Duration limit;
            try {
                limit = words.length == 2 ? Duration.parse(words[1]) : null;
            } catch (java.time.format.DateTimeParseException e) {
                limit = null;
            }
            if (limit == null || limit.isNegative() || limit.isZero()) {
                throw new IllegalArgumentException("'" + part.strip() + "' is not a metric and a positive ISO-8601 "
                        + "duration, such as 'timeToDetect PT5M'");
            }
            if (all.put(metric, limit) != null) {
                throw new IllegalArgumentException(metric.code() + " has two targets");
            }
        }
        return all.isEmpty() ? none() : new ResponseTargets(Map.of(EVERY_LEVEL, all));
    }

    public Optional<Duration> target(Metric metric, Integer level) {
        if (level != null) {
            Duration own = byLevel.getOrDefault(level, Map.of()).get(metric);
            if (own != null) {
                return Optional.of(own);
            }
        }
        return Optional.ofNullable(byLevel.getOrDefault(EVERY_LEVEL, Map.of()).get(metric));
    }
}
