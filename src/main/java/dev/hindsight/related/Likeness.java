package dev.hindsight.related;

import dev.hindsight.incident.Feature;
import dev.hindsight.incident.FeatureKind;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * How alike one incident is to another, and the reasons a reader is given, from the features they share. Each
 * shared feature counts for how telling it is (rarer in the store counts for more: the logarithm of how many
 * incidents there are per incident that has it), times what its kind is worth ({@link FeatureKind}), times how
 * prominent it is in the less prominent of the two (a word in both titles beats a word in one title and one
 * narrative). Immutable.
 *
 * @param shared the features both have, as the incident being read has them, each with its worth in the pair
 */
record Likeness(double score, Map<Feature, Double> shared) {

    /** The most features a reason names: a reason is read at a glance. */
    private static final int MOST_NAMED = 3;
    /** Joined phrases stop at three words: "connection pool exhaustion", not a sentence. */
    private static final int LONGEST_PHRASE = 3;

    /** How telling a feature is in a store of {@code incidents} incidents of which {@code having} have it. */
    static double telling(long incidents, long having) {
        return Math.log(1 + (double) Math.max(incidents, 1) / Math.max(having, 1));
    }

    /**
     * Whether the two have enough in common to be called related at all: a score of {@code least} or more, and
     * more than one single word shared (one word alike, "queue" in both, is chance however rare the word is).
     */
    boolean enough(double least) {
        return score >= least && (shared.size() > 1 || shared.keySet().stream()
                .anyMatch(f -> f.kind() != FeatureKind.TERM || f.phrase()));
    }

    /** What one shared feature is worth in a pair. */
    static double worth(Feature mine, int theirWeight, double telling) {
        return mine.kind().weight() * telling * Math.min(mine.weight(), theirWeight);
    }

    /**
     * The reasons, one per kind of thing shared, in the order a reader weighs them: services, words, contributing
     * factors, responders ("same service: payments; both mention connection pool exhaustion; same responder:
     * Priya Shah").
     */
    List<String> reasons() {
        List<String> reasons = new ArrayList<>();
        for (FeatureKind kind : List.of(FeatureKind.SERVICE, FeatureKind.TERM, FeatureKind.FACTOR,
                FeatureKind.RESPONDER)) {
            List<Feature> ofKind = shared.entrySet().stream().filter(e -> e.getKey().kind() == kind)
                    .sorted(Map.Entry.<Feature, Double>comparingByValue().reversed()
                            .thenComparing(e -> e.getKey().key()))
                    .map(Map.Entry::getKey).toList();
            List<String> named = kind == FeatureKind.TERM ? phrases(ofKind)
                    : ofKind.stream().limit(MOST_NAMED).map(Feature::label).toList();
            if (!named.isEmpty()) {
                reasons.add(kind.reason() + String.join(", ", named));
            }
        }
        return reasons;
    }

    /**
     * The shared words as a reader would say them: phrases before single words (a phrase is more telling and reads
     * better), a word left out when a phrase named already holds it, and two phrases that continue each other joined
     * ("connection pool" and "pool exhaustion" read "connection pool exhaustion", three words at most).
     */
    private static List<String> phrases(List<Feature> terms) {
        List<Feature> ordered = new ArrayList<>(terms.stream().filter(Feature::phrase).toList());
        ordered.addAll(terms.stream().filter(f -> !f.phrase()).toList());
        Map<String, List<String>> picked = new LinkedHashMap<>(); // label -> the stems it holds
        for (Feature f : ordered) {
            List<String> stems = List.of(stem(f).split(" "));
            if (picked.values().stream().anyMatch(held -> held.containsAll(stems))) {
                continue;
            }
            if (f.phrase() && join(picked, f.label(), stems)) {
                continue;
            }
            if (picked.size() < MOST_NAMED) {
                picked.put(f.label(), stems);
            }
        }
        return List.copyOf(picked.keySet());
    }

    /** Joins a phrase to a picked one it continues or is continued by; false when it fits none. */
    private static boolean join(Map<String, List<String>> picked, String label, List<String> stems) {
        for (var e : new ArrayList<>(picked.entrySet())) {
            List<String> held = e.getValue();
            if (held.size() >= LONGEST_PHRASE) {
                continue;
            }
            String[] words = label.split(" ");
            if (held.get(held.size() - 1).equals(stems.get(0))) {
                List<String> joined = new ArrayList<>(held);
                joined.add(stems.get(1));
                replace(picked, e.getKey(), e.getKey() + " " + words[words.length - 1], joined);
                return true;
            }
            if (held.get(0).equals(stems.get(stems.size() - 1))) {
                List<String> joined = new ArrayList<>(List.of(stems.get(0)));
                joined.addAll(held);
                replace(picked, e.getKey(), words[0] + " " + e.getKey(), joined);
                return true;
            }
        }
        return false;
    }

    private static void replace(Map<String, List<String>> picked, String old, String label, List<String> stems) {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        picked.forEach((k, v) -> {
            if (k.equals(old)) {
                copy.put(label, stems);
            } else {
                copy.put(k, v);
            }
        });
        picked.clear();
        picked.putAll(copy);
    }

    private static String stem(Feature f) {
        return f.key().substring(f.key().indexOf(':') + 1);
    }

    static Comparator<Map.Entry<String, Likeness>> mostAlikeFirst() {
        return Comparator.<Map.Entry<String, Likeness>>comparingDouble(e -> -e.getValue().score())
                .thenComparing(Map.Entry::getKey);
    }
}
