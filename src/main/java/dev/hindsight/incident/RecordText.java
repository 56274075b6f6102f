package dev.hindsight.incident;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.FieldProblem;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The rules every string of a record keeps, wherever it stands, checked in one walk over the record's JSON so a
 * field added later keeps them too:
 * <ul>
 * <li>no control characters other than tab and line breaks: PostgreSQL refuses NUL outright and terminals obey
 * escape codes, so such text is refused everywhere, the same on both stores;</li>
 * <li>at most {@link #MAX_CHARACTERS} characters: one section is a few pages at most, and every page and document
 * that shows it pays for its size;</li>
 * <li>every link field ({@code url}, {@code link}, {@code ticket}) keeps the link rule of {@link Link}.</li>
 * </ul>
 */
final class RecordText {

    static final int MAX_CHARACTERS = PostMortemRules.TEXT_MAX;
    private static final Set<String> LINK_FIELDS = Set.of("url", "link", "ticket");

    private RecordText() {
    }

    /**
     * Times and days worked out from others as a record is saved (an action item due by its priority from the
     * resolution, a review's follow-ups from its meeting) that fall past the years a record may hold, each with its
     * JSON path: such a record would be saved and never read back (its JSON refuses the year). Within 0001 to 9999 a
     * time or day is written with four digits and no sign; outside, with a sign or as the year 0000.
     */
    static List<FieldProblem> farTimes(PostMortem record) {
        List<FieldProblem> out = new ArrayList<>();
        eachText("", "", Json.mapper().valueToTree(record), (path, name, text) -> {
            boolean timeField = name.endsWith("At") || name.equals("at") || name.endsWith("Date")
                    || name.equals("date") || name.equals("dateWritten");
            if (timeField && FAR.matcher(text).matches()) {
                out.add(new FieldProblem(path, "would be " + text + ", outside the years 0001 to 9999: it is worked "
                        + "out from another time (a review's follow-ups from its meeting, an action item's due date "
                        + "from the resolution); bring that one nearer"));
            }
        });
        return out;
    }

    private static final java.util.regex.Pattern FAR = java.util.regex.Pattern.compile(
            "([+-]\\d{4,}|0000)-\\d{2}-\\d{2}(T.*)?");

    /** Every problem, each with the JSON path of its string ("responders[0].link"). */
    static void check(PostMortem record, List<FieldProblem> out) {
        eachText("", "", Json.mapper().valueToTree(record), (path, name, text) -> {
            if (text.chars().anyMatch(c -> c < 0x20 && c != '\t' && c != '\n' && c != '\r' || c == 0x7f)) {
                out.add(new FieldProblem(path, "contains a control character (such as NUL); only tabs and line "
                        + "breaks are allowed in text"));
            }
            if (text.length() > MAX_CHARACTERS) {
                out.add(new FieldProblem(path, "is " + text.length() + " characters; at most " + MAX_CHARACTERS
                        + " (split it, or link to the full text)"));
            }
            if (LINK_FIELDS.contains(name)) {
                Link.fieldProblem(text).ifPresent(problem -> out.add(new FieldProblem(path, problem)));
            }
        });
    }

    /** Told of each text of a record's JSON: its path ("responders[0].link"), its field's name ("link") and it. */
    private interface TextSeen {
        void text(String path, String name, String text);
    }

    /** Every text under the node, in the JSON's order; a list's items go by the list's own name. */
    private static void eachText(String path, String name, JsonNode node, TextSeen seen) {
        if (node.isTextual()) {
            seen.text(path, name, node.asText());
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                eachText(path.isEmpty() ? field.getKey() : path + "." + field.getKey(), field.getKey(),
                        field.getValue(), seen);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                eachText(path + "[" + i + "]", name, node.get(i), seen);
            }
        }
    }
}
