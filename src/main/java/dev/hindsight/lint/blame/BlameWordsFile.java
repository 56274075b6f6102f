package dev.hindsight.lint.blame;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The blame check's lists as the jar carries them ({@code lint/blame-words.json}, and {@code lint/first-names.txt}
 * for the names), read into entries by list name, and the form an entry takes to be compared with a sentence's words.
 * What an organisation changes is this form, by list name, so {@link BlameWords} keeps it beside the lists it makes
 * from it. Which lists hold single words is decided here too: those are compared with whole words as written, the
 * others phrase by phrase, and the two kinds go into the {@link WordIndex} differently. Stateless.
 */
final class BlameWordsFile {

    /** The lists looked up one word at a time, whose entries are single words; the others hold phrases. */
    private static final Set<String> WORD_LISTS = Set.of("roleArticles", "systemSubjects", "passiveReceipts",
            "softeners", "faults", "judgements",
            "judgedWork", "systemModifiers", "systemAfterRole", "notNames", "clauseEnds", "groups", "praise",
            "detections", "harms", "remedies", "countedThings", "anyone", "everydayNames", "monthNames", "departments",
            "actingWords", "denials", "denialBridges", "notOnly", "causeOpeners", "pastActions", "plainActions",
            "unawareVerbs", "accidents", "speakers", "teamAcronyms", "actJoiners", "nounOpeners",
            "awaitedChecks", "placeWords", "askings", "askingEnds", "foreignWords", "englishWords",
            BlameWords.NAMES_LIST);

    private BlameWordsFile() {
    }

    /** Whether a list is looked up one word at a time, so that each of its entries must be a single word. */
    static boolean holdsSingleWords(String list) {
        return WORD_LISTS.contains(list);
    }

    /** Every built-in list by name, entries normalised ({@link #normalised}), the names list included. */
    static Map<String, List<String>> read() {
        try (InputStream words = BlameWordsFile.class.getResourceAsStream("/lint/blame-words.json");
             InputStream names = BlameWordsFile.class.getResourceAsStream("/lint/first-names.txt")) {
            if (words == null || names == null) {
                throw new IllegalStateException("lint/blame-words.json or lint/first-names.txt is missing");
            }
            Map<String, List<String>> lists = new HashMap<>();
            JsonNode root = Json.mapper().readTree(words);
            for (Iterator<String> keys = root.fieldNames(); keys.hasNext(); ) {
                String key = keys.next();
                if (!key.startsWith("_")) {
                    LinkedHashSet<String> entries = new LinkedHashSet<>();
                    // Single-word lists are compared with whole words as written, so they are only lower-cased.
                    root.path(key).forEach(p -> entries.add(WORD_LISTS.contains(key)
                            ? p.asText().toLowerCase(Locale.ROOT) : normalised(p.asText())));
                    lists.put(key, List.copyOf(entries));
                }
            }
            LinkedHashSet<String> known = new LinkedHashSet<>();
            for (String line : new String(names.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                String name = line.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.startsWith("#")) {
                    known.add(name);
                }
            }
            lists.put(BlameWords.NAMES_LIST, List.copyOf(known));
            return Map.copyOf(lists);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * An entry as the check compares it: its words in lower case, one space apart, quoted text left out; empty when
     * it has no words.
     */
    static String normalised(String entry) {
        return String.join(" ", words(entry == null ? "" : entry));
    }

    /** A phrase as the words a sentence's tokens are compared with ("n't" stands for any "...n't" word). */
    static List<String> words(String phrase) {
        if (phrase.equals("n't")) {
            return List.of("n't");
        }
        return Token.of(phrase).stream().map(Token::lower).toList();
    }

    /** Every list of phrases by name (the lists not looked up one word at a time), each phrase as its words. */
    static Map<String, List<List<String>>> phraseLists(Map<String, List<String>> lists) {
        Map<String, List<List<String>>> out = new HashMap<>();
        lists.forEach((key, entries) -> {
            if (!WORD_LISTS.contains(key)) {
                out.put(key, entries.stream().map(BlameWordsFile::words).toList());
            }
        });
        return out;
    }

    /** Every list looked up one word at a time, by name. */
    static Map<String, List<String>> wordLists(Map<String, List<String>> lists) {
        Map<String, List<String>> out = new HashMap<>();
        lists.forEach((key, entries) -> {
            if (WORD_LISTS.contains(key)) {
                out.put(key, entries);
            }
        });
        return out;
    }
}
