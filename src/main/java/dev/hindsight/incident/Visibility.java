package dev.hindsight.incident;

import org.jdbi.v3.core.statement.SqlStatement;

/**
 * The one SQL filter that keeps restricted incidents from readers not named on them, for every query that reads
 * incidents or rows derived from them (the list, the action-item board, calendars, digests): a restricted incident
 * counts only when the reader, or one of their groups, is in its {@code incident_access} rows.
 */
public final class Visibility {

    private Visibility() {
    }

    /**
     * " AND (...)" over the incidents table under {@code alias} ("i"; empty for unqualified columns), or "" for a
     * reader who sees everything. Bind it with {@link #bind}.
     */
    public static String clause(String alias, Principal reader) {
        if (reader.seesEverything()) {
            return "";
        }
        String at = alias.isEmpty() ? "" : alias + ".";
        return " AND (" + at + "restricted = 0 OR " + at + "id IN (SELECT incident_id FROM incident_access"
                + " WHERE principal IN (<principals>)))";
    }

    /** Binds what {@link #clause} names, if anything. */
    public static <S extends SqlStatement<S>> S bind(S statement, Principal reader) {
        return reader.seesEverything() ? statement : statement.bindList("principals", reader.names());
    }
}
