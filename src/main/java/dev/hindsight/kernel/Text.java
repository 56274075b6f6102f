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

    /**
     * How many bytes the text takes in UTF-8, without encoding it: what PostgreSQL's cap on an index entry counts.
     * A lone surrogate counts three, at least what any encoder writes for it.
     */
    public static int utf8Length(String text) {
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x80) {
                bytes += 1;
            } else if (c < 0x800) {
                bytes += 2;
            } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1))) {
                bytes += 4;
                i++;
            } else {
                bytes += 3;
            }
        }
        return bytes;
    }

    /** The longest start of the text that takes at most {@code maxBytes} in UTF-8, never half a surrogate pair. */
    public static String utf8Prefix(String text, int maxBytes) {
        if (text.length() * 3L <= maxBytes) {
            return text;
        }
        int bytes = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < text.length()
                    && Character.isLowSurrogate(text.charAt(i + 1));
            int width = c < 0x80 ? 1 : c < 0x800 ? 2 : pair ? 4 : 3;
            if (bytes + width > maxBytes) {
                return text.substring(0, i);
            }
            bytes += width;
            if (pair) {
                i++;
            }
        }
        return text;
    }
}
