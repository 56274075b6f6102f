package dev.hindsight.importer.sections;

import java.util.Locale;

/**
 * What a section of a post-mortem is about, whatever its heading says: the classifier's answer, and what picks
 * the extractor that reads it. The heading words for each live in {@code importer/sections.json}.
 */
public enum SectionKind {
    SUMMARY, IMPACT, TIMELINE, ACTION_ITEMS, PEOPLE, ROOT_CAUSE, CONTRIBUTING_FACTORS, FIVE_WHYS, DETECTION,
    RESOLUTION, WENT_WELL, WENT_WRONG, LUCKY, LESSONS, METRICS, NARRATIVE, PREVENTION, REFERENCES,
    /** Who reviewed or approved the post-mortem, and what they said ("Reviewers", "Approvals"). */
    REVIEWERS,
    /** How the incident was communicated: messages sent, channels, how well it went ("Communication"). */
    COMMUNICATION,
    /** Other incidents this one relates to ("Related Incidents"): each an id or a link, and how they relate. */
    RELATED_INCIDENTS,
    /** The meeting that reviews the post-mortem: its date, attendees, points and cadence ("Review Meeting"). */
    REVIEW_MEETING,
    /** Facts about the incident as labelled lines or a two-column table ("Metadata", "Basic information"). */
    METADATA,
    /** A section with no field of its own: kept on the record under its heading. */
    OTHER;

    /** See {@link #described()}: made once, since the report names a kind for every section and subheading. */
    private final String described = name().toLowerCase(Locale.ROOT).replace('_', ' ');

    /** The name the vocabulary file uses: "action-items". */
    public String code() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    public static SectionKind ofCode(String code) {
        return valueOf(code.toUpperCase(Locale.ROOT).replace('-', '_'));
    }

    /** Lists of kinds by the name they stand under (a layout's), as a word file writes them: each kind by its code. */
    public static java.util.Map<String, java.util.Set<SectionKind>> byName(java.util.Map<String, java.util.Set<String>> codes) {
        java.util.Map<String, java.util.Set<SectionKind>> out = new java.util.HashMap<>();
        codes.forEach((name, kinds) -> {
            java.util.Set<SectionKind> each = java.util.EnumSet.noneOf(SectionKind.class);
            kinds.forEach(k -> each.add(ofCode(k)));
            out.put(name, java.util.Set.copyOf(each));
        });
        return java.util.Map.copyOf(out);
    }

    /** How the report names what a section was read as: "action items". */
    public String described() {
        return described;
    }
}
