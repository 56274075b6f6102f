package dev.hindsight.incident;

import java.util.List;
import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The one SQL condition that keeps a reader to the incidents they may see, for every query that reads incidents
 * or rows copied from them (the list, the action-item board, "my work"): an incident is visible when it is not
 * restricted, or when the reader or one of their groups is named in {@code incident_access}. Keeping it in one
 * place means a new read path cannot forget a half of the rule. Immutable; thread-safe.
 */
public final class ReaderScope {

    private static final String PRINCIPALS = "readerPrincipals";

    private final Principal reader;

    private ReaderScope(Principal reader) {
        this.reader = reader;
    }

    public static ReaderScope of(Principal reader) {
        return new ReaderScope(java.util.Objects.requireNonNull(reader, "reader is null"));
    }

    /**
     * The condition over the incidents table named {@code alias} (empty for its bare columns); always true for
     * one who sees everything (the operator).
     */
    public String condition(String alias) {
        if (reader.seesEverything()) {
            return "1 = 1";
        }
        String prefix = alias == null || alias.isEmpty() ? "" : alias + ".";
        return "(" + prefix + "restricted = 0 OR " + prefix + "id IN (SELECT incident_id FROM incident_access"
                + " WHERE principal IN (<" + PRINCIPALS + ">)))";
    }

    /**
     * The same condition over rows copied from an incident that carry its {@code restricted} flag and
     * {@code incident_id} (action_items, named {@code alias}): the incident need not be joined, and
     * incident_access is consulted only for restricted rows. The copy is rewritten with the incident in the same
     * transaction, so it never disagrees with incidents.restricted.
     */
    public String conditionOnCopy(String alias) {
        if (reader.seesEverything()) {
            return "1 = 1";
        }
        return "(" + alias + ".restricted = 0 OR " + alias + ".incident_id IN (SELECT incident_id FROM incident_access"
                + " WHERE principal IN (<" + PRINCIPALS + ">)))";
    }

    /**
     * The restricted incidents this reader may see, in id order, or null for one who sees everything: two readers
     * given the same answer see the same incidents, so what is computed over them can be shared (insights). Only
     * restricted incidents have incident_access rows.
     */
    public List<String> restrictedSeen(org.jdbi.v3.core.Handle h) {
        if (reader.seesEverything()) {
            return null;
        }
        return bindTo(h.createQuery("SELECT DISTINCT incident_id FROM incident_access WHERE principal IN (<"
                + PRINCIPALS + ">) ORDER BY incident_id")).mapTo(String.class).list();
    }

    /**
     * The names the reader is known by (their own and their groups'), as incident_access names them; null for one
     * who sees everything.
     */
    public List<String> principals() {
        return reader.seesEverything() ? null : reader.names();
    }

    /** Binds what {@link #condition} and {@link #conditionOnCopy} refer to. */
    public <S extends SqlStatement<S>> S bindTo(S statement) {
        if (!reader.seesEverything()) {
            List<String> names = reader.names();
            statement.bindList(PRINCIPALS, names);
        }
        return statement;
    }
}
