package dev.hindsight.importer.sections;

import dev.hindsight.importer.words.ReadingWords;
import java.util.Map;
import java.util.Set;

/**
 * The kinds of section a seed layout writes as one piece rather than in parts: a root cause that is all "what
 * happened", with no one-sentence summary of its own; findings that are titles only, so "Title: more" is one
 * title. Data in {@code importer/sections.json} ("writtenWhole"). Immutable, thread-safe.
 */
public final class WrittenWhole {

    private static final ReadingWords SECTIONS = ReadingWords.load("sections.json");
    private static final Map<String, Set<SectionKind>> KINDS = SectionKind.byName(SECTIONS.namesByName("writtenWhole"));

    private WrittenWhole() {
    }

    /** Whether the layout writes sections of this kind whole; false for no layout. */
    public static boolean in(String layout, SectionKind kind) {
        return layout != null && KINDS.getOrDefault(layout, Set.of()).contains(kind);
    }

    private static final Set<String> NAMED_EXACTLY = SECTIONS.names("namedExactly");

    /**
     * Whether a seed layout's documents name their sections exactly ({@code sections.json} "namedExactly"): a
     * heading that only ends with a section's name is then the team's own section.
     */
    static boolean namedExactly(String layout) {
        return layout != null && NAMED_EXACTLY.contains(layout);
    }
}
