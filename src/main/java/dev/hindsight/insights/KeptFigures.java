package dev.hindsight.insights;

import dev.hindsight.incident.DerivedGeneration;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdbi.v3.core.Handle;

/**
 * Every incident's row of incident_figures and its action items, kept in memory as of one derived generation, so the
 * first report after a save reads only the incidents that save changed (derived_changes, V28) instead of every row:
 * reading 100,000 rows through the driver is most of a second, counting them in memory a few tens of milliseconds.
 * Restricted incidents are kept too (with their flag), and a report selects what its reader may see
 * ({@link KeptSelection}), so one copy serves every reader and filter. About 200 bytes an incident and 40 an action
 * item. Not thread-safe: its owner ({@link Insights}) reads and advances it under one lock.
 */
final class KeptFigures {

    /** An item's longs: created_at, closed_at (NONE for NULL), due_order, is_open, restricted. */
    static final int ITEM = 5;
    private static final long[] NO_ITEMS = new long[0];
    /** Ids per statement when reading changed incidents. */
    private static final int CHUNK = 500;
    /** Changed incidents past which (and past a quarter of all) reading everything again is the cheaper way. */
    private static final int REREAD_AFTER = 2000;
    private static final String FIGURES = """
            SELECT f.incident_id, f.restricted, f.severity_level, f.started_at, COALESCE(f.detect_seconds, -1),
                   COALESCE(f.acknowledge_seconds, -1), COALESCE(f.mitigate_seconds, -1),
                   COALESCE(f.resolve_seconds, -1), COALESCE(f.final_at - f.resolved_at, -1), f.services, f.teams,
                   f.factors, f.discovery_method
            FROM incident_figures f""";
    private static final String ITEMS = """
            SELECT a.incident_id, a.created_at, a.closed_at, a.due_order, a.is_open, a.restricted
            FROM action_items a""";

    private long generation;
    private final Map<String, Integer> rowOf = new HashMap<>();
    /** Services, teams, factors, discovery methods. */
    final NameBook[] books = {new NameBook(), new NameBook(), new NameBook(), new NameBook()};
    int size;
    String[] ids = new String[1024];
    /** False for an incident with action items but no incident_figures row (or one whose rows were removed). */
    boolean[] present = new boolean[1024];
    boolean[] restricted = new boolean[1024];
    /** The severity level, {@link #NO_LEVEL} for none. */
    int[] severity = new int[1024];
    long[] startedAt = new long[1024];
    long[][] seconds = new long[IncidentRows.METRIC_COUNT][1024];
    long[] toFinal = new long[1024];
    int[][][] names = new int[4][1024][];
    /** Each incident's action items, {@link #ITEM} longs each. */
    long[][] items = new long[1024][];

    static final int NO_LEVEL = Integer.MIN_VALUE;

    private KeptFigures() {
    }

    /** Every row, as the transaction of {@code h} sees them at {@code generation}. */
    static KeptFigures read(Handle h, long generation) {
        KeptFigures kept = new KeptFigures();
        kept.generation = generation;
        kept.readFigures(h, null);
        kept.readItems(h, null);
        return kept;
    }

    long generation() {
        return generation;
    }

    /**
     * Brings the copy from its generation to {@code to}, the one the transaction of {@code h} sees (never less than
     * the copy's): the incidents changed in between are read again, whole. False, with nothing changed, when so many
     * changed (a reindex, an import) that reading every row again is cheaper. On failure the copy is half caught up;
     * its owner must drop it.
     */
    boolean catchUp(Handle h, long to) {
        List<String> changed = DerivedGeneration.changedSince(h, generation);
        if (changed.size() > REREAD_AFTER && changed.size() > size / 4) {
            return false;
        }
        for (int from = 0; from < changed.size(); from += CHUNK) {
            List<String> chunk = changed.subList(from, Math.min(changed.size(), from + CHUNK));
            for (String id : chunk) {
                int row = row(id);
                present[row] = false;
                items[row] = NO_ITEMS;
            }
            readFigures(h, chunk);
            readItems(h, chunk);
        }
        generation = to;
        return true;
    }

    private void readFigures(Handle h, List<String> only) {
        long[] metrics = new long[IncidentRows.METRIC_COUNT];
        query(h, FIGURES, only).scanResultSet((results, ctx) -> {
            ResultSet rs = results.get();
            while (rs.next()) {
                int row = row(rs.getString(1));
                present[row] = true;
                restricted[row] = rs.getInt(2) != 0;
                int level = rs.getInt(3);
                severity[row] = rs.wasNull() ? NO_LEVEL : level;
                startedAt[row] = rs.getLong(4);
                for (int m = 0; m < metrics.length; m++) {
                    long value = rs.getLong(5 + m);
                    // The query gives -1 for NULL; no real time is negative.
                    seconds[m][row] = value < 0 ? IncidentRows.NONE : value;
                }
                long finalAfter = rs.getLong(9);
                toFinal[row] = finalAfter < 0 ? IncidentRows.NONE : finalAfter / 1000;
                for (int c = 0; c < 3; c++) {
                    names[c][row] = books[c].codes(rs.getString(10 + c));
                }
                names[3][row] = books[3].method(rs.getString(13));
            }
            return null;
        });
    }

    private void readItems(Handle h, List<String> only) {
        // Read flat first: one incident's items need not come together.
        int[] rows = new int[1024];
        long[] values = new long[1024 * ITEM];
        int[] n = {0};
        query(h, ITEMS, only).scanResultSet((results, ctx) -> {
            ResultSet rs = results.get();
            int[] at = rows;
            long[] v = values;
            while (rs.next()) {
                if (n[0] == at.length) {
                    at = Arrays.copyOf(at, at.length * 2);
                    v = Arrays.copyOf(v, v.length * 2);
                }
                int i = n[0]++;
                at[i] = row(rs.getString(1));
                v[i * ITEM] = nullable(rs, 2);
                v[i * ITEM + 1] = nullable(rs, 3);
                v[i * ITEM + 2] = rs.getLong(4);
                v[i * ITEM + 3] = rs.getLong(5);
                v[i * ITEM + 4] = rs.getLong(6);
            }
            spread(at, v, n[0]);
            return null;
        });
    }

    /** Gives each incident its items from the flat read. */
    private void spread(int[] rowOfItem, long[] values, int count) {
        int[] per = new int[size];
        for (int i = 0; i < count; i++) {
            per[rowOfItem[i]]++;
        }
        int[] filled = new int[size];
        for (int i = 0; i < count; i++) {
            int row = rowOfItem[i];
            if (filled[row] == 0) {
                items[row] = new long[per[row] * ITEM];
            }
            System.arraycopy(values, i * ITEM, items[row], filled[row] * ITEM, ITEM);
            filled[row]++;
        }
    }

    private static long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? IncidentRows.NONE : value;
    }

    private static org.jdbi.v3.core.statement.Query query(Handle h, String select, List<String> only) {
        if (only == null) {
            return h.createQuery(select);
        }
        String alias = select.contains("action_items a") ? "a" : "f";
        return h.createQuery(select + " WHERE " + alias + ".incident_id IN (<ids>)").bindList("ids", only);
    }

    /** The row of incident {@code id}, added (with nothing in it) when it is new. */
    private int row(String id) {
        Integer row = rowOf.get(id);
        if (row != null) {
            return row;
        }
        if (size == ids.length) {
            grow(size * 2);
        }
        ids[size] = id;
        items[size] = NO_ITEMS;
        for (int c = 0; c < names.length; c++) {
            names[c][size] = NameBook.NONE;
        }
        rowOf.put(id, size);
        return size++;
    }

    private void grow(int capacity) {
        ids = Arrays.copyOf(ids, capacity);
        present = Arrays.copyOf(present, capacity);
        restricted = Arrays.copyOf(restricted, capacity);
        severity = Arrays.copyOf(severity, capacity);
        startedAt = Arrays.copyOf(startedAt, capacity);
        for (int m = 0; m < seconds.length; m++) {
            seconds[m] = Arrays.copyOf(seconds[m], capacity);
        }
        toFinal = Arrays.copyOf(toFinal, capacity);
        for (int c = 0; c < names.length; c++) {
            names[c] = Arrays.copyOf(names[c], capacity);
        }
        items = Arrays.copyOf(items, capacity);
    }

    /** The row of incident {@code id}, or -1 when none is kept. */
    int rowOf(String id) {
        Integer row = rowOf.get(id);
        return row == null ? -1 : row;
    }
}
