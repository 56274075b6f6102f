package dev.hindsight.importer.appendix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the follow-through appendix reads its checklist items, with their box. Stateless.
 */
final class AppendixText {

    private static final Pattern CHECKBOX = Pattern.compile("^\\[( |x|X)\\]\\s*(.*)$");

    private AppendixText() {
    }

    /** True for "[x] ..." items. */
    static boolean isTicked(String item) {
        Matcher box = CHECKBOX.matcher(item.strip());
        return box.matches() && !box.group(1).isBlank();
    }

    /** The item without its checkbox. */
    static String unboxed(String item) {
        Matcher box = CHECKBOX.matcher(item.strip());
        return box.matches() ? box.group(2).strip() : item.strip();
    }
}
