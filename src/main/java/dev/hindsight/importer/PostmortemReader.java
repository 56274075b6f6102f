package dev.hindsight.importer;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.template.BuiltInTemplate;

/** Reads the POSTMORTEM layout. (Being written.) */
public final class PostmortemReader implements LayoutReader {

    @Override
    public BuiltInTemplate layout() {
        return BuiltInTemplate.POSTMORTEM;
    }

    @Override
    public int score(SourceDocument document) {
        return 0;
    }

    @Override
    public PostMortem read(SourceDocument document, ImportContext context) {
        return PostMortem.builder().build();
    }
}
