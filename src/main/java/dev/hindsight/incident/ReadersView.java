package dev.hindsight.incident;

import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@link Incidents} as one reader sees them. A restricted incident the reader is not named on answers
 * "not found" everywhere, so its existence does not leak through a 403, a count or a history. Thread-safe.
 */
public final class ReadersView {

    private final Incidents incidents;
    private final IncidentStore store;
    private final Principal reader;

    ReadersView(Incidents incidents, IncidentStore store, Principal reader) {
        this.incidents = incidents;
        this.store = store;
        this.reader = reader;
    }

    public List<IncidentSummary> list(IncidentQuery query) {
        return store.list(query, reader);
    }

    public int count(IncidentQuery query) {
        return store.count(query, reader);
    }

    /** The total a list page shows: exact, or estimated past {@link ListTotal#EXACT_UP_TO}. */
    public ListTotal total(IncidentQuery query) {
        return store.total(query, reader);
    }

    public Optional<PostMortem> find(String id) {
        return incidents.find(id).filter(r -> r.access().allows(reader));
    }

    /**
     * The record's canonical JSON exactly as stored, with its revision, for reading: from memory when recently
     * read ({@link Incidents#current}), after checking that this reader may see it.
     */
    public StoredJson json(String id) {
        CurrentRecords.Current current = visible(id);
        return new StoredJson(current.record().revision(), current.json());
    }

    /** The current record for reading (a document, say), like {@link #json}; a change starts from {@link #get}. */
    public PostMortem current(String id) {
        return visible(id).record();
    }

    /** Checked on every read, against the access of the revision held: one reader's read shows nothing to another. */
    private CurrentRecords.Current visible(String id) {
        CurrentRecords.Current current = incidents.current(id);
        if (!current.record().access().allows(reader)) {
            throw new NotFound("incident " + id);
        }
        return current;
    }

    public PostMortem get(String id) {
        return find(id).orElseThrow(() -> new NotFound("incident " + id));
    }

    /**
     * The revisions this reader may see. A revision keeps the access it was written under: lifting a
     * restriction shows the incident from then on, not what was written while it was restricted.
     */
    public List<StoredRevision> history(String id) {
        get(id);
        return store.revisions(id, reader);
    }

    /** A revision, if this reader may see the incident now and that revision's own access allows them. */
    public PostMortem revision(String id, int revision) {
        get(id);
        PostMortem record = incidents.revision(id, revision);
        if (!record.access().allows(reader)) {
            throw new NotFound("revision " + revision + " of incident " + id); // as for one that does not exist
        }
        return record;
    }

    /**
     * Whether this reader may give a new incident an id of their own. Only one who sees every incident (the
     * operator at the command line) may: for anyone else, "that id is taken" would tell them that an incident
     * they may not see exists, and no answer can both keep a free id and hide a taken one.
     */
    public boolean choosesIds() {
        return reader.seesEverything();
    }

    /**
     * Creates; a restricted incident always names its author, so nobody locks themselves out. A reader who
     * does not {@link #choosesIds choose ids} is refused one in the same words whether it is free or taken.
     */
    public PostMortem create(PostMortem draft, String author) {
        if (draft.id() != null && !choosesIds()) {
            throw InvalidInput.of("id", "is issued by Hindsight: leave it out and the new incident gets the next "
                    + "INC-YYYY-NNNN (an id of your own is kept only by the operator's command line)");
        }
        return incidents.create(withAuthorNamed(draft, author), new Principal(author, reader.groups(),
                reader.seesEverything(), reader.admin()));
    }

    public PostMortem update(String id, int basedOn, PostMortem changed, String author) {
        get(id);
        PostMortem next = withAuthorNamed(changed, author);
        if (!next.access().allows(reader)) {
            throw new InvalidInput(List.of(new FieldProblem("access", "would hide the incident from you; "
                    + "name yourself or one of your groups")));
        }
        try {
            return incidents.update(id, basedOn, next, new Principal(author, reader.groups(), reader.seesEverything(),
                    reader.admin()));
        } catch (StaleRevision e) {
            // Someone restricted it in the meantime: the current record must not reach a reader it now hides from.
            if (!e.current().access().allows(reader)) {
                throw new NotFound("incident " + id);
            }
            throw e;
        }
    }

    private PostMortem withAuthorNamed(PostMortem record, String author) {
        Access access = record.access();
        if (!access.restricted() || reader.seesEverything() || access.allows(reader)) {
            return record;
        }
        List<String> people = new ArrayList<>(access.people());
        people.add(author);
        return record.toBuilder().access(new Access(true, people, access.groups())).build();
    }
}
