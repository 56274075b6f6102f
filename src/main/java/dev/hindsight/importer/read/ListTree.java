package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;

/**
 * A list item with the items nested under it, built from the flat run of list-item blocks by their depth. A
 * depth that jumps ("- a" then "    - b" two levels in) nests under the nearest shallower item.
 */
record ListTree(Block block, List<ListTree> children) {

    /** The top-level items of a run of list items, in order. */
    static List<ListTree> of(List<Block> items) {
        List<ListTree> roots = new ArrayList<>();
        Deque<ListTree> open = new ArrayDeque<>();
        for (Block b : items) {
            while (!open.isEmpty() && open.peek().block().level() >= b.level()) {
                open.pop();
            }
            ListTree node = new ListTree(b, new ArrayList<>());
            (open.isEmpty() ? roots : open.peek().children()).add(node);
            open.push(node);
        }
        return roots;
    }

    /** Every block nested under this item, depth first, in document order. */
    List<Block> descendants() {
        List<Block> out = new ArrayList<>();
        Deque<ListTree> todo = new ArrayDeque<>();
        for (int i = children.size() - 1; i >= 0; i--) {
            todo.push(children.get(i));
        }
        while (!todo.isEmpty()) {
            ListTree next = todo.pop();
            out.add(next.block());
            for (int i = next.children().size() - 1; i >= 0; i--) {
                todo.push(next.children().get(i));
            }
        }
        return out;
    }
}
