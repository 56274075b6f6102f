package dev.hindsight.actions.board;

import java.util.List;

/**
 * How many of the items a board shows fall to each owner, team and priority: the board's summary, each entry a
 * filter to click.
 */
public record BoardCounts(List<Count> byOwner, List<Count> byTeam, List<Count> byPriority) {

    /** The most entries per group; the rest are on the board itself. */
    public static final int MAX_ENTRIES = 50;

    public BoardCounts {
        byOwner = List.copyOf(byOwner);
        byTeam = List.copyOf(byTeam);
        byPriority = List.copyOf(byPriority);
    }

    /**
     * @param value what the filter takes (empty for items with none, which no filter selects)
     * @param label what people read
     */
    public record Count(String value, String label, long count) {
    }
}
