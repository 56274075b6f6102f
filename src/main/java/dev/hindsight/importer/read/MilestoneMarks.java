package dev.hindsight.importer.read;

import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.timeline.EventKind;
import java.util.Locale;
import java.util.Optional;

/**
 * A timeline entry that says outright which milestone it is, in the milestone's own name: before its text
 * ("**Detected:** Alert fired", as Hindsight's front-matter layout writes it) or after it ("Alert fired
 * *(Detected)*", as its post-mortem layout does). The mark is the entry's kind; the text keeps it, as the
 * team's words, except in a layout that writes marks as decoration ({@link #strip}). Stateless.
 */
public final class MilestoneMarks {

    /** An entry's milestone and its text without the mark. */
    public record Marked(EventKind kind, String text) {
    }

    private MilestoneMarks() {
    }

    private static final ReadingWords WORDS = ReadingWords.load("milestone-words.json");

    /**
     * Other names a layout gives a milestone on its entries ("Initial Detection", "Service Restored", "Note" for
     * an entry that is no milestone), from {@code importer/milestone-words.json} ("markNames"). An entry that is
     * only such a name ("**[15:22]** - Initial Detection") is that milestone with no words of its own.
     */
    private static final java.util.Map<String, EventKind> NAMES = names();
    private static final int LONGEST_NAME = NAMES.keySet().stream().mapToInt(String::length).max().orElse(0);

    /**
     * How a layout writes its marks ("**{name}:**"), from {@code milestone-words.json} ("markForms"): only a
     * mark written so is decoration; the same name in plain words is the team's.
     */
    private static final java.util.Map<String, java.util.List<String>> FORMS = WORDS.rawMap("markForms");

    /** The milestones, their names lowered as a mark before the text ("detected:") and after it ("(detected)"). */
    private static final EventKind[] MILESTONES = java.util.Arrays.stream(EventKind.values())
            .filter(EventKind::isMilestone).toArray(EventKind[]::new);
    private static final String[] LABELS = java.util.Arrays.stream(MILESTONES)
            .map(k -> k.label().toLowerCase(Locale.ROOT)).toArray(String[]::new);

    private static java.util.Map<String, EventKind> names() {
        java.util.Map<String, EventKind> out = new java.util.LinkedHashMap<>();
        WORDS.rawMap("markNames").forEach((kind, names) -> names.forEach(n -> out.put(n.toLowerCase(Locale.ROOT),
                EventKind.valueOf(kind))));
        return java.util.Map.copyOf(out);
    }

    /**
     * Whether a marked entry's written line carries the mark as the layout writes it (so it is decoration, to
     * take off the text), rather than as words of the team's own. A layout with no form in the data: always.
     */
    public static boolean writtenAsDecoration(String layout, EventKind kind, String writtenLine) {
        java.util.Map<EventKind, String[]> written = WRITTEN_MARKS.get(layout);
        if (written == null) {
            return true;
        }
        String line = writtenLine.toLowerCase(Locale.ROOT);
        for (String mark : written.get(kind)) {
            if (line.contains(mark)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Each layout's marks as written, lowered, by milestone: every form with every name of the milestone (its label
     * and its names in the data). Worked out once: asked of every entry of a layout that marks them.
     */
    private static final java.util.Map<String, java.util.Map<EventKind, String[]>> WRITTEN_MARKS = writtenMarks();

    private static java.util.Map<String, java.util.Map<EventKind, String[]>> writtenMarks() {
        java.util.Map<String, java.util.Map<EventKind, String[]>> out = new java.util.HashMap<>();
        FORMS.forEach((layout, forms) -> {
            java.util.Map<EventKind, String[]> byKind = new java.util.EnumMap<>(EventKind.class);
            for (EventKind kind : EventKind.values()) {
                java.util.List<String> names = new java.util.ArrayList<>(java.util.List.of(kind.label()));
                NAMES.forEach((name, k) -> {
                    if (k == kind) {
                        names.add(name);
                    }
                });
                java.util.List<String> marks = new java.util.ArrayList<>();
                for (String f : forms) {
                    for (String n : names) {
                        marks.add(f.replace("{name}", n).toLowerCase(Locale.ROOT));
                    }
                }
                byKind.put(kind, marks.toArray(String[]::new));
            }
            out.put(layout, byKind);
        });
        return java.util.Map.copyOf(out);
    }

    public static Optional<Marked> of(String text) {
        String t = text.strip();
        // Every mark ends in ':' or ')', or is a name alone: most entries are neither, and are not lowered.
        if (t.indexOf(':') < 0 && !t.endsWith(")")) {
            EventKind alone = t.length() > LONGEST_NAME ? null : NAMES.get(t.toLowerCase(Locale.ROOT));
            return alone == null ? Optional.empty() : Optional.of(new Marked(alone, ""));
        }
        String lower = t.toLowerCase(Locale.ROOT);
        Optional<Marked> named = named(t, lower);
        if (named.isPresent()) {
            return named;
        }
        for (int k = 0; k < MILESTONES.length; k++) {
            String name = LABELS[k];
            if (lower.startsWith(name) && lower.startsWith(":", name.length())) {
                String rest = t.substring(name.length() + 1).strip();
                if (!rest.isEmpty()) {
                    return Optional.of(new Marked(MILESTONES[k], rest));
                }
            }
            int open = lower.length() - name.length() - 2;
            if (open >= 0 && lower.endsWith(")") && lower.charAt(open) == '('
                    && lower.startsWith(name, open + 1)) {
                String rest = t.substring(0, t.length() - name.length() - 2).strip();
                if (!rest.isEmpty()) {
                    return Optional.of(new Marked(MILESTONES[k], rest));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The milestone a table's milestone column names in its cell ("Impact started", "Reported", "Mitigated"): a
     * milestone's name or one of the data's names for it, exactly; any other words are the team's, kept as written.
     */
    static Optional<EventKind> named(String cell) {
        String t = cell.strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        String lower = t.toLowerCase(Locale.ROOT);
        EventKind byName = NAMES.get(lower);
        if (byName != null) {
            return Optional.of(byName);
        }
        for (int k = 0; k < MILESTONES.length; k++) {
            if (lower.equals(LABELS[k])) {
                return Optional.of(MILESTONES[k]);
            }
        }
        return Optional.empty();
    }

    /** A mark by one of the names in the data: "Name: words", or the name alone. */
    private static Optional<Marked> named(String t, String lower) {
        if (NAMES.isEmpty()) {
            return Optional.empty();
        }
        int colon = lower.indexOf(':');
        String head = colon < 0 ? lower : lower.substring(0, colon);
        EventKind kind = NAMES.get(head.strip());
        if (kind == null) {
            return Optional.empty();
        }
        return Optional.of(new Marked(kind, colon < 0 ? "" : t.substring(colon + 1).strip()));
    }
}
