package dev.hindsight.generate;

import dev.hindsight.store.Database;
import dev.hindsight.store.DatabaseKind;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.jdbi.v3.core.Handle;

/**
 * Every row of every table a store holds, each row as text, sorted: for telling whether two stores written by
 * different paths hold the same thing. Flyway's history (install times) is left out, and so are SQLite's full-text
 * tables' own storage (their segments depend on when each transaction flushed): their rows are read through the
 * full-text tables themselves, with their rowids.
 */
final class StoredRows {

    /** The tables FTS5 keeps each full-text table in, by their suffix. */
    private static final List<String> SHADOWS = List.of("_data", "_idx", "_content", "_docsize", "_config");

    private StoredRows() {
    }

    /** Table name to its rows, both in order. */
    static Map<String, List<String>> of(Database database) {
        return database.jdbi().withHandle(h -> {
            Map<String, List<String>> out = new TreeMap<>();
            for (String table : tables(h, database.kind())) {
                boolean fullText = database.kind() == DatabaseKind.SQLITE && isVirtual(h, table);
                List<String> rows = new ArrayList<>();
                h.createQuery("SELECT " + (fullText ? "rowid, " : "") + "* FROM " + table)
                        .map((rs, ctx) -> row(rs)).forEach(rows::add);
                rows.sort(String::compareTo);
                out.put(table, rows);
            }
            return out;
        });
    }

    private static List<String> tables(Handle h, DatabaseKind kind) {
        if (kind == DatabaseKind.POSTGRESQL) {
            return h.createQuery("""
                    SELECT table_name FROM information_schema.tables
                    WHERE table_schema = current_schema() AND table_type = 'BASE TABLE'
                      AND table_name <> 'flyway_schema_history' ORDER BY table_name""")
                    .mapTo(String.class).list();
        }
        List<String> virtual = h.createQuery(
                "SELECT name FROM sqlite_master WHERE type = 'table' AND sql LIKE 'CREATE VIRTUAL TABLE%'")
                .mapTo(String.class).list();
        return h.createQuery("""
                SELECT name FROM sqlite_master WHERE type = 'table' AND name <> 'flyway_schema_history'
                  AND name NOT LIKE 'sqlite_%' ORDER BY name""")
                .mapTo(String.class).list().stream()
                .filter(name -> virtual.stream().noneMatch(v -> SHADOWS.stream().anyMatch(s -> name.equals(v + s))))
                .toList();
    }

    private static boolean isVirtual(Handle h, String table) {
        return h.createQuery("SELECT COUNT(*) FROM sqlite_master WHERE name = :name AND sql LIKE 'CREATE VIRTUAL%'")
                .bind("name", table).mapTo(Integer.class).one() > 0;
    }

    private static String row(ResultSet rs) throws SQLException {
        ResultSetMetaData columns = rs.getMetaData();
        StringBuilder out = new StringBuilder();
        for (int i = 1; i <= columns.getColumnCount(); i++) {
            out.append(columns.getColumnName(i)).append('=').append(rs.getString(i)).append(" | ");
        }
        return out.toString();
    }
}
