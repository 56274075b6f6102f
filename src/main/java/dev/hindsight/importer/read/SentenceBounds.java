package dev.hindsight.importer.read;

/**
 * Where sentences of post-mortem prose start and end: at '.', '!' or '?' followed by white space, or at a blank
 * line, except after the abbreviations people put in such prose ("e.g.", "i.e.", "vs.", "approx.", a
 * single capital letter as in "J. Doe"), so "v1.2.3" and "e.g. the cache" do not end one. Linear.
 */
final class SentenceBounds {

    private static final java.util.Set<String> ABBREVIATIONS = java.util.Set.of(
            "e.g", "i.e", "vs", "cf", "approx", "incl", "mr", "ms", "dr");

    private SentenceBounds() {
    }

    /** The index just after the sentence that holds {@code at} ends: after its full stop, or the text's end. */
    static int end(String text, int at) {
        for (int i = Math.max(at, 0); i < text.length(); i++) {
            if (endsHere(text, i)) {
                return i + 1;
            }
            if (text.charAt(i) == '\n' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                return i;
            }
        }
        return text.length();
    }

    /** The index where the sentence holding {@code at} starts. */
    static int start(String text, int at) {
        for (int i = Math.min(at, text.length()) - 1; i >= 0; i--) {
            if (endsHere(text, i) || text.charAt(i) == '\n' && i > 0 && text.charAt(i - 1) == '\n') {
                int s = i + 1;
                while (s < at && Character.isWhitespace(text.charAt(s))) {
                    s++;
                }
                return s;
            }
        }
        int s = 0;
        while (s < at && Character.isWhitespace(text.charAt(s))) {
            s++;
        }
        return s;
    }

    /** Whether a sentence ends with the character at {@code i}. */
    private static boolean endsHere(String text, int i) {
        char c = text.charAt(i);
        if (c != '.' && c != '!' && c != '?') {
            return false;
        }
        if (i + 1 < text.length() && !Character.isWhitespace(text.charAt(i + 1))) {
            return false;
        }
        if (c != '.') {
            return true;
        }
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.') && i - w < 8) {
            w--;
        }
        String word = text.substring(w, i).toLowerCase(java.util.Locale.ROOT);
        if (ABBREVIATIONS.contains(word)) {
            return false;
        }
        // "J. Doe": one capital letter alone.
        return !(i - w == 1 && Character.isUpperCase(text.charAt(w)) && (w == 0 || !Character.isLetter(text.charAt(w - 1))));
    }
}
