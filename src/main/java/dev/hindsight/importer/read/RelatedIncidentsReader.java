package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.incident.RelatedIncident;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads a list of related incidents, one an item: "INC-2025-0113: same root cause", "[INC-2025-0113](url) -
 * follow-up of", or a link alone. The incident's id is the item's first word when it is shaped like one (letters,
 * a dash, digits: "INC-2025-0113", "SEV-42"); its link is the item's link; what follows is how they relate.
 * Template placeholders are passed over. Stateless, thread-safe.
 */
public final class RelatedIncidentsReader {

    /** An incident id: a word of letters and digits with a dash or dot before digits ("INC-2025-0113", "PM-7"). */
    private static final Pattern ID = Pattern.compile(
            "^([A-Za-z][A-Za-z0-9]*+(?:[-_.][A-Za-z0-9]++)*+)(?=$|[\\s:,;(\\-–—])");
    private static final String SEPARATORS = ":-–—,;| ";

    private RelatedIncidentsReader() {
    }

    public static List<Sourced<RelatedIncident>> read(List<Block> blocks, ImportLog log) {
        List<Sourced<RelatedIncident>> out = new ArrayList<>();
        for (Sourced<String> item : ListedItems.of(blocks, log)) {
            String text = item.value();
            String url = ListedItems.link(item, blocks);
            String id = "";
            String rest = text;
            if (!url.isEmpty() && text.startsWith(url)) {
                rest = text.substring(url.length());
            } else {
                Matcher m = ID.matcher(text);
                if (m.find() && isId(m.group(1))) {
                    id = m.group(1);
                    rest = text.substring(m.end());
                }
            }
            String relation = ReadingWords.trimmed(rest.strip(), SEPARATORS).strip();
            if (!url.isEmpty() && relation.startsWith(url)) {
                // "INC-2025-4938 https://...": the address written out after the id is the link, not the relation
                relation = ReadingWords.trimmed(relation.substring(url.length()).strip(), SEPARATORS).strip();
            }
            if (relation.startsWith("(") && relation.endsWith(")")) {
                relation = relation.substring(1, relation.length() - 1).strip();
            }
            out.add(new Sourced<>(new RelatedIncident(id, url, relation), item.lines()));
        }
        return out;
    }

    /** An id has a digit and a dash, dot or underscore: "INC-2025-0113", not the word "Same". */
    private static boolean isId(String word) {
        boolean digit = false;
        boolean joined = false;
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            digit |= c >= '0' && c <= '9';
            joined |= c == '-' || c == '_' || c == '.';
        }
        return digit && joined;
    }
}
