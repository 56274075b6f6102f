package dev.hindsight.importer.assemble;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.PeopleReader;
import dev.hindsight.importer.read.Sourced;
import java.util.List;
import java.util.Optional;

/**
 * The people a label names, as the record's responders: "Incident Commander: Ann Lee", "Responders: @ann, @bob", a
 * seed layout's role row ("Technical Lead | Lea Fischer"). A person named again in the same role is one responder,
 * and the import log says where the document repeats itself. Part of {@link LabelledFact}. One per document; not
 * thread-safe.
 */
final class NamedResponders {

    private final RecordDraft draft;
    private final Conventions conventions;
    private final ImportLog log;

    NamedResponders(RecordDraft draft, Conventions conventions, ImportLog log) {
        this.draft = draft;
        this.conventions = conventions;
        this.log = log;
    }

    /** Whether the text names anyone; those it names are the draft's responders. */
    boolean people(String text, Lines from) {
        var people = PeopleReader.read(List.of(Block.paragraph(text, from)), conventions, log);
        responders(people);
        return !people.isEmpty();
    }

    /** A seed layout's own role label ("Technical Lead | Lea Fischer"): the name in that role. */
    Optional<Object> named(String label, String value, Lines from) {
        responders(List.of(new Sourced<>(dev.hindsight.incident.Responder.of(value, label), from)));
        return Optional.of("");
    }

    /** Responders a label names; one named before in the same role ("Incident Commander" again) is noted once. */
    private void responders(List<Sourced<dev.hindsight.incident.Responder>> named) {
        for (var r : named) {
            boolean again = draft.responders.stream().anyMatch(d -> d.value().name().equals(r.value().name())
                    && d.value().role().equalsIgnoreCase(r.value().role()));
            if (again) {
                log.context(r.lines(), "names " + r.value().name() + " as " + r.value().role() + " again");
            } else {
                draft.responders.add(r);
            }
        }
    }
}
