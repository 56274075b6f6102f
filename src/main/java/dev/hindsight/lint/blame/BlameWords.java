package dev.hindsight.lint.blame;

import dev.hindsight.importer.words.NameParticles;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The words the blame check reads ({@code lint/blame-words.json}, and {@code lint/first-names.txt} for the names
 * it knows without a record to read them from, as {@link BlameWordsFile} reads them), each list as phrases of words
 * ({@link PhraseList}) or single words ({@link WordList}), held in fields the rules read directly. An organisation
 * changes the lists by name with {@link #changed}; a record's own people are added as names with {@link #with}.
 * Immutable; thread-safe.
 */
public final class BlameWords {

    /** The list of first names the check knows as people ({@code lint/first-names.txt}). */
    public static final String NAMES_LIST = "names";

    final PhraseList pronouns;
    final PhraseList roles;
    final WordList roleArticles;
    final PhraseList someone;
    final PhraseList failures;
    final WordList softeners;
    final WordList faults;
    final PhraseList causes;
    final WordList judgements;
    final WordList judgedWork;
    final PhraseList humanError;
    final PhraseList rejections;
    final PhraseList minimisers;
    final PhraseList counterfactuals;
    final PhraseList plainHindsight;
    final PhraseList without;
    final PhraseList harmlessWithout;
    final PhraseList personFailures;
    final PhraseList consequences;
    final WordList systemModifiers;
    final WordList systemAfterRole;
    final WordList notNames;
    final WordList clauseEnds;
    final WordList groups;
    final PhraseList framings;
    final WordList praise;
    final WordList detections;
    final PhraseList causesIfHarm;
    final WordList harms;
    final WordList remedies;
    final WordList countedThings;
    final WordList systemSubjects;
    final WordList passiveReceipts;
    final PhraseList promptly;
    final PhraseList alarmsRaised;
    final WordList actJoiners;
    final WordList nounOpeners;
    final WordList awaitedChecks;
    final WordList placeWords;
    final WordList askings;
    final WordList askingEnds;
    final WordList foreignWords;
    final WordList englishWords;
    final PhraseList rightCalls;
    final WordList teamAcronyms;
    /** The names the lists know (shared by every record's copy). */
    final WordList names;
    /** A record's own people's names, beside {@link #names} (a copy per record: kept small). */
    private final Set<String> recordNames;
    final WordList anyone;
    final PhraseList obviousToAnyone;
    final WordList everydayNames;
    final WordList monthNames;
    final WordList departments;
    final WordList actingWords;
    final WordList denials;
    final WordList denialBridges;
    final WordList notOnly;
    final WordList causeOpeners;
    final WordList pastActions;
    final WordList plainActions;
    final PhraseList omissions;
    final WordList unawareVerbs;
    final PhraseList insteadOf;
    final WordList accidents;
    final WordList speakers;
    /** Every list indexed together by word: each {@link PhraseList} is a slot of it, each {@link WordList} a bit. */
    private final WordIndex index;
    /** Every list by its name, entries normalised ({@link #normalised}), names included: what changes start from. */
    private final Map<String, List<String>> lists;

    private BlameWords(Map<String, List<String>> lists) {
        this.lists = lists;
        index = new WordIndex(BlameWordsFile.phraseLists(lists), BlameWordsFile.wordLists(lists));
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
        harmlessWithout = phrases("harmlessWithout");
        personFailures = phrases("personFailures");
        consequences = phrases("consequences");
        systemModifiers = set("systemModifiers");
        systemAfterRole = set("systemAfterRole");
        notNames = set("notNames");
        clauseEnds = set("clauseEnds");
        harms = set("harms");
        remedies = set("remedies");
        countedThings = set("countedThings");
        systemSubjects = set("systemSubjects");
        passiveReceipts = set("passiveReceipts");
        promptly = phrases("promptly");
        alarmsRaised = phrases("alarmsRaised");
        actJoiners = set("actJoiners");
        nounOpeners = set("nounOpeners");
        awaitedChecks = set("awaitedChecks");
        placeWords = set("placeWords");
        askings = set("askings");
        askingEnds = set("askingEnds");
        foreignWords = set("foreignWords");
        englishWords = set("englishWords");
        rightCalls = phrases("rightCalls");
        teamAcronyms = set("teamAcronyms");
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
        notOnly = set("notOnly");
        causeOpeners = set("causeOpeners");
        pastActions = set("pastActions");
        plainActions = set("plainActions");
        omissions = phrases("omissions");
        unawareVerbs = set("unawareVerbs");
        insteadOf = phrases("insteadOf");
        accidents = set("accidents");
        speakers = set("speakers");
    }

    private static final BlameWords BUILT_IN = new BlameWords(BlameWordsFile.read());

    public static BlameWords builtIn() {
        return BUILT_IN;
    }

    /** The names of the lists an organisation may change, in order ("judgements", "names"...). */
    public static List<String> listNames() {
        return BUILT_IN.lists.keySet().stream().sorted().toList();
    }

    /** Whether a list is looked up one word at a time, so that each of its entries must be a single word. */
    public static boolean holdsSingleWords(String list) {
        return BlameWordsFile.holdsSingleWords(list);
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
        return BlameWordsFile.normalised(entry);
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
     * of a name on its own: "Priya Shah" makes both "priya" and "shah" a person. An owner may be several, or a group:
     * of "Kai and the pump house crew" only "Kai" is a name, of "Platform team", "Change Management" or "HR Systems -
     * L3" none ("The", "Change" or "Systems" taken for a person made "The controller should have retried …" blame).
     */
    public BlameWords with(Collection<String> people) {
        Set<String> all = new HashSet<>(recordNames);
        for (String person : people) {
            String named = ASIDE.matcher(person == null ? "" : person).replaceAll(" ");
            for (String part : SEVERAL.split(named)) {
                List<Token> tokens = Token.of(part);
                if (!HANDLE.matcher(part.strip()).matches() && !isPersonsName(tokens)) {
                    continue;
                }
                for (Token t : tokens) {
                    String name = t.lower().startsWith("@") ? t.lower().substring(1) : t.lower();
                    all.add(name);
                    all.add(People.unaccented(name)); // "Inés" found as "Ines" too, as in the built-in list
                }
            }
        }
        return new BlameWords(this, all);
    }

    /** Where one of several owners ends: "Kai and the crew", "Ana, Tom", "Ana & Tom", "Ana / Tom", "Ana + Tom". */
    private static final Pattern SEVERAL = Pattern.compile("\\s*(?:,|;|&|/|\\+|\\band\\b)\\s*");
    /** What an owner says beside the name: "Tamsin Reyes (SRE)", "Jane Smith - on-call", "Ana — until Friday". */
    private static final Pattern ASIDE = Pattern.compile("\\([^()]{0,80}\\)|\\s[-–—]\\s.*$");
    /** A chat handle without its "@": "priya.shah", "kwan_l", "ops-bot" (a name's words, lower case, joined). */
    private static final Pattern HANDLE = Pattern.compile("[a-z][a-z0-9]*+(?:[._-][a-z0-9]++)++");

    /**
     * Whether the words are one person's name: a handle alone, a lower-case word alone (a handle without its "@"),
     * or up to four capitalised words of letters (particles between), none a group's, a department's or an acronym.
     */
    private boolean isPersonsName(List<Token> tokens) {
        if (tokens.isEmpty() || tokens.size() > 4) {
            return false;
        }
        if (tokens.size() == 1 && tokens.get(0).lower().startsWith("@")) {
            return tokens.get(0).lower().length() > 1;
        }
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            String w = t.written();
            boolean particle = i > 0 && i < tokens.size() - 1 && NameParticles.contains(w);
            boolean handle = tokens.size() == 1 && Character.isLowerCase(w.charAt(0));
            if (!particle && !handle && !Character.isUpperCase(w.charAt(0)) || w.length() < 2
                    || !w.chars().allMatch(c -> Character.isLetter(c) || c == '-' || c == '\'' || c == '\u2019')
                    || People.acronym(w) || groups.has(t) || departments.hasOwner(t)
                    || roles.isWord(tokens, i) || notNames.hasOwner(t)) {
                return false;
            }
        }
        return true;
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
        harmlessWithout = base.harmlessWithout;
        personFailures = base.personFailures;
        consequences = base.consequences;
        systemModifiers = base.systemModifiers;
        systemAfterRole = base.systemAfterRole;
        notNames = base.notNames;
        clauseEnds = base.clauseEnds;
        harms = base.harms;
        remedies = base.remedies;
        countedThings = base.countedThings;
        systemSubjects = base.systemSubjects;
        passiveReceipts = base.passiveReceipts;
        promptly = base.promptly;
        alarmsRaised = base.alarmsRaised;
        actJoiners = base.actJoiners;
        nounOpeners = base.nounOpeners;
        awaitedChecks = base.awaitedChecks;
        placeWords = base.placeWords;
        askings = base.askings;
        askingEnds = base.askingEnds;
        foreignWords = base.foreignWords;
        englishWords = base.englishWords;
        rightCalls = base.rightCalls;
        teamAcronyms = base.teamAcronyms;
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
        notOnly = base.notOnly;
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

    private PhraseList phrases(String key) {
        List<List<String>> out = new ArrayList<>();
        lists.getOrDefault(key, List.of()).forEach(p -> out.add(BlameWordsFile.words(p)));
        if (out.isEmpty()) {
            throw new IllegalStateException("lint/blame-words.json has no '" + key + "'");
        }
        int slot = index.slot(key);
        return slot < 0 ? new PhraseList(List.copyOf(out)) : new PhraseList(List.copyOf(out), index, slot);
    }

    private WordList set(String key) {
        Set<String> words = Set.copyOf(lists.getOrDefault(key, List.of()));
        if (!words.isEmpty() && index.bit(key) == 0) {
            throw new IllegalStateException("'" + key + "' is read one word at a time but is not in WORD_LISTS");
        }
        return new WordList(words, index, index.bit(key));
    }
}

