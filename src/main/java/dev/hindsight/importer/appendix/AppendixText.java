package dev.hindsight.importer.appendix;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How the follow-through appendix compares and reads its own words: headings and column names as keys (lower
 * case, letters and digits, single spaces), and checklist items with their box. Stateless.
 */
final class AppendixText {

    private static final Pattern CHECKBOX = Pattern.compile("^\\[( |x|X)\\]\\s*(.*)$");

    private AppendixText() {
    }

    /** The text as a key: "Follow-through" is "follow through". */
    static String key(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = keyChar(text.charAt(i));
            if (c != 0) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.append(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /** The character as it stands in a key: a letter lowered, a digit; 0 for anything else, which parts words. */
    static char keyChar(char c) {
        char lower = Character.toLowerCase(c);
        return lower >= 'a' && lower <= 'z' || lower >= '0' && lower <= '9' ? lower : 0;
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
