package dev.hindsight.kernel;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Each {@link Coded} enum's written forms (codes, names, aliases, normalised), worked out once per type: the
 * importers look up every word of every heading and cell, and normalising every constant's forms on each look-up
 * cost more than the rest of reading the word. Thread-safe.
 */
final class CodedForms {

    private static final ClassValue<Map<String, Object>> FORMS = new ClassValue<>() {
        @Override
        protected Map<String, Object> computeValue(Class<?> type) {
            // In the order Coded.parse tried them: each constant's code, name, then aliases; the first one wins.
            Map<String, Object> out = new HashMap<>();
            for (Object constant : type.getEnumConstants()) {
                Coded value = (Coded) constant;
                out.putIfAbsent(normal(value.code()), constant);
                out.putIfAbsent(normal(((Enum<?>) constant).name()), constant);
                for (String alias : value.aliases()) {
                    out.putIfAbsent(normal(alias), constant);
                }
            }
            return Map.copyOf(out);
        }
    };

    private CodedForms() {
    }

    /** The constant of {@code type} the text names, or null. */
    static Object find(Class<?> type, String text) {
        return FORMS.get(type).get(normal(text));
    }

    static String normal(String s) {
        return s == null ? "" : s.strip().toLowerCase(Locale.ROOT).replace('-', '_').replace(' ', '_');
    }
}
