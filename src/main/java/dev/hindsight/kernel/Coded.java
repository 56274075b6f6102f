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
        return find(type, text).orElseThrow(() -> new IllegalArgumentException("'" + text + "' is not one of "
                + codes(type)));
    }

    /** The value whose code or alias matches, as {@link #parse} reads it; empty where parse would throw. */
    static <E extends Enum<E> & Coded> java.util.Optional<E> find(Class<E> type, String text) {
        return java.util.Optional.ofNullable(type.cast(CodedForms.find(type, text)));
    }

    static <E extends Enum<E> & Coded> List<String> codes(Class<E> type) {
        return java.util.Arrays.stream(type.getEnumConstants()).map(Coded::code).toList();
    }

}
