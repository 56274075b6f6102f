package dev.hindsight.kernel;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

/** Normalising for the record's constructors: absent text is empty text, absent lists are empty lists. */
public final class Text {
    private Text() {
    }

    public static String orEmpty(String s) {
        return s == null ? "" : s;
    }

    public static <T> List<T> list(List<T> items) {
        return items == null ? List.of() : items.stream().filter(Objects::nonNull).toList();
    }

    public static boolean isBlank(String s) {
        return s == null || s.isBlank();
    }

    /** A code or constant name as a variable name: ROOT_CAUSE_IDENTIFIED or root_cause_identified → rootCauseIdentified. */
    public static String camel(String snake) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : snake.toLowerCase(Locale.ROOT).toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }
}
