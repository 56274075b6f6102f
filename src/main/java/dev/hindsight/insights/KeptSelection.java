package dev.hindsight.insights;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * What one report counts, selected from {@link KeptFigures} in memory exactly as {@link FigureRows} selects it in
 * SQL: the incidents the filter selects and the reader may see (not restricted, or among the restricted incidents
 * named for the reader), and their action items; with no filter but the reader's, an item goes by its own copy of
 * the restricted flag, as the SQL reads it. Stateless.
 */
final class KeptSelection {

    private static final long DAY = 86_400_000L;
    private static final long HOUR = 3_600_000L;

    /**
     * @param rows  the selected incidents' figures
     * @param items their action items' counts
     */
    record Selected(IncidentRows rows, ItemCounts items) {
    }

    private KeptSelection() {
    }

    /**
     * @param restrictedSeen     the restricted incidents the reader may see; null for one who sees everything
     * @param serviceIncidents   the incidents affecting the filter's service (incident_services); null without one
     */
    static Selected of(KeptFigures kept, InsightsFilter filter, List<String> restrictedSeen,
                       List<String> serviceIncidents, LocalDate today) {
        boolean[] seen = marks(kept, restrictedSeen);
        boolean[] service = marks(kept, serviceIncidents);
        boolean fromSet = filter.from() != null;
        boolean toSet = filter.to() != null;
        long from = fromSet ? filter.from().toEpochDay() * DAY : 0;
        long to = toSet ? filter.to().plusDays(1).toEpochDay() * DAY : 0;
        boolean levelSet = filter.severity() != null;
        int level = levelSet ? filter.severity() : 0;
        boolean filtered = filter.from() != null || filter.to() != null || filter.severity() != null
                || filter.service() != null;
        IncidentRows rows = new IncidentRows(kept.books);
        boolean[] selected = new boolean[kept.size];
        long[] metrics = new long[IncidentRows.METRIC_COUNT];
        int[][] names = new int[4][];
        for (int r = 0; r < kept.size; r++) {
            if (!kept.present[r] || (kept.restricted[r] && seen != null && !seen[r])
                    || (fromSet && kept.startedAt[r] < from) || (toSet && kept.startedAt[r] >= to)
                    || (levelSet && kept.severity[r] != level)
                    || (service != null && !service[r])) {
                continue;
            }
            selected[r] = true;
            for (int m = 0; m < metrics.length; m++) {
                metrics[m] = kept.seconds[m][r];
            }
            for (int c = 0; c < names.length; c++) {
                names[c] = kept.names[c][r];
            }
            rows.add(kept.startedAt[r], kept.severity[r] == KeptFigures.NO_LEVEL ? 0 : kept.severity[r], metrics,
                    kept.toFinal[r], names);
        }
        return new Selected(rows, items(kept, filtered ? selected : null, seen, today));
    }

    /** Marks of the kept rows of {@code ids}; null for null (no restriction of that kind). */
    private static boolean[] marks(KeptFigures kept, List<String> ids) {
        if (ids == null) {
            return null;
        }
        boolean[] marks = new boolean[kept.size];
        for (String id : new HashSet<>(ids)) {
            int row = kept.rowOf(id);
            if (row >= 0) {
                marks[row] = true;
            }
        }
        return marks;
    }

    /**
     * The counts FigureRows' item queries give: items of the selected incidents when a filter applies, else every
     * item whose own restricted flag the reader passes.
     */
    private static ItemCounts items(KeptFigures kept, boolean[] selected, boolean[] seen, LocalDate today) {
        KeyCounts opened = new KeyCounts();
        KeyCounts closed = new KeyCounts();
        KeyCounts hours = new KeyCounts();
        long open = 0;
        long overdue = 0;
        long day = today.toEpochDay();
        for (int r = 0; r < kept.size; r++) {
            long[] items = kept.items[r];
            if (items.length == 0 || (selected != null && !selected[r])) {
                continue;
            }
            for (int i = 0; i < items.length; i += KeptFigures.ITEM) {
                if (selected == null && items[i + 4] != 0 && seen != null && !seen[r]) {
                    continue;
                }
                long created = items[i];
                long closedAt = items[i + 1];
                long isOpen = items[i + 3];
                if (created != IncidentRows.NONE) {
                    opened.count(created / DAY);
                }
                if (isOpen == 0 && closedAt != IncidentRows.NONE) {
                    closed.count(closedAt / DAY);
                    if (created != IncidentRows.NONE && closedAt >= created) {
                        hours.count((closedAt - created) / HOUR);
                    }
                }
                if (isOpen == 1) {
                    open++;
                    overdue += items[i + 2] < day ? 1 : 0;
                }
            }
        }
        return new ItemCounts(opened.toMap(LocalDate::ofEpochDay), closed.toMap(LocalDate::ofEpochDay),
                new long[] {open, overdue}, hours.toMap(Long::valueOf));
    }
}
