package dev.hindsight.json;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes Jackson's reference chain as the path people read: {@code timeline[2].at}. A key that is not a plain
 * name (empty, blank, with a dot, a bracket or a quote in it) is written in brackets as a JSON string,
 * {@code impact["a.b"]}, so every path names exactly one place and never reads as the whole document.
 */
final class FieldPath {
    private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9_$-]+");

    private FieldPath() {
    }

    static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference ref : path) {
            String name = ref.getFieldName();
            if (name != null && PLAIN.matcher(name).matches()) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(name);
            } else if (name != null) {
                out.append("[\"").append(JsonStringEncoder.getInstance().quoteAsString(name)).append("\"]");
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
