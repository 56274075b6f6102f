package dev.hindsight.importer.layouts;

import java.util.List;

/** One reader per built-in layout the pipeline does not read yet. */
public final class Readers {
    private Readers() {
    }

    public static List<LayoutReader> all() {
        return List.of();
    }
}
