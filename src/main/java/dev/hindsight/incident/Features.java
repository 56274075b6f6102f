package dev.hindsight.incident;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What a post-mortem can share with another, read from the record: the telling words and phrases of its title
 * and analysis (summary, root cause, contributing factors, what went wrong), its affected services, its
 * contributing factors by title, and its responders by name. Bounded, so that a long narrative costs no more
 * rows than a short one. The same record always gives the same features. Stateless; thread-safe.
 */
final class Features {

    /** The most words and phrases kept per incident: the most prominent, earliest written first. */
    static final int MOST_TERMS = 40;
    private static final int MOST_OF_EACH_OTHER_KIND = 12;
    /** Keys and labels are stored in 200 characters at most. */
    private static final int LONGEST = 200;

    private Features() {
    }

    static List<Feature> of(PostMortem record) {
        List<Feature> out = new ArrayList<>(terms(record));
        for (String service : record.impact().services()) {
            add(out, FeatureKind.SERVICE, service, 3);
        }
        for (Analysis.Finding factor : record.analysis().contributingFactors()) {
            add(out, FeatureKind.FACTOR, factor.title().isBlank() ? factor.description() : factor.title(), 3);
        }
        for (Responder responder : record.responders()) {
            add(out, FeatureKind.RESPONDER, responder.name(), 2);
        }
        return List.copyOf(out);
    }

    /** A named thing (a service, a factor, a person) once, compared by its name folded to lower case. */
    private static void add(List<Feature> out, FeatureKind kind, String written, int weight) {
        String label = cut(written.strip().replaceAll("\\s+", " "));
        if (label.isEmpty()) {
            return;
        }
        String key = cut(kind.key(label.toLowerCase(Locale.ROOT)));
        long ofKind = out.stream().filter(f -> f.kind() == kind).count();
        if (ofKind < MOST_OF_EACH_OTHER_KIND && out.stream().noneMatch(f -> f.key().equals(key))) {
            out.add(new Feature(key, label, weight));
        }
    }

    /**
     * The words and phrases, each weighted by the most prominent field it is in (a title word 3, a root-cause
     * summary word 2, the rest 1), one more when it is written more than once, at most {@link Feature#MOST}.
     */
    private static List<Feature> terms(PostMortem record) {
        Analysis a = record.analysis();
        Map<String, int[]> seen = new LinkedHashMap<>(); // stem -> {weight, occurrences, order}
        Map<String, String> labels = new LinkedHashMap<>();
        read(record.title(), 3, seen, labels);
        read(a.oneLineSummary(), 2, seen, labels);
        read(a.rootCause().summary(), 2, seen, labels);
        read(a.summary(), 1, seen, labels);
        read(a.rootCause().whatHappened(), 1, seen, labels);
        read(a.rootCause().whyItHappened(), 1, seen, labels);
        read(a.rootCause().whyNotCaughtEarlier(), 1, seen, labels);
        for (Analysis.Finding factor : a.contributingFactors()) {
            read(factor.title(), 2, seen, labels);
            read(factor.description(), 1, seen, labels);
        }
        for (Analysis.Finding wrong : a.wentWrong()) {
            read(wrong.title(), 1, seen, labels);
            read(wrong.description(), 1, seen, labels);
        }
        return seen.entrySet().stream()
                .sorted(Comparator.<Map.Entry<String, int[]>>comparingInt(e -> -weight(e.getValue()))
                        .thenComparingInt(e -> e.getValue()[2]))
                .limit(MOST_TERMS)
                .map(e -> new Feature(cut(FeatureKind.TERM.key(e.getKey())), cut(labels.get(e.getKey())),
                        weight(e.getValue())))
                .toList();
    }

    private static void read(String text, int weight, Map<String, int[]> seen, Map<String, String> labels) {
        for (Terms.Term term : Terms.of(text)) {
            int[] w = seen.computeIfAbsent(term.stem(), k -> new int[] {0, 0, seen.size()});
            w[0] = Math.max(w[0], weight);
            w[1]++;
            labels.putIfAbsent(term.stem(), term.label());
        }
    }

    private static int weight(int[] seen) {
        return Math.min(Feature.MOST, seen[0] + (seen[1] > 1 ? 1 : 0));
    }

    private static String cut(String text) {
        return text.length() <= LONGEST ? text : text.substring(0, LONGEST);
    }
}
