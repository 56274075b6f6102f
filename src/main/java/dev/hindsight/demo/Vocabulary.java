package dev.hindsight.demo;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Impact.BlastRadiusFigure;
import dev.hindsight.incident.Responder;
import dev.hindsight.severity.Severity;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The organisation's own words the demo incidents use: severity labels, discovery methods, roles,
 * disciplines and blast-radius measures. Everything is looked up in the installation's conventions, so the
 * demo passes the rules whichever scale and roles were configured; a word the installation lacks falls back
 * to one it has.
 */
record Vocabulary(Conventions conventions) {

    /** The installation's label for a level; levels past the end of a short scale become its mildest. */
    Severity severity(int level) {
        int levels = conventions.severityScale().levels().size();
        return conventions.severityScale().severity(Math.min(level, levels));
    }

    String discoveryMethod(String wanted) {
        return conventions.discoveryMethod(wanted).orElse(firstOf(conventions.discoveryMethods()));
    }

    String role(String wanted) {
        return conventions.role(wanted).orElse(firstOf(conventions.roles()));
    }

    /** Blank stays blank: someone from outside engineering has no discipline to count. */
    String discipline(String wanted) {
        if (wanted.isBlank()) {
            return "";
        }
        return conventions.disciplines().stream()
                .filter(d -> d.toLowerCase(Locale.ROOT).equals(wanted.toLowerCase(Locale.ROOT)))
                .findFirst().orElse(firstOf(conventions.disciplines()));
    }

    Responder responder(String name, String role, String team, String discipline, Instant joinedAt) {
        return new Responder(name, role(role), team, discipline(discipline), joinedAt, null);
    }

    /**
     * One figure per configured measure, in the configured order; a null value means nobody could count it,
     * and measures beyond the values given are unknown too.
     */
    List<BlastRadiusFigure> blastRadius(Long... values) {
        List<BlastRadiusFigure> figures = new ArrayList<>();
        List<String> measures = conventions.blastRadiusMeasures();
        for (int i = 0; i < measures.size(); i++) {
            figures.add(new BlastRadiusFigure(measures.get(i), i < values.length ? values[i] : null));
        }
        return figures;
    }

    private static String firstOf(List<String> options) {
        return options.isEmpty() ? "" : options.get(0);
    }
}
