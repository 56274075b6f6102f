package dev.hindsight.importer.words;

import java.util.Set;

/**
 * The lower-case words a person's name holds between its capitalised ones ("Ilse de Vries", "Ludwig van Dijk"), from
 * {@code importer/name-words.json}. One list, read by the importer's readers of people and owners and by the lint's
 * blame check (lint may depend on the importer, not the other way), so the two never disagree on what is a name.
 * Immutable; thread-safe.
 */
public final class NameParticles {

    /** The file under {@code importer/} the particles are read from: the lint counts it in its rule-data digest. */
    public static final String RESOURCE = "name-words.json";

    private static final Set<String> PARTICLES = Set.copyOf(ReadingWords.load(RESOURCE).list("particles"));

    private NameParticles() {
    }

    /**
     * Whether a word of a name, as written, is one of the particles: compared exactly, as a particle is written in
     * lower case ("de"); "De" opening a name is a capitalised word of it anyway.
     */
    public static boolean contains(String word) {
        return PARTICLES.contains(word);
    }
}
