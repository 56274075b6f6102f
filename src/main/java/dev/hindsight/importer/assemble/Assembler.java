package dev.hindsight.importer.assemble;

import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.Imported;
import dev.hindsight.importer.blocks.SourceText;

/** STUB: the last stage, written by the lead. */
public final class Assembler {
    private Assembler() {
    }

    public static Imported read(SourceText source, Conventions conventions, ActionPolicy policy) {
        throw new UnsupportedOperationException("not yet");
    }
}
