package dev.hindsight.importer.layouts;

import java.util.List;

/** One reader per built-in layout. */
public final class Readers {
    private Readers() {
    }

    public static List<LayoutReader> all() {
        return List.of(new SevDocumentReader(), new PostmortemReader(), new GoogleDocReader(), new FrontMatterReader(),
                new ReviewReader());
    }
}
