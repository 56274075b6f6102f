package dev.hindsight.json;

import com.fasterxml.jackson.databind.JsonMappingException.Reference;
import java.util.List;

/** Writes Jackson's reference chain as the path people read: {@code timeline[2].at}. */
final class FieldPath {
    private FieldPath() {
    }

    static String of(List<Reference> path) {
        StringBuilder out = new StringBuilder();
        for (Reference ref : path) {
            if (ref.getFieldName() != null) {
                if (out.length() > 0) {
                    out.append('.');
                }
                out.append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                out.append('[').append(ref.getIndex()).append(']');
            }
        }
        return out.toString();
    }
}
