package dev.hindsight.severity;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The organisation's severity scale. Scales differ between organisations (SEV1-SEV3, SEV-1..SEV-4,
 * Critical..Low); one is configured per installation and the seed templates' scales ship as presets.
 */
public record SeverityScale(String name, List<SeverityLevel> levels) {

    public SeverityScale {
        if (levels == null || levels.isEmpty()) {
            throw new IllegalArgumentException("severity scale '" + name + "' has no levels");
        }
        List<SeverityLevel> sorted = new ArrayList<>(levels);
        sorted.sort(Comparator.comparingInt(SeverityLevel::level));
        for (int i = 0; i < sorted.size(); i++) {
            if (sorted.get(i).level() != i + 1) {
                throw new IllegalArgumentException("severity scale '" + name + "' must number its levels 1.."
                        + sorted.size() + " without gaps; found level " + sorted.get(i).level());
            }
        }
        levels = List.copyOf(sorted);
    }

    public Optional<SeverityLevel> level(int level) {
        return level >= 1 && level <= levels.size() ? Optional.of(levels.get(level - 1)) : Optional.empty();
    }

    /** The scale's own label for a level, e.g. 2 → "SEV2". */
    public Severity severity(int level) {
        return level(level).orElseThrow(() -> new IllegalArgumentException(
                "severity level " + level + " is not on the '" + name + "' scale (1.." + levels.size() + ")"))
                .severity();
    }

    /** Finds a level by its label, ignoring case, spaces and dashes ("sev 1", "SEV-1", "Sev1"). */
    public Optional<SeverityLevel> byLabel(String label) {
        String wanted = squash(label);
        return levels.stream().filter(l -> squash(l.label()).equals(wanted)).findFirst();
    }

    /**
     * A severity typed as a level ("2") or a label ("SEV2", "critical").
     *
     * @throws IllegalArgumentException naming the scale's levels when it is neither
     */
    public Severity parse(String text) {
        // A signed number is a level, not a label: "-1" squashed to the label "1" of the seeds' scale, level 1.
        if (SIGNED_NUMBER.matcher(text.strip()).matches()) {
            return severity(Integer.parseInt(text.strip()));
        }
        var byLabel = byLabel(text);
        if (byLabel.isPresent()) {
            return byLabel.get().severity();
        }
        try {
            return severity(Integer.parseInt(text.strip()));
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + text + "' is neither a level nor a label on the '" + name
                    + "' scale (" + String.join(", ", levels.stream().map(l -> l.level() + " = " + l.label())
                    .toList()) + ")");
        }
    }

    private static final Pattern SIGNED_NUMBER = Pattern.compile("[+-]\\d{1,9}");

    /** What a label may differ by and still name the same level ("Sev 1", "SEV-1", "sev_1"). */
    private static final Pattern SEPARATORS = Pattern.compile("[\\s_-]");

    private static String squash(String s) {
        return s == null ? "" : SEPARATORS.matcher(s.toLowerCase(Locale.ROOT)).replaceAll("");
    }

    /** The presets from the five seed templates. */
    public static List<SeverityScale> presets() {
        return List.of(SEV_LEVELS, SEV_THREE, SEV_FOUR, CRITICALITY);
    }

    public static Optional<SeverityScale> preset(String name) {
        return presets().stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
    }

    /** The SEV document's "Level" with a definition per level. */
    public static final SeverityScale SEV_LEVELS = new SeverityScale("sev-levels", List.of(
            new SeverityLevel(1, "1", "User-Visible Production Impact"),
            new SeverityLevel(2, "2", "Non-User-Visible Production Impact, or User-Visible impact in lower environments"),
            new SeverityLevel(3, "3", "Informational/Proactive")));

    /** SEV1 / SEV2 / SEV3, as the Google-Docs layout writes it. */
    public static final SeverityScale SEV_THREE = new SeverityScale("sev1-3", List.of(
            new SeverityLevel(1, "SEV1", "Critical: widespread customer-facing outage"),
            new SeverityLevel(2, "SEV2", "Major: significant degradation or a partial outage"),
            new SeverityLevel(3, "SEV3", "Minor: limited impact, workaround available")));

    /** SEV-1 .. SEV-4, as the post-incident review template writes it. */
    public static final SeverityScale SEV_FOUR = new SeverityScale("sev-1-4", List.of(
            new SeverityLevel(1, "SEV-1", "Critical: complete outage or data loss"),
            new SeverityLevel(2, "SEV-2", "Major: core function degraded for many users"),
            new SeverityLevel(3, "SEV-3", "Minor: partial degradation, few users affected"),
            new SeverityLevel(4, "SEV-4", "Low: cosmetic or internal only")));

    /** Critical / High / Medium / Low, as the incident post-mortem template writes it. */
    public static final SeverityScale CRITICALITY = new SeverityScale("criticality", List.of(
            new SeverityLevel(1, "Critical", "Business-critical function unavailable"),
            new SeverityLevel(2, "High", "Major function impaired for many users"),
            new SeverityLevel(3, "Medium", "Some users or a secondary function affected"),
            new SeverityLevel(4, "Low", "Minimal impact")));
}
