package dev.hindsight.importer.words;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A vocabulary file the readers share (under {@code importer/} in the jar): the words that name table columns,
 * labels, states and roles are data, so a team's own words are added there rather than in code. Immutable once
 * read; thread-safe. Every word file of the importer's stages is read through it: one loader, one way to skip the
 * '_' comment keys.
 */
public final class ReadingWords {

    private final JsonNode root;

    private ReadingWords(JsonNode root) {
        this.root = root;
    }

    public static ReadingWords load(String resource) {
        try (InputStream in = ReadingWords.class.getResourceAsStream("/importer/" + resource)) {
            if (in == null) {
                throw new IllegalStateException("importer/" + resource + " is missing from the jar");
            }
            return new ReadingWords(Json.mapper().readTree(in));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The words under one key of the file ("action-items" in columns.json), as a vocabulary of their own. */
    public ReadingWords in(String name) {
        return new ReadingWords(root.path(name));
    }

    /** The whole vocabulary as a map from a name to its words (keys starting with '_' are comments). */
    public Map<String, List<String>> map() {
        Map<String, List<String>> out = new LinkedHashMap<>();
        root.fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_")) {
                List<String> words = new ArrayList<>();
                e.getValue().forEach(word -> words.add(normal(word.asText())));
                out.put(e.getKey(), List.copyOf(words));
            }
        });
        return out;
    }

    /** This node's words as written, lower-cased, not otherwise normalised ("e.g." keeps its dots). */
    public List<String> rawList() {
        List<String> out = new ArrayList<>();
        root.forEach(word -> out.add(word.asText().toLowerCase(Locale.ROOT).strip()));
        return List.copyOf(out);
    }

    /** A map from a name to its words as written, lower-cased, not otherwise normalised ("**{name}:**"). */
    public Map<String, List<String>> rawMap(String name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        root.path(name).fields().forEachRemaining(e -> out.put(e.getKey(), new ReadingWords(e.getValue()).rawList()));
        return Map.copyOf(out);
    }

    /** The strings under one key exactly as written: names of layouts, metrics or section kinds, not words. */
    public Set<String> names(String name) {
        return strings(root.path(name));
    }

    private static Set<String> strings(JsonNode array) {
        Set<String> out = new java.util.LinkedHashSet<>();
        array.forEach(n -> out.add(n.asText()));
        return java.util.Collections.unmodifiableSet(out);
    }

    /** A map from a name to the strings under it, all exactly as written ("front-matter": ["TOTAL_DURATION"]). */
    public Map<String, Set<String>> namesByName(String name) {
        Map<String, Set<String>> out = new LinkedHashMap<>();
        root.path(name).fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_")) {
                out.put(e.getKey(), strings(e.getValue()));
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A map from a name to the one string under it, both exactly as written, in file order ("due": "Due"). */
    public Map<String, String> textByName(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        root.path(name).fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_")) {
                out.put(e.getKey(), e.getValue().asText());
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /**
     * The vocabularies under one key by their names, in file order, '_' comment keys left out: a milestone's phrases
     * and clues under its name ("clearWords": {"CLOSED": {"phrases": [...], ...}}).
     */
    public Map<String, ReadingWords> byName(String name) {
        Map<String, ReadingWords> out = new LinkedHashMap<>();
        root.path(name).fields().forEachRemaining(e -> {
            if (!e.getKey().startsWith("_")) {
                out.put(e.getKey(), new ReadingWords(e.getValue()));
            }
        });
        return java.util.Collections.unmodifiableMap(out);
    }

    /** A list of words, each in {@link #normal} form. */
    public List<String> list(String name) {
        List<String> out = new ArrayList<>();
        root.path(name).forEach(word -> out.add(normal(word.asText())));
        return List.copyOf(out);
    }

    /** A map from a name to its words, in file order, each word in {@link #normal} form. */
    public Map<String, List<String>> map(String name) {
        Map<String, List<String>> out = new LinkedHashMap<>();
        root.path(name).fields().forEachRemaining(e -> {
            List<String> words = new ArrayList<>();
            e.getValue().forEach(word -> words.add(normal(word.asText())));
            out.put(e.getKey(), List.copyOf(words));
        });
        return out;
    }

    /** The same map turned round: each word to the name it belongs to (the first, if a word is listed twice). */
    public Map<String, String> inverse(String name) {
        Map<String, String> out = new LinkedHashMap<>();
        map(name).forEach((key, words) -> words.forEach(word -> out.putIfAbsent(word, key)));
        return out;
    }

    /**
     * Text as the vocabularies compare it: lower case, punctuation but '#' read as a space ("short-term" is
     * "short term", "N/A" is "n a"), single spaces.
     */
    public static String normal(String text) {
        return normal(text, '#');
    }

    /**
     * Text in lower case, letters (\p{L}), numbers (\p{N}) and the one mark kept, each run of anything else one
     * space between words ("**Areas Affected:**" is "areas affected"; labels keep '_', vocabularies '#').
     */
    public static String normal(String text, char kept) {
        // By hand, as replacing each run of "[^\\p{L}\\p{N}" + kept + "]+" by a space and stripping would: every reader
        // calls this per cell and line, and a pattern's matcher and replacement cost more than the comparison.
        if (isAscii(text)) {
            return normalAscii(text, kept);
        }
        String lower = text.toLowerCase(Locale.ROOT);
        StringBuilder out = new StringBuilder(lower.length());
        boolean gap = false;
        for (int i = 0; i < lower.length(); ) {
            int c = lower.codePointAt(i);
            i += Character.charCount(c);
            if (c == kept || isWordChar(c)) {
                if (gap && out.length() > 0) {
                    out.append(' ');
                }
                out.appendCodePoint(c);
                gap = false;
            } else {
                gap = true;
            }
        }
        return out.toString();
    }

    /**
     * {@link #normal(String, char)} for text in ASCII, most of what is read: there lower-casing changes only 'A' to
     * 'Z', and only letters and digits are word characters, so no lower-case copy is made and no character's
     * Unicode type looked up.
     */
    private static String normalAscii(String text, char kept) {
        // Into an array, not a StringBuilder: the words are never longer than the text, and a builder's checks on
        // each character appended cost more than the comparisons.
        char[] out = new char[text.length()];
        int n = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            }
            if (c == kept || c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && n > 0) {
                    out[n++] = ' ';
                }
                out[n++] = c;
                gap = false;
            } else {
                gap = true;
            }
        }
        return new String(out, 0, n);
    }

    /** Whether every character of {@code text} is ASCII: the readers' fast paths take only such text. */
    public static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /** A letter (\p{L}) or a number (\p{N}). */
    private static boolean isWordChar(int c) {
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER, Character.LOWERCASE_LETTER, Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER, Character.OTHER_LETTER, Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER, Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    /**
     * A heading or name as a key: letters and digits that lower to ASCII, lowered, each run of anything else one
     * space between words ("Follow-through" is "follow through"). Cheaper than {@link #normal} where only such
     * words are compared.
     */
    public static String key(String text) {
        char[] out = new char[text.length()]; // as in normalAscii: no longer than the text
        int n = 0;
        boolean gap = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            c = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c >= 128 ? Character.toLowerCase(c) : c;
            if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9') {
                if (gap && n > 0) {
                    out[n++] = ' ';
                }
                out[n++] = c;
                gap = false;
            } else {
                gap = true;
            }
        }
        return new String(out, 0, n);
    }

    /**
     * The text without any of {@code chars} at either end. By hand: a pattern such as "[,;:-]+$" retries from
     * every character of a long run of those characters, which is quadratic.
     */
    public static String trimmed(String text, String chars) {
        int start = 0;
        int end = text.length();
        while (start < end && (chars.indexOf(text.charAt(start)) >= 0 || Character.isWhitespace(text.charAt(start)))) {
            start++;
        }
        while (end > start && (chars.indexOf(text.charAt(end - 1)) >= 0 || Character.isWhitespace(text.charAt(end - 1)))) {
            end--;
        }
        return text.substring(start, end);
    }

    /** The lines of a text joined by single spaces, each stripped: a wrapped line read as one. */
    public static String joined(String text) {
        if (text.indexOf('\n') < 0) {
            return text.strip();
        }
        StringBuilder out = new StringBuilder(text.length());
        for (String line : text.split("\n")) {
            String part = line.strip();
            if (!part.isEmpty()) {
                out.append(out.length() == 0 ? "" : " ").append(part);
            }
        }
        return out.toString();
    }

    /** Whether {@code phrase} occurs in {@code normalText} as whole words. */
    public static boolean hasPhrase(String normalText, String phrase) {
        int from = 0;
        while (true) {
            int at = normalText.indexOf(phrase, from);
            if (at < 0) {
                return false;
            }
            int end = at + phrase.length();
            boolean startsWord = at == 0 || normalText.charAt(at - 1) == ' ';
            boolean endsWord = end == normalText.length() || normalText.charAt(end) == ' ';
            if (startsWord && endsWord) {
                return true;
            }
            from = at + 1;
        }
    }
}
