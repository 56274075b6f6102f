package dev.hindsight.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A passage of an incident's text around what the search matched, as parts that are matched words or not. The
 * text is the incident's own (user text): a page escapes every part and marks the matched ones, so nothing in it is
 * ever read as markup. Immutable.
 */
public record Snippet(List<Part> parts) {

    /** Opens a matched stretch in what the database returns; a private-use character no stored text holds. */
    static final char OPEN = '\uE000';
    /** Closes a matched stretch. */
    static final char CLOSE = '\uE001';

    public Snippet {
        parts = List.copyOf(parts);
    }

    /** A stretch of text, and whether the search matched it. */
    public record Part(String text, boolean match) {
    }

    public static Snippet none() {
        return new Snippet(List.of());
    }

    /** Reads the database's marked text; a marker left open or unopened marks nothing more. */
    static Snippet marked(String text) {
        if (text == null || text.isEmpty()) {
            return none();
        }
        List<Part> parts = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        boolean inside = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == OPEN || c == CLOSE) {
                boolean opening = c == OPEN;
                if (opening != inside) {
                    if (!current.isEmpty()) {
                        parts.add(new Part(current.toString(), inside));
                    }
                    current.setLength(0);
                    inside = opening;
                }
                continue;
            }
            current.append(c);
        }
        if (!current.isEmpty()) {
            parts.add(new Part(current.toString(), inside));
        }
        return new Snippet(parts);
    }

    /** The passage as plain text, without marks. */
    public String text() {
        StringBuilder out = new StringBuilder();
        parts.forEach(p -> out.append(p.text()));
        return out.toString();
    }
}
