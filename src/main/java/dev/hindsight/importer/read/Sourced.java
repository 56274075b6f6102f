package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Lines;

/** A value read from a document, with the lines it came from. */
public record Sourced<T>(T value, Lines lines) {
    public Sourced {
        java.util.Objects.requireNonNull(value, "value");
        java.util.Objects.requireNonNull(lines, "lines");
    }
}
