package dev.hindsight.importer.sections;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.importer.words.Shortcodes;
import dev.hindsight.json.Json;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The heading words of each section kind, and the headings each seed layout writes: read from
 * {@code importer/sections.json}, so a new organisation's words are data. Immutable, thread-safe.
 */
public final class Vocabulary {


    private static final Vocabulary BUILT_IN = load("/importer/sections.json");

    /** Phrases longest first, so "root cause analysis" is tried before "root cause" and "cause". */
    private final List<Map.Entry<String, SectionKind>> phrases;
    /** Each phrase to its kind, the first in {@link #phrases} where one is listed twice: the look-ups of kindOf. */
    private final Map<String, SectionKind> byPhrase;
    private final Map<String, List<String>> layouts;
    private final Map<String, Map<String, SectionKind>> layoutHeadings;

    private Vocabulary(List<Map.Entry<String, SectionKind>> phrases, Map<String, List<String>> layouts,
                       Map<String, Map<String, SectionKind>> layoutHeadings) {
        this.phrases = phrases;
        Map<String, SectionKind> first = new HashMap<>();
        phrases.forEach(p -> first.putIfAbsent(p.getKey(), p.getValue()));
        this.byPhrase = Map.copyOf(first);
        this.layouts = layouts;
        this.layoutHeadings = layoutHeadings;
    }

    public static Vocabulary builtIn() {
        return BUILT_IN;
    }

    static Vocabulary load(String resource) {
        try (InputStream in = Vocabulary.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing " + resource);
            }
            JsonNode root = Json.mapper().readTree(in);
            List<Map.Entry<String, SectionKind>> phrases = new ArrayList<>();
            root.get("kinds").fields().forEachRemaining(kind -> kind.getValue().forEach(
                    p -> phrases.add(Map.entry(normal(p.asText()), SectionKind.ofCode(kind.getKey())))));
            phrases.sort(Comparator.comparingInt((Map.Entry<String, SectionKind> e) -> -e.getKey().length()));
            Map<String, List<String>> layouts = new LinkedHashMap<>();
            root.get("layouts").fields().forEachRemaining(layout -> {
                List<String> headings = new ArrayList<>();
                layout.getValue().forEach(h -> headings.add(normal(h.asText())));
                layouts.put(layout.getKey(), List.copyOf(headings));
            });
            Map<String, Map<String, SectionKind>> overrides = new HashMap<>();
            root.get("layoutHeadings").fields().forEachRemaining(layout -> {
                Map<String, SectionKind> map = new HashMap<>();
                layout.getValue().fields().forEachRemaining(
                        h -> map.put(normal(h.getKey()), SectionKind.ofCode(h.getValue().asText())));
                overrides.put(layout.getKey(), Map.copyOf(map));
            });
            return new Vocabulary(List.copyOf(phrases), Map.copyOf(layouts), Map.copyOf(overrides));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A heading as the vocabulary compares it: lower case, letters and digits only, single spaces, without a
     * leading number ("3. Root cause", "II. Timeline") or a trailing colon.
     */
    public static String normal(String heading) {
        return normalStart(heading, 120);
    }

    /**
     * The start of {@link #normal}, at least {@code length} characters of it where it is that long: for comparing
     * a line's start with short openings, without normalising the rest of it.
     */
    public static String normalStart(String heading, int length) {
        if (ReadingWords.isAscii(heading)) {
            return withoutNumbering(normalStartAscii(heading, length));
        }
        StringBuilder out = new StringBuilder(Math.min(heading.length(), 120));
        boolean gap = false;
        int firstSpace = -1;
        for (int i = 0; i < heading.length() && out.length() < 120
                && (firstSpace < 0 || out.length() < firstSpace + 1 + length); i++) {
            char c = heading.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                if (gap && out.length() > 0) {
                    if (firstSpace < 0) {
                        firstSpace = out.length();
                    }
                    out.append(' ');
                }
                out.append(Character.toLowerCase(c));
                gap = false;
            } else {
                gap = true;
            }
        }
        return withoutNumbering(out.toString()).toLowerCase(Locale.ROOT);
    }

    /** "1 root cause", "ii timeline", "a summary": a leading numbering word is not part of the heading. */
    private static String withoutNumbering(String s) {
        int space = s.indexOf(' ');
        if (space > 0) {
            String first = s.substring(0, space);
            if (allDigits(first) || isNumberingWord(first)) {
                return s.substring(space + 1);
            }
        }
        return s;
    }

    /**
     * {@link #normalStart} before its numbering word is dropped, for a heading in ASCII (most are): there only 'A'
     * to 'Z' change when lowered and only letters and digits are kept, so the words go into an array, with no
     * builder's checks per character and no second lowering of the result (which in ASCII changes nothing).
     */
    private static String normalStartAscii(String heading, int length) {
        char[] out = new char[Math.min(heading.length(), 121)]; // never longer than the heading, nor than 121
        int n = 0;
        boolean gap = false;
        int firstSpace = -1;
        for (int i = 0; i < heading.length() && n < 120 && (firstSpace < 0 || n < firstSpace + 1 + length); i++) {
            char c = heading.charAt(i);
            if (c >= 'A' && c <= 'Z') {
                c = (char) (c + ('a' - 'A'));
            } else if (!(c >= 'a' && c <= 'z' || c >= '0' && c <= '9')) {
                gap = true;
                continue;
            }
            if (gap && n > 0) {
                if (firstSpace < 0) {
                    firstSpace = n;
                }
                out[n++] = ' ';
            }
            out[n++] = c;
            gap = false;
        }
        return new String(out, 0, n);
    }

    /**
     * A leading word that numbers a heading rather than names it: "ii", "iv" (i, v and x, up to four), "a" (a to
     * h alone). Checked by hand, not by a pattern: every heading, line and cell compared is normalised.
     */
    private static boolean isNumberingWord(String word) {
        if (word.length() == 1 && word.charAt(0) >= 'a' && word.charAt(0) <= 'h') {
            return true;
        }
        if (word.isEmpty() || word.length() > 4) {
            return false;
        }
        for (int i = 0; i < word.length(); i++) {
            char c = word.charAt(i);
            if (c != 'i' && c != 'v' && c != 'x') {
                return false;
            }
        }
        return true;
    }

    private static boolean allDigits(String word) {
        for (int i = 0; i < word.length(); i++) {
            if (!Character.isDigit(word.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the text is exactly a section name the vocabulary knows ("Timeline", "What went well?"). */
    public boolean names(String text) {
        String key = normal(Shortcodes.without(text));
        return !key.isEmpty() && byPhrase.containsKey(key);
    }

    /** The kind a heading names, if the vocabulary knows it: equal to a phrase, or starting with one. */
    /** How a form's question opens before what it asks for ("What are any recommendations …?"), longest first. */
    private static final List<String> QUESTION_OPENERS = List.of("what are any ", "what are the ", "what are our ",
            "what were the ", "what were our ", "what are ", "what were ", "were there any ", "are there any ");

    public Optional<SectionKind> kindOf(String heading, String layout) {
        String key = normal(Shortcodes.without(heading));
        if (key.isEmpty()) {
            return Optional.empty();
        }
        SectionKind override = layoutHeadings.getOrDefault(layout, Map.of()).get(key);
        if (override != null) {
            return Optional.of(override);
        }
        // The phrases are tried longest first, and a phrase can only be the key itself or the part of it before
        // or after a space: so the key's own prefixes and suffixes are looked up, longest first.
        SectionKind exact = byPhrase.get(key);
        if (exact != null) {
            return Optional.of(exact);
        }
        for (int space = key.lastIndexOf(' '); space > 0; space = key.lastIndexOf(' ', space - 1)) {
            SectionKind starting = byPhrase.get(key.substring(0, space));
            if (starting != null) {
                return Optional.of(starting);
            }
        }
        // "What are any recommendations to prevent this incident from occurring again?": a form's question names its
        // section after its opening words.
        if (heading.strip().endsWith("?")) {
            for (String opener : QUESTION_OPENERS) {
                if (key.startsWith(opener) && key.length() > opener.length()) {
                    Optional<SectionKind> asked = kindOf(key.substring(opener.length()), layout);
                    if (asked.isPresent()) {
                        return asked;
                    }
                }
            }
        }
        // "Post-incident summary", "Our root cause": a heading that ends with a known name of two words or more,
        // or with a one-word name after a qualifier; not in a layout that names its sections exactly.
        int first = WrittenWhole.namedExactly(layout) ? -1 : key.indexOf(' ');
        for (int space = first; space >= 0 && space < key.length() - 1;
             space = key.indexOf(' ', space + 1)) {
            String p = key.substring(space + 1);
            SectionKind ending = byPhrase.get(p);
            if (ending != null && key.split(" ").length <= p.split(" ").length + 2) {
                return Optional.of(ending);
            }
        }
        return Optional.empty();
    }

    /**
     * The seed layout whose headings the document shares most, when it shares at least three and more than
     * half of that layout's list; else "".
     */
    public String layoutOf(List<String> headings) {
        java.util.Set<String> keys = new java.util.HashSet<>();
        headings.forEach(h -> keys.add(normal(h)));
        String best = "";
        double bestShare = 0.5;
        for (Map.Entry<String, List<String>> layout : layouts.entrySet()) {
            long shared = layout.getValue().stream().filter(keys::contains).count();
            double share = (double) shared / layout.getValue().size();
            if (shared >= 3 && share > bestShare) {
                best = layout.getKey();
                bestShare = share;
            }
        }
        return best;
    }
}
