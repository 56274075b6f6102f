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
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words the blame check reads ({@code lint/blame-words.json}, and {@code lint/first-names.txt} for the names
 * it knows without a record to read them from), each list as phrases of words. An organisation changes the lists
 * by name with {@link #changed}; a record's own people are added as names with {@link #with}. Immutable;
 * thread-safe.
 */
public final class BlameWords {

    /** The list of first names the check knows as people ({@code lint/first-names.txt}). */
    public static final String NAMES_LIST = "names";

    /**
     * A list of phrases, each a sequence of lower-case words, looked up at a word of a sentence. The check looks up
     * every word of every sentence in several lists, so the lists are indexed together by first word
     * ({@link WordIndex}) and each token remembers what starts with it: this list is a slot in that index.
     */
    static final class Phrases {

        private final List<List<String>> phrases;
        private final WordIndex index;
        private final int slot;
        /** The slot's bit: a word whose {@link Token#starts} lacks it starts none of these phrases. */
        private final long slotBit;
        /** The phrases that start with "n't", which any "...n't" word starts ("didn't", "wasn't"). */
        private final List<List<String>> contractions;

        /** The phrases in a slot of an index that holds them all. */
        private Phrases(List<List<String>> phrases, WordIndex index, int slot) {
            this.phrases = phrases;
            this.index = index;
            this.slot = slot;
            this.slotBit = WordIndex.slotBit(slot);
            this.contractions = phrases.stream().filter(p -> p.get(0).equals("n't")).toList();
        }

        /** The phrases with an index of their own. */
        Phrases(List<List<String>> phrases) {
            this(phrases, new WordIndex(Map.of("", phrases), Map.of()), 0);
        }

        List<List<String>> phrases() {
            return phrases;
        }

        /** One past the last word of the longest phrase that starts at {@code at}, or -1 if none does. */
        int endAt(List<Token> tokens, int at) {
            return endAt(tokens, at, tokens.size());
        }

        /**
         * As {@link #endAt(List, int)} for the words before {@code limit} only. The rules ask of a part of a sentence
         * with the whole sentence and a range, never a view of it ({@code subList}, {@code List.of(token)}): every
         * list of words the look-ups see is then of one class, which keeps their calls direct.
         */
        private int endAt(List<Token> tokens, int at, int limit) {
            Token token = tokens.get(at);
            if ((token.starts(index) & slotBit) == 0) {
                return -1; // what most words answer for most lists, from the token alone
            }
            WordIndex.Entry word = token.in(index);
            int best = word.phrases == null ? -1 : longest(tokens, at, limit, word.phrases[slot], -1, 1);
            WordIndex.Entry owner = token.ownerIn(index);
            if (owner != word && owner.phrases != null) {
                best = longest(tokens, at, limit, owner.phrases[slot], best, 0); // "Tom's" for a one-word "tom"
            }
            if (!contractions.isEmpty() && token.lower().endsWith("n't")) {
                best = longest(tokens, at, limit, contractions, best, 1);
            }
            return best;
        }

        /**
         * The longest of the candidates that starts at {@code at}, if it ends after {@code best}; the words from
         * {@code from} on compared (1 when the first word is what the candidates were found by).
         */
        private static int longest(List<Token> tokens, int at, int limit, List<List<String>> candidates, int best,
                                   int from) {
            if (candidates == null) {
                return best;
            }
            for (int c = 0; c < candidates.size(); c++) {
                List<String> phrase = candidates.get(c);
                int end = at + phrase.size();
                if (end <= limit && end > best && matches(tokens, at, phrase, from)) {
                    best = end;
                }
            }
            return best;
        }

        /** Whether any phrase starts at any word of the sentence. */
        boolean anyIn(List<Token> tokens) {
            return anyIn(tokens, 0, tokens.size());
        }

        /** Whether any phrase lies whole in the words from {@code from} up to {@code to}. */
        boolean anyIn(List<Token> tokens, int from, int to) {
            for (int i = from; i < to; i++) {
                if (endAt(tokens, i, to) >= 0) {
                    return true;
                }
            }
            return false;
        }

        /** Whether the word alone is one of the phrases ("Tom's" for "tom"). */
        boolean isWord(List<Token> tokens, int at) {
            return endAt(tokens, at, at + 1) >= 0;
        }

        private static boolean matches(List<Token> tokens, int at, List<String> phrase, int from) {
            for (int k = from; k < phrase.size(); k++) {
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

    /**
     * A list of single lower-case words. Asked of a token, it reads its bit in what the index holds for the token's
     * word ({@link WordIndex}), which the token looked up once for every list: a mask, not a look-up in a set.
     */
    static final class WordList {

        private final Set<String> words;
        private final WordIndex index;
        private final long bit;

        private WordList(Set<String> words, WordIndex index, long bit) {
            this.words = words;
            this.index = index;
            this.bit = bit;
        }

        /** Whether the list holds the token's word in lower case. */
        boolean has(Token token) {
            return (token.lists(index) & bit) != 0;
        }

        /** Whether the list holds the token's word without its possessive ("tom" for "Tom's"). */
        boolean hasOwner(Token token) {
            return (token.ownerLists(index) & bit) != 0;
        }

        /** Whether the list holds a word that is no token's as it stands ("ines" for "Inés"). */
        boolean contains(String word) {
            return words.contains(word);
        }
    }

    /** The lists looked up one word at a time, whose entries are single words; the others hold phrases. */
    private static final Set<String> WORD_LISTS = Set.of("roleArticles", "softeners", "faults", "judgements",
            "judgedWork", "systemModifiers", "systemAfterRole", "notNames", "clauseEnds", "groups", "praise",
            "detections", "harms", "anyone", "everydayNames", "monthNames", "departments", "actingWords", "denials",
            "denialBridges", "causeOpeners", "pastActions", "plainActions", "unawareVerbs", "accidents", "speakers",
            NAMES_LIST);

    final Phrases pronouns;
    final Phrases roles;
    final WordList roleArticles;
    final Phrases someone;
    final Phrases failures;
    final WordList softeners;
    final WordList faults;
    final Phrases causes;
    final WordList judgements;
    final WordList judgedWork;
    final Phrases humanError;
    final Phrases rejections;
    final Phrases minimisers;
    final Phrases counterfactuals;
    final Phrases plainHindsight;
    final Phrases without;
    final Phrases personFailures;
    final Phrases consequences;
    final WordList systemModifiers;
    final WordList systemAfterRole;
    final WordList notNames;
    final WordList clauseEnds;
    final WordList groups;
    final Phrases framings;
    final WordList praise;
    final WordList detections;
    final Phrases causesIfHarm;
    final WordList harms;
    /** The names the lists know (shared by every record's copy). */
    final WordList names;
    /** A record's own people's names, beside {@link #names} (a copy per record: kept small). */
    private final Set<String> recordNames;
    final WordList anyone;
    final Phrases obviousToAnyone;
    final WordList everydayNames;
    final WordList monthNames;
    final WordList departments;
    final WordList actingWords;
    final WordList denials;
    final WordList denialBridges;
    final WordList causeOpeners;
    final WordList pastActions;
    final WordList plainActions;
    final Phrases omissions;
    final WordList unawareVerbs;
    final Phrases insteadOf;
    final WordList accidents;
    final WordList speakers;
    /** Every list indexed together by word: each {@link Phrases} is a slot of it, each {@link WordList} a bit. */
    private final WordIndex index;
    /** Every list by its name, entries normalised ({@link #normalised}), names included: what changes start from. */
    private final Map<String, List<String>> lists;

    private BlameWords(Map<String, List<String>> lists) {
        this.lists = lists;
        index = new WordIndex(phraseLists(lists), wordLists(lists));
        pronouns = phrases("pronouns");
        roles = phrases("roles");
        roleArticles = set("roleArticles");
        someone = phrases("someone");
        failures = phrases("failures");
        softeners = set("softeners");
        faults = set("faults");
        causes = phrases("causes");
        judgements = set("judgements");
        judgedWork = set("judgedWork");
        humanError = phrases("humanError");
        rejections = phrases("rejections");
        minimisers = phrases("minimisers");
        counterfactuals = phrases("counterfactuals");
        plainHindsight = phrases("plainHindsight");
        without = phrases("without");
        personFailures = phrases("personFailures");
        consequences = phrases("consequences");
        systemModifiers = set("systemModifiers");
        systemAfterRole = set("systemAfterRole");
        notNames = set("notNames");
        clauseEnds = set("clauseEnds");
        harms = set("harms");
        causesIfHarm = phrases("causesIfHarm");
        detections = set("detections");
        praise = set("praise");
        framings = phrases("framings");
        groups = set("groups");
        names = set(NAMES_LIST);
        recordNames = Set.of();
        anyone = set("anyone");
        obviousToAnyone = phrases("obviousToAnyone");
        everydayNames = set("everydayNames");
        monthNames = set("monthNames");
        departments = set("departments");
        actingWords = set("actingWords");
        denials = set("denials");
        denialBridges = set("denialBridges");
        causeOpeners = set("causeOpeners");
        pastActions = set("pastActions");
        plainActions = set("plainActions");
        omissions = phrases("omissions");
        unawareVerbs = set("unawareVerbs");
        insteadOf = phrases("insteadOf");
        accidents = set("accidents");
        speakers = set("speakers");
    }

    private static final BlameWords BUILT_IN = load();

    public static BlameWords builtIn() {
        return BUILT_IN;
    }

    /** The names of the lists an organisation may change, in order ("judgements", "names"...). */
    public static List<String> listNames() {
        return BUILT_IN.lists.keySet().stream().sorted().toList();
    }

    /** Whether a list is looked up one word at a time, so that each of its entries must be a single word. */
    public static boolean holdsSingleWords(String list) {
        return WORD_LISTS.contains(list);
    }

    /** Whether the list holds the entry (compared as {@link #normalised}). */
    public boolean contains(String list, String entry) {
        return lists.getOrDefault(list, List.of()).contains(normalised(entry));
    }

    /**
     * An entry as the check compares it: its words in lower case, one space apart, quoted text left out; empty when
     * it has no words.
     */
    public static String normalised(String entry) {
        return String.join(" ", words(entry == null ? "" : entry));
    }

    /**
     * These words with entries added to and removed from lists by name (an organisation's settings). Entries are
     * taken as given: {@code LintSettings} checks them first. Unknown list names are ignored.
     */
    public BlameWords changed(Map<String, ? extends Collection<String>> added,
                              Map<String, ? extends Collection<String>> removed) {
        Map<String, List<String>> next = new HashMap<>(lists);
        for (Map.Entry<String, List<String>> list : lists.entrySet()) {
            Collection<String> more = added.containsKey(list.getKey()) ? added.get(list.getKey()) : List.of();
            Collection<String> less = removed.containsKey(list.getKey()) ? removed.get(list.getKey()) : List.of();
            if (more.isEmpty() && less.isEmpty()) {
                continue;
            }
            Set<String> gone = new HashSet<>();
            less.forEach(e -> gone.add(normalised(e)));
            LinkedHashSet<String> entries = new LinkedHashSet<>(list.getValue());
            entries.removeAll(gone);
            more.stream().map(BlameWords::normalised).filter(e -> !e.isEmpty()).forEach(entries::add);
            next.put(list.getKey(), List.copyOf(entries));
        }
        return new BlameWords(Map.copyOf(next));
    }

    /**
     * These words and, as names, the given people's names (a record's responders, reviewers and owners), each word
     * of a name on its own: "Priya Shah" makes both "priya" and "shah" a person.
     */
    public BlameWords with(Collection<String> people) {
        Set<String> all = new HashSet<>(recordNames);
        for (String person : people) {
            for (Token t : Token.of(person == null ? "" : person)) {
                if (t.lower().length() > 1) {
                    String name = t.lower().startsWith("@") ? t.lower().substring(1) : t.lower();
                    all.add(name);
                    all.add(People.unaccented(name)); // "Inés" found as "Ines" too, as in the built-in list
                }
            }
        }
        return new BlameWords(this, all);
    }

    /**
     * A copy with a record's names beside the lists' own, sharing every list (made once per record checked, so kept
     * cheap: copying the 3,300 built-in names for each record was a third of checking one).
     */
    private BlameWords(BlameWords base, Set<String> recordNames) {
        lists = base.lists;
        index = base.index;
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
        anyone = base.anyone;
        obviousToAnyone = base.obviousToAnyone;
        everydayNames = base.everydayNames;
        monthNames = base.monthNames;
        departments = base.departments;
        actingWords = base.actingWords;
        denials = base.denials;
        denialBridges = base.denialBridges;
        causeOpeners = base.causeOpeners;
        pastActions = base.pastActions;
        plainActions = base.plainActions;
        omissions = base.omissions;
        unawareVerbs = base.unawareVerbs;
        insteadOf = base.insteadOf;
        accidents = base.accidents;
        speakers = base.speakers;
        names = base.names;
        this.recordNames = Set.copyOf(recordNames);
    }

    /** Whether the word (lower case) is a name: in the names list, or one of the record's people. */
    boolean isName(String word) {
        return names.contains(word) || recordNames.contains(word);
    }

    /** Whether the token's word in lower case is a name ({@link #isName(String)}). */
    boolean isName(Token token) {
        return names.has(token) || recordNames.contains(token.lower());
    }

    /** Whether the token's word without its possessive is a name ("Tom's"). */
    boolean ownerIsName(Token token) {
        return names.hasOwner(token) || recordNames.contains(token.owner());
    }

    private static BlameWords load() {
        try (InputStream words = BlameWords.class.getResourceAsStream("/lint/blame-words.json");
             InputStream names = BlameWords.class.getResourceAsStream("/lint/first-names.txt")) {
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
            for (String line : new String(names.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8)
                    .split("\n")) {
                String name = line.strip().toLowerCase(Locale.ROOT);
                if (!name.isEmpty() && !name.startsWith("#")) {
                    known.add(name);
                }
            }
            lists.put(NAMES_LIST, List.copyOf(known));
            return new BlameWords(Map.copyOf(lists));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Every list of phrases by name (the lists not looked up one word at a time), each phrase as its words. */
    private static Map<String, List<List<String>>> phraseLists(Map<String, List<String>> lists) {
        Map<String, List<List<String>>> out = new HashMap<>();
        lists.forEach((key, entries) -> {
            if (!WORD_LISTS.contains(key)) {
                out.put(key, entries.stream().map(BlameWords::words).toList());
            }
        });
        return out;
    }

    /** Every list looked up one word at a time, by name. */
    private static Map<String, List<String>> wordLists(Map<String, List<String>> lists) {
        Map<String, List<String>> out = new HashMap<>();
        lists.forEach((key, entries) -> {
            if (WORD_LISTS.contains(key)) {
                out.put(key, entries);
            }
        });
        return out;
    }

    private Phrases phrases(String key) {
        List<List<String>> out = new ArrayList<>();
        lists.getOrDefault(key, List.of()).forEach(p -> out.add(words(p)));
        if (out.isEmpty()) {
            throw new IllegalStateException("lint/blame-words.json has no '" + key + "'");
        }
        int slot = index.slot(key);
        return slot < 0 ? new Phrases(List.copyOf(out)) : new Phrases(List.copyOf(out), index, slot);
    }

    private WordList set(String key) {
        Set<String> words = Set.copyOf(lists.getOrDefault(key, List.of()));
        if (!words.isEmpty() && index.bit(key) == 0) {
            throw new IllegalStateException("'" + key + "' is read one word at a time but is not in WORD_LISTS");
        }
        return new WordList(words, index, index.bit(key));
    }

    /** A phrase as the words a sentence's tokens are compared with ("n't" stands for any "...n't" word). */
    private static List<String> words(String phrase) {
        if (phrase.equals("n't")) {
            return List.of("n't");
        }
        return Token.of(phrase).stream().map(Token::lower).toList();
    }
}
