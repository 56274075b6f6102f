package dev.hindsight.importer;

import java.util.List;

/** One reader per built-in layout. */
final class Readers {
    private Readers() {
    }

    static List<LayoutReader> all() {
        return List.of(new SevDocumentReader(), new PostmortemReader(), new GoogleDocReader(), new FrontMatterReader(),
                new ReviewReader());
    }
}
