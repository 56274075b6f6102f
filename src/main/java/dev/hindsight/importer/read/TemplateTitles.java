package dev.hindsight.importer.read;

import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.importer.words.ReadingWords;
import java.util.List;
import java.util.Map;

/**
 * A seed layout's title heading opens with the template's own words ("Incident Post-Mortem: Checkout failures"):
 * in a document of that layout they are not part of the incident's title. The openings are data
 * ({@code importer/template-words.json}, "titleStarts"). Stateless, thread-safe.
 */
public final class TemplateTitles {

    private static final Map<String, List<String>> STARTS = ReadingWords.load("template-words.json").map("titleStarts");
    private static final String SEPARATORS = ":-–—|";

    private TemplateTitles() {
    }

    /**
     * The title without the layout's opening words and the separator after them; the title as given when it does
     * not open with them; empty when what is left is only a placeholder ("[Incident Title]").
     */
    public static String without(String title, String layout) {
        List<String> starts = STARTS.getOrDefault(layout == null ? "" : layout, List.of());
        for (String start : starts) {
            int end = endOf(title, start);
            if (end >= 0) {
                String rest = title.substring(end).strip();
                int i = 0;
                while (i < rest.length() && SEPARATORS.indexOf(rest.charAt(i)) >= 0) {
                    i++;
                }
                return Placeholders.value(rest.substring(i).strip());
            }
        }
        return title;
    }

    /**
     * Where the title's opening words end when they are {@code start} (compared in normal form, word by word),
     * and are followed by a separator or nothing; -1 otherwise.
     */
    private static int endOf(String title, String start) {
        int at = 0;
        StringBuilder seen = new StringBuilder();
        while (at < title.length()) {
            int c = title.codePointAt(at);
            at += Character.charCount(c);
            String sofar = ReadingWords.normal(seen.appendCodePoint(c).toString());
            if (sofar.equals(start)) {
                String rest = title.substring(at).strip();
                boolean wordEnds = at == title.length() || !Character.isLetterOrDigit(title.codePointAt(at));
                if (wordEnds && (rest.isEmpty() || SEPARATORS.indexOf(rest.charAt(0)) >= 0)) {
                    return at;
                }
            }
            if (sofar.length() > start.length()) {
                return -1;
            }
        }
        return -1;
    }
}
