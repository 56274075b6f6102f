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
 * item. Not thread-safe: its owner ({@link NodeFigures}) reads and advances it under one lock.
 */
final class KeptFigures {

    /** An item's longs: created_at, closed_at (NONE for NULL), due_order, is_open, restricted. */
    static final int ITEM = 5;
    private static final long[] NO_ITEMS = new long[0];
    /** Ids per statement when reading changed incidents. */
    private static final int CHUNK = 500;
    /** Rows per statement when reading everything. */
    private static final int PAGE = 20_000;
    /** Changed incidents past which (and past a quarter of all) reading everything again is the cheaper way. */
    private static final int REREAD_AFTER = 2000;
    private static final String FIGURES = """
            SELECT f.incident_id, f.restricted, f.severity_level, f.started_at, COALESCE(f.detect_seconds, -1),
                   COALESCE(f.acknowledge_seconds, -1), COALESCE(f.mitigate_seconds, -1),
                   COALESCE(f.resolve_seconds, -1), COALESCE(f.final_at - f.resolved_at, -1), f.services, f.teams,
                   f.factors, f.discovery_method
            FROM incident_figures f""";
    private static final String ITEMS = """
            SELECT a.incident_id, a.created_at, a.closed_at, a.due_order, a.is_open, a.restricted, a.position
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
        // In pages of the primary key: every PostgreSQL statement has a 1 s timeout (Database.STATEMENT_MILLIS), and
        // one statement reading 100,000 rows on a loaded machine can take longer.
        String after = "";
        while (after != null) {
            after = kept.readFigures(h, null, after);
        }
        Flat flat = new Flat();
        Object[] next = {"", -1};
        while (next != null) {
            next = kept.readItems(h, null, flat, (String) next[0], (Integer) next[1]);
        }
        kept.spread(flat);
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
            readFigures(h, chunk, null);
            Flat flat = new Flat();
            readItems(h, chunk, flat, null, 0);
            spread(flat);
        }
        generation = to;
        return true;
    }

    /**
     * Reads the figures of {@code only}, or (null) a page of every incident's after {@code after} in id order.
     *
     * @return the last id of a full page, where the next begins; null when there is no more
     */
    private String readFigures(Handle h, List<String> only, String after) {
        long[] metrics = new long[IncidentRows.METRIC_COUNT];
        String[] last = {null};
        int[] rows = {0};
        page(h, FIGURES, only, "f.incident_id > :after ORDER BY f.incident_id", after).scanResultSet((results, ctx) -> {
            ResultSet rs = results.get();
            while (rs.next()) {
                String id = rs.getString(1);
                last[0] = id;
                rows[0]++;
                int row = row(id);
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
        return only == null && rows[0] == PAGE ? last[0] : null;
    }

    /** Action items read flat, before they are given to their incidents: one incident's need not come together. */
    private static final class Flat {
        int count;
        int[] rows = new int[1024];
        long[] values = new long[1024 * ITEM];
    }

    /**
     * Reads the action items of {@code only}, or (null) a page of every item's after ({@code afterId},
     * {@code afterPosition}) in key order, into {@code flat}.
     *
     * @return the key of the last item of a full page, where the next begins; null when there is no more
     */
    private Object[] readItems(Handle h, List<String> only, Flat flat, String afterId, int afterPosition) {
        Object[][] last = {null};
        int[] read = {0};
        var query = page(h, ITEMS, only, "(a.incident_id, a.position) > (:after, :position) "
                + "ORDER BY a.incident_id, a.position", afterId);
        if (only == null) {
            query.bind("position", afterPosition);
        }
        query.scanResultSet((results, ctx) -> {
            ResultSet rs = results.get();
            while (rs.next()) {
                if (flat.count == flat.rows.length) {
                    flat.rows = Arrays.copyOf(flat.rows, flat.rows.length * 2);
                    flat.values = Arrays.copyOf(flat.values, flat.values.length * 2);
                }
                int i = flat.count++;
                String id = rs.getString(1);
                flat.rows[i] = row(id);
                long[] v = flat.values;
                v[i * ITEM] = nullable(rs, 2);
                v[i * ITEM + 1] = nullable(rs, 3);
                v[i * ITEM + 2] = rs.getLong(4);
                v[i * ITEM + 3] = rs.getLong(5);
                v[i * ITEM + 4] = rs.getLong(6);
                last[0] = new Object[] {id, rs.getInt(7)};
                read[0]++;
            }
            return null;
        });
        return only == null && read[0] == PAGE ? last[0] : null;
    }

    /** Gives each incident its items from the flat read. */
    private void spread(Flat flat) {
        int[] per = new int[size];
        for (int i = 0; i < flat.count; i++) {
            per[flat.rows[i]]++;
        }
        int[] filled = new int[size];
        for (int i = 0; i < flat.count; i++) {
            int row = flat.rows[i];
            if (filled[row] == 0) {
                items[row] = new long[per[row] * ITEM];
            }
            System.arraycopy(flat.values, i * ITEM, items[row], filled[row] * ITEM, ITEM);
            filled[row]++;
        }
    }

    private static long nullable(ResultSet rs, int column) throws SQLException {
        long value = rs.getLong(column);
        return rs.wasNull() ? IncidentRows.NONE : value;
    }

    /** {@code select} of the rows of {@code only}, or (null) of a page of at most {@link #PAGE} rows after a key. */
    private static org.jdbi.v3.core.statement.Query page(Handle h, String select, List<String> only, String keyOrder,
                                                         String after) {
        if (only == null) {
            return h.createQuery(select + " WHERE " + keyOrder + " LIMIT " + PAGE).bind("after", after);
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
