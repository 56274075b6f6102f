package dev.hindsight.lint.blame;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the blame check reads ({@code lint/blame-words.json}, and {@code lint/first-names.txt} for the names
 * it knows without a record to read them from), each list as phrases of words. An organisation's own words are
 * added with {@link #with}. Immutable; thread-safe.
 */
public final class BlameWords {

    /**
     * A list of phrases, each a sequence of lower-case words, looked up at a word of a sentence. The phrases are
     * indexed by their first word, because the check looks up every word of every sentence in several lists.
     */
    record Phrases(List<List<String>> phrases, Map<String, List<List<String>>> byFirstWord) {

        Phrases(List<List<String>> phrases) {
            this(phrases, index(phrases));
        }

        private static Map<String, List<List<String>>> index(List<List<String>> phrases) {
            Map<String, List<List<String>>> out = new HashMap<>();
            for (List<String> phrase : phrases) {
                out.computeIfAbsent(phrase.get(0), k -> new ArrayList<>()).add(phrase);
            }
            out.replaceAll((k, v) -> List.copyOf(v));
            return Map.copyOf(out);
        }

        /** One past the last word of the longest phrase that starts at {@code at}, or -1 if none does. */
        int endAt(List<Token> tokens, int at) {
            Token token = tokens.get(at);
            int best = longest(tokens, at, byFirstWord.get(token.lower()), -1);
            if (!token.owner().equals(token.lower())) {
                best = longest(tokens, at, byFirstWord.get(token.owner()), best); // "Tom's" for a one-word "tom"
            }
            if (token.lower().endsWith("n't")) {
                best = longest(tokens, at, byFirstWord.get("n't"), best);
            }
            return best;
        }

        private static int longest(List<Token> tokens, int at, List<List<String>> candidates, int best) {
            if (candidates == null) {
                return best;
            }
            for (List<String> phrase : candidates) {
                int end = at + phrase.size();
                if (end <= tokens.size() && end > best && matches(tokens, at, phrase)) {
                    best = end;
                }
            }
            return best;
        }

        /** Whether any phrase starts at any word of the sentence. */
        boolean anyIn(List<Token> tokens) {
            for (int i = 0; i < tokens.size(); i++) {
                if (endAt(tokens, i) >= 0) {
                    return true;
                }
            }
            return false;
        }

        private static boolean matches(List<Token> tokens, int at, List<String> phrase) {
            for (int k = 0; k < phrase.size(); k++) {
                String word = phrase.get(k);
                Token token = tokens.get(at + k);
                boolean last = k == phrase.size() - 1;
                if (!(token.lower().equals(word) || last && token.owner().equals(word)
                        || "n't".equals(word) && token.lower().endsWith("n't"))) {
                    return false;
                }
            }
            return true;
        }

        Phrases plus(Collection<String> more) {
            List<List<String>> all = new ArrayList<>(phrases);
            more.forEach(p -> all.add(words(p)));
            return new Phrases(List.copyOf(all));
        }
    }

    final Phrases pronouns;
    final Phrases roles;
    final Set<String> roleArticles;
    final Phrases someone;
    final Phrases failures;
    final Set<String> softeners;
    final Set<String> faults;
    final Phrases causes;
    final Set<String> judgements;
    final Set<String> judgedWork;
    final Phrases humanError;
    final Phrases rejections;
    final Phrases minimisers;
    final Phrases counterfactuals;
    final Phrases plainHindsight;
    final Phrases without;
    final Phrases personFailures;
    final Phrases consequences;
    final Set<String> systemModifiers;
    final Set<String> systemAfterRole;
    final Set<String> notNames;
    final Set<String> clauseEnds;
    final Set<String> groups;
    final Phrases framings;
    final Set<String> praise;
    final Set<String> detections;
    final Phrases causesIfHarm;
    final Set<String> harms;
    final Set<String> names;

    private BlameWords(JsonNode root, Set<String> names) {
        pronouns = phrases(root, "pronouns");
        roles = phrases(root, "roles");
        roleArticles = set(root, "roleArticles");
        someone = phrases(root, "someone");
        failures = phrases(root, "failures");
        softeners = set(root, "softeners");
        faults = set(root, "faults");
        causes = phrases(root, "causes");
        judgements = set(root, "judgements");
        judgedWork = set(root, "judgedWork");
        humanError = phrases(root, "humanError");
        rejections = phrases(root, "rejections");
        minimisers = phrases(root, "minimisers");
        counterfactuals = phrases(root, "counterfactuals");
        plainHindsight = phrases(root, "plainHindsight");
        without = phrases(root, "without");
        personFailures = phrases(root, "personFailures");
        consequences = phrases(root, "consequences");
        systemModifiers = set(root, "systemModifiers");
        systemAfterRole = set(root, "systemAfterRole");
        notNames = set(root, "notNames");
        clauseEnds = set(root, "clauseEnds");
        harms = set(root, "harms");
        causesIfHarm = phrases(root, "causesIfHarm");
        detections = set(root, "detections");
        praise = set(root, "praise");
        framings = phrases(root, "framings");
        groups = set(root, "groups");
        this.names = Set.copyOf(names);
    }

    private BlameWords(BlameWords base, Set<String> names) {
        pronouns = base.pronouns;
        roles = base.roles;
        roleArticles = base.roleArticles;
        someone = base.someone;
        failures = base.failures;
        softeners = base.softeners;
        faults = base.faults;
        causes = base.causes;
        judgements = base.judgements;
        judgedWork = base.judgedWork;
        humanError = base.humanError;
        rejections = base.rejections;
        minimisers = base.minimisers;
        counterfactuals = base.counterfactuals;
        plainHindsight = base.plainHindsight;
        without = base.without;
        personFailures = base.personFailures;
        consequences = base.consequences;
        systemModifiers = base.systemModifiers;
        systemAfterRole = base.systemAfterRole;
        notNames = base.notNames;
        clauseEnds = base.clauseEnds;
        harms = base.harms;
        causesIfHarm = base.causesIfHarm;
        detections = base.detections;
        praise = base.praise;
        framings = base.framings;
        groups = base.groups;
        this.names = Set.copyOf(names);
    }

    private static final BlameWords BUILT_IN = load();

    public static BlameWords builtIn() {
        return BUILT_IN;
    }

    /**
     * These words and, as names, the given people's names (a record's responders, reviewers and owners), each word
     * of a name on its own: "Priya Shah" makes both "priya" and "shah" a person.
     */
    public BlameWords with(Collection<String> people) {
        Set<String> all = new HashSet<>(names);
        for (String person : people) {
            for (Token t : Token.of(person == null ? "" : person)) {
                if (t.lower().length() > 1) {
                    all.add(t.lower().startsWith("@") ? t.lower().substring(1) : t.lower());
                }
            }
        }
        return new BlameWords(this, all);
    }

    private static BlameWords load() {
        try (InputStream words = BlameWords.class.getResourceAsStream("/lint/blame-words.json");
             InputStream names = BlameWords.class.getResourceAsStream("/lint/first-names.txt")) {
            if (words == null || names == null) {
                throw new IllegalStateException("lint/blame-words.json or lint/first-names.txt is missing");
            }
            Set<String> known = new HashSet<>();
            for (String line : new String(names.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .split("\n")) {
                String name = line.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.startsWith("#")) {
                    known.add(name);
                }
            }
            return new BlameWords(Json.mapper().readTree(words), known);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Phrases phrases(JsonNode root, String key) {
        List<List<String>> out = new ArrayList<>();
        root.path(key).forEach(p -> out.add(words(p.asText())));
        if (out.isEmpty()) {
            throw new IllegalStateException("lint/blame-words.json has no '" + key + "'");
        }
        return new Phrases(List.copyOf(out));
    }

    private static Set<String> set(JsonNode root, String key) {
        Set<String> out = new HashSet<>();
        root.path(key).forEach(p -> out.add(p.asText().toLowerCase(Locale.ROOT)));
        return Set.copyOf(out);
    }

    /** A phrase as the words a sentence's tokens are compared with ("n't" stands for any "...n't" word). */
    private static List<String> words(String phrase) {
        if (phrase.equals("n't")) {
            return List.of("n't");
        }
        return Token.of(phrase).stream().map(Token::lower).toList();
    }
}
