package dev.hindsight.importer.read;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.words.ReadingWords;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles as people write them, against the organisation's configured roles: "incident commander" and "IC" are
 * the configured "Incident Commander"; "Infrastructure on-call (networking)" or "Release Manager", configured or
 * not, stay as written. Never a role that was not written. Thread-safe.
 */
final class Roles {

    private static final ReadingWords WORDS = ReadingWords.load("people-words.json");
    private static final Map<String, List<String>> ABBREVIATIONS = WORDS.map("abbreviations");
    private static final List<String> ROLE_WORDS = WORDS.list("roleWords");
    private static final Set<String> GENERAL = Set.copyOf(WORDS.list("general"));
    private static final Set<String> GENERAL_ENDINGS = Set.of("responders", "attendees", "participants", "people",
            "members", "involved", "present");
    /** "Incident Commander (IC)": a configured role followed by its abbreviation. */
    private static final Pattern ABBREVIATED = Pattern.compile("^(.{1,80}?)\\s*\\(([A-Za-z]{1,5})\\)$");

    private final Conventions conventions;

    Roles(Conventions conventions) {
        this.conventions = conventions;
    }

    /** The configured spelling when the written role is a configured one (or its common abbreviation), else as written. */
    String role(String written) {
        String w = written.strip();
        if (w.isEmpty()) {
            return "";
        }
        Optional<String> configured = configured(w);
        if (configured.isPresent()) {
            return configured.get();
        }
        Matcher abbreviated = ABBREVIATED.matcher(w);
        if (abbreviated.matches()) {
            Optional<String> whole = configured(abbreviated.group(1));
            if (whole.isPresent() && configured(abbreviated.group(2)).equals(whole)) {
                return whole.get();
            }
        }
        return w;
    }

    private Optional<String> configured(String written) {
        Optional<String> exact = conventions.role(written);
        if (exact.isPresent()) {
            return exact;
        }
        for (String full : ABBREVIATIONS.getOrDefault(ReadingWords.normal(written), List.of())) {
            Optional<String> known = conventions.role(full);
            if (known.isPresent()) {
                return known;
            }
        }
        return Optional.empty();
    }

    /** Whether the organisation has a role of exactly this name. */
    boolean isConfigured(String written) {
        return conventions.role(written.strip()).isPresent();
    }

    /** Whether a short phrase reads as a role: configured, a known abbreviation, or holding a role word. */
    boolean isRole(String text) {
        String normal = ReadingWords.normal(text);
        if (normal.isEmpty() || normal.split(" ").length > 8) {
            return false;
        }
        if (conventions.role(text.strip()).isPresent() || ABBREVIATIONS.containsKey(normal)) {
            return true;
        }
        int words = normal.split(" ").length;
        for (String word : ROLE_WORDS) {
            // "IC", "TL", "SRE" are also letters of names and initials: a role only standing alone or last of two
            boolean abbreviation = word.length() <= 3;
            if (abbreviation ? normal.equals(word) || words == 2 && normal.endsWith(" " + word)
                    : ReadingWords.hasPhrase(normal, word)) {
                return true;
            }
        }
        return false;
    }

    /** Whether a label only says "these are people" ("Attendees", "People involved", "Incident team"). */
    static boolean isGeneral(String text) {
        String normal = ReadingWords.normal(text);
        if (GENERAL.contains(normal)) {
            return true;
        }
        int space = normal.lastIndexOf(' ');
        return normal.split(" ").length <= 3 && GENERAL_ENDINGS.contains(normal.substring(space + 1));
    }

    /** Whether a label names a team rather than a role ("Payments team:", "Storage squad"). */
    static boolean isTeam(String text) {
        String normal = ReadingWords.normal(text);
        return !isGeneral(text) && (ReadingWords.hasPhrase(normal, "team") || ReadingWords.hasPhrase(normal, "squad"));
    }

    /** The configured discipline the text names ("software" is "Software"), if it names one. */
    Optional<String> discipline(String text) {
        String wanted = text.strip();
        return conventions.disciplines().stream().filter(d -> d.equalsIgnoreCase(wanted)).findFirst();
    }
}
