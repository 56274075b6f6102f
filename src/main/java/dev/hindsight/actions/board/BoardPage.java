package dev.hindsight.actions.board;

import java.util.List;

/** One page of the board with its total, the figures and the summary counts. */
public record BoardPage(List<BoardItem> items, int total, int limit, int offset, BoardFigures figures,
                        BoardCounts counts) {
    public BoardPage {
        items = List.copyOf(items);
    }
}
