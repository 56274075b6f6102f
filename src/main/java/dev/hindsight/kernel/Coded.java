package dev.hindsight.kernel;

import java.util.List;
import java.util.Locale;

/**
 * A closed vocabulary whose values have a stable written form ({@code in_review}, {@code P0}), used in
 * JSON, on the command line and in the database. Aliases are other spellings people write for the same
 * value ("immediate" for P0); they are accepted on input and never written.
 */
public interface Coded {

    String code();

    default List<String> aliases() {
        return List.of();
    }

    /** Finds the value whose code or alias matches, ignoring case and treating '-' and ' ' as '_'. */
    static <E extends Enum<E> & Coded> E parse(Class<E> type, String text) {
        String wanted = normal(text);
        for (E value : type.getEnumConstants()) {
            if (normal(value.code()).equals(wanted) || normal(value.name()).equals(wanted)) {
                return value;
            }
            for (String alias : value.aliases()) {
                if (normal(alias).equals(wanted)) {
                    return value;
                }
            }
        }
        throw new IllegalArgumentException("'" + text + "' is not one of " + codes(type));
    }

    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

    private static String normal(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
