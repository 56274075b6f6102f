package dev.hindsight.importer.layouts;

/**
 * Compares written text with a key as {@link Section#normal} makes keys, without making the key of the text:
 * the reader asks "is this label 'Description'? 'Impact'?" of nearly every label and item it reads, and most
 * answers are no at the first letter. Stateless.
 */
final class ReviewKeys {

    private ReviewKeys() {
    }

    /** Whether {@code Section.normal(written).equals(key)}. */
    static boolean is(String key, String written) {
        return is(key, written, 0, written.length());
    }

    /** Whether {@code Section.normal(text.substring(from, to)).equals(key)}. */
    static boolean is(String key, String text, int from, int to) {
        int k = 0;
        boolean gap = false;
        for (int i = from; i < to; i++) {
            char c = Section.keyChar(text.charAt(i));
            if (c != 0) {
                if (gap && k > 0) {
                    if (k >= key.length() || key.charAt(k) != ' ') {
                        return false;
                    }
                    k++;
                }
                if (k >= key.length() || key.charAt(k) != c) {
                    return false;
                }
                k++;
                gap = false;
            } else {
                gap = true;
            }
        }
        return k == key.length();
    }
}
