package dev.hindsight.importer.layouts;

import dev.hindsight.incident.ExtraSection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A filled-in document split into its YAML front matter and its sections. Readers take the sections they
 * know by heading, in any order; whatever no reader took is kept as an extra section, so nothing is lost.
 * Not thread-safe: one per import.
 */
public final class SourceDocument {

    private static final Pattern HEADING = Pattern.compile("^(#{1,6})\\s+(.*?)\\s*#*\\s*$");

    private final String text;
    private final List<String> lines;
    private final Map<String, String> frontMatter;
    private final List<Section> sections;
    /** Per section, in the order of {@link #sections}: whether a reader took it. */
    private final boolean[] taken;
    private String lowerText;
    /** Where each line's text starts after its leading white space, worked out on first use. */
    private int[] starts;
    /**
     * Readers look up the same few dozen names in every document. Some take a section by the heading the
     * document wrote, so the cache stops growing at {@link #NAMES_KEPT}: a server importing for months must not
     * keep every heading it ever saw.
     */
    private static final long NAMES_BYTES_KEPT = 1L << 20;
    private static final dev.hindsight.kernel.BoundedCache<String, String[]> NORMAL_NAMES =
            new dev.hindsight.kernel.BoundedCache<>(NAMES_BYTES_KEPT, pair -> dev.hindsight.kernel.BoundedCache
                    .ENTRY_BYTES + dev.hindsight.kernel.BoundedCache.bytes(pair[0])
                    + dev.hindsight.kernel.BoundedCache.bytes(pair[1]));
    /** The same keys in the order of the sections, for the readers' scores. */
    private final List<String> keyList;
    /** The keys in order, worked out on first use ({@link #hasHeading}). */
    private String[] sortedKeys;
    /** Per ASCII character, the lines whose text starts with it in lower case, worked out on first use. */
    private int[][] linesByFirst;

    private SourceDocument(String text, List<String> lines, Map<String, String> frontMatter, List<Section> sections) {
        this.text = text;
        this.lines = lines;
        this.frontMatter = frontMatter;
        this.sections = sections;
        this.taken = new boolean[sections.size()];
        // Each section's normalised heading, worked out once: readers look sections up many times.
        String[] list = new String[sections.size()];
        for (int i = 0; i < list.length; i++) {
            list[i] = sections.get(i).key();
        }
        this.keyList = List.of(list);
    }

    public static SourceDocument parse(String text) {
        String normal = text;
        if (text.indexOf('\r') >= 0 || text.indexOf('\u00a0') >= 0) {
            normal = text.replace("\r\n", "\n").replace('\r', '\n').replace("\u00a0", " ");
        }
        if (normal.startsWith("\ufeff")) {
            normal = normal.substring(1);
        }
        List<String> all = Collections.unmodifiableList(Arrays.asList(lines(normal)));
        Map<String, String> front = new LinkedHashMap<>();
        int start = 0;
        if (!all.isEmpty() && all.get(0).strip().equals("---")) {
            for (int i = 1; i < all.size(); i++) {
                if (all.get(i).strip().equals("---")) {
                    readYaml(all.subList(1, i), front);
                    start = i + 1;
                    break;
                }
            }
        }
        // Each section's lines are a view of the document's, from below its heading to the next heading.
        List<Section> sections = new ArrayList<>();
        int level = 0;
        String heading = "";
        int headingLine = start;
        int bodyStart = start;
        boolean fenced = false;
        for (int i = start; i < all.size(); i++) {
            String line = all.get(i);
            if (line.indexOf('`') >= 0 && line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            int hashes = fenced || !line.startsWith("#") ? 0 : headingLevel(line);
            if (hashes > 0) {
                List<String> body = all.subList(bodyStart, i);
                if (level > 0 || !allBlank(body)) {
                    sections.add(new Section(level, heading, body, headingLine + 1));
                }
                level = hashes;
                heading = withoutEmphasisEdges(headingText(line, hashes)).strip();
                headingLine = i;
                bodyStart = i + 1;
            }
        }
        List<String> body = all.subList(Math.min(bodyStart, all.size()), all.size());
        if (level > 0 || !allBlank(body)) {
            sections.add(new Section(level, heading, body, headingLine + 1));
        }
        return new SourceDocument(normal, all, front, sections);
    }

    /** The text's lines, as {@code text.split("\n", -1)} gives them, without its list and copies. */
    private static String[] lines(String text) {
        int count = 1;
        for (int at = text.indexOf('\n'); at >= 0; at = text.indexOf('\n', at + 1)) {
            count++;
        }
        String[] lines = new String[count];
        int from = 0;
        for (int i = 0; i < count - 1; i++) {
            int end = text.indexOf('\n', from);
            lines[i] = text.substring(from, end);
            from = end + 1;
        }
        lines[count - 1] = text.substring(from);
        return lines;
    }

    private static boolean allBlank(List<String> lines) {
        for (String line : lines) {
            if (!line.isBlank()) {
                return false;
            }
        }
        return true;
    }

    /**
     * How many '#'s open the line if it is a heading as {@link #HEADING} reads one (one to six, then white space),
     * else 0. By hand, as every line of every import is looked at; a line holding a character '.' does not match
     * (U+0085, U+2028, U+2029) is left to the regex.
     */
    private static int headingLevel(String line) {
        if (line.indexOf('\u0085') >= 0 || line.indexOf('\u2028') >= 0 || line.indexOf('\u2029') >= 0) {
            Matcher m = HEADING.matcher(line);
            return m.matches() ? m.group(1).length() : 0;
        }
        int hashes = 0;
        while (hashes < line.length() && line.charAt(hashes) == '#') {
            hashes++;
        }
        return hashes <= 6 && hashes < line.length() && RegexSpace.is(line.charAt(hashes)) ? hashes : 0;
    }

    /**
     * The heading's text as {@link #HEADING}'s second group: after the hashes and the space, less a closing run of
     * '#'s and the space around it.
     */
    private static String headingText(String line, int hashes) {
        if (line.indexOf('\u0085') >= 0 || line.indexOf('\u2028') >= 0 || line.indexOf('\u2029') >= 0) {
            Matcher m = HEADING.matcher(line);
            return m.matches() ? m.group(2) : "";
        }
        int from = hashes;
        while (from < line.length() && RegexSpace.is(line.charAt(from))) {
            from++;
        }
        int to = line.length();
        while (to > from && RegexSpace.is(line.charAt(to - 1))) {
            to--;
        }
        while (to > from && line.charAt(to - 1) == '#') {
            to--;
        }
        while (to > from && RegexSpace.is(line.charAt(to - 1))) {
            to--;
        }
        return line.substring(from, to);
    }

    /** The text without the '*'s and '_'s that open and close it (what "^[*_]+|[*_]+$" removes). */
    static String withoutEmphasisEdges(String text) {
        int from = 0;
        int to = text.length();
        while (from < to && (text.charAt(from) == '*' || text.charAt(from) == '_')) {
            from++;
        }
        while (to > from && (text.charAt(to - 1) == '*' || text.charAt(to - 1) == '_')) {
            to--;
        }
        return text.substring(from, to);
    }

    /** Simple "key: value" YAML, which is all the front-matter layout uses; quotes removed. */
    private static void readYaml(List<String> yaml, Map<String, String> out) {
        for (String line : yaml) {
            int colon = line.indexOf(':');
            if (colon > 0 && !line.startsWith(" ") && !line.startsWith("#")) {
                String value = line.substring(colon + 1).strip();
                if (value.length() >= 2 && (value.startsWith("\"") && value.endsWith("\"")
                        || value.startsWith("'") && value.endsWith("'"))) {
                    value = value.substring(1, value.length() - 1).replace("\\\"", "\"");
                }
                out.put(line.substring(0, colon).strip(), value);
            }
        }
    }

    public String text() {
        return text;
    }

    public List<String> lines() {
        return lines;
    }

    public Map<String, String> frontMatter() {
        return frontMatter;
    }

    public List<Section> sections() {
        return sections;
    }

    /** Each section's {@link Section#key()}, in the order of {@link #sections()}. */
    public List<String> keys() {
        return keyList;
    }

    /**
     * Takes the first section whose heading, normalised, is one of the names, or else starts with one
     * ("what went well" finds "What Went Well?"). Taken sections are not kept as extras.
     */
    public Optional<Section> take(String... names) {
        // A heading that is exactly the name wins over one that merely starts with it ("Detection" over
        // "Detection Timeline"), whichever comes first in the document.
        String[] normal = new String[names.length];
        for (int i = 0; i < names.length; i++) {
            normal[i] = normalName(names[i]);
        }
        for (boolean exact : new boolean[] {true, false}) {
            for (String wanted : normal) {
                for (int i = 0; i < keyList.size(); i++) {
                    Section s = sections.get(i);
                    String key = keyList.get(i);
                    boolean matches = exact ? key.equals(wanted)
                            : key.length() > wanted.length() && key.startsWith(wanted) && key.charAt(wanted.length()) == ' ';
                    if (matches && !taken[i] && s.level() > 0) {
                        taken[i] = true;
                        return Optional.of(s);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Marks every section under a heading as taken: for a reader that reads the whole document its own way. */
    public void takeAll() {
        for (int i = 0; i < taken.length; i++) {
            if (sections.get(i).level() > 0) {
                taken[i] = true;
            }
        }
    }

    /** Marks a section as read without reading it (a heading that only groups others). */
    public void skip(String... names) {
        take(names);
    }

    /** Whether a reader took the section at this index of {@link #sections()}. */
    public boolean isTaken(int index) {
        return taken[index];
    }

    /** Sections no reader took and that hold something: kept with their heading, as written. */
    public List<ExtraSection> untaken() {
        List<ExtraSection> extras = new ArrayList<>();
        for (int i = 0; i < taken.length; i++) {
            Section s = sections.get(i);
            if (!taken[i] && s.level() > 0 && !s.text().isBlank()) {
                extras.add(new ExtraSection(s.heading(), s.text()));
            }
        }
        return extras;
    }

    /** The whole text in lower case, for cheap "does it mention..." checks. */
    public String lowerText() {
        if (lowerText == null) {
            lowerText = text.toLowerCase(java.util.Locale.ROOT);
        }
        return lowerText;
    }

    private static String normalName(String name) {
        String[] known = NORMAL_NAMES.get(name);
        if (known != null) {
            return known[1];
        }
        String normal = Section.normal(name);
        NORMAL_NAMES.put(name, new String[] {name, normal}); // the key is weighed with the value
        return normal;
    }

    /**
     * True when any line, trimmed, starts with the given text in any case (for layout detection): what
     * {@code line.strip().toLowerCase(Locale.ROOT).startsWith(prefix.toLowerCase(Locale.ROOT))} answers, without
     * lowering every line of the document first.
     */
    public boolean hasLineStartingWith(String prefix) {
        String wanted = prefix.toLowerCase(java.util.Locale.ROOT);
        if (!isAscii(wanted)) {
            for (String line : lines) {
                if (line.strip().toLowerCase(java.util.Locale.ROOT).startsWith(wanted)) {
                    return true;
                }
            }
            return false;
        }
        int[][] byFirst = linesByFirst();
        char first = wanted.isEmpty() ? 0 : wanted.charAt(0);
        if (first == 0) {
            for (int i = 0; i < lines.size(); i++) {
                if (startsWithLowered(i, wanted)) {
                    return true;
                }
            }
            return false;
        }
        // Layout detection asks this several times of every document: only the lines that start with the same
        // character are looked at, and those that start with one outside ASCII (which may lower to it).
        for (int i : byFirst[first]) {
            if (startsWithLowered(i, wanted)) {
                return true;
            }
        }
        for (int i : byFirst[128]) {
            if (startsWithLowered(i, wanted)) {
                return true;
            }
        }
        return false;
    }

    /** Whether line {@code i}, stripped and lowered, starts with the ASCII text. */
    private boolean startsWithLowered(int i, String wanted) {
        String line = lines.get(i);
        int from = starts[i];
        int to = line.length();
        while (to > from && Character.isWhitespace(line.charAt(to - 1))) {
            to--;
        }
        return to - from >= wanted.length() && lowerStartsWith(line, from, wanted);
    }

    /**
     * The line numbers by the lowered first character of their stripped text: 0–127 for ASCII, 128 for the rest;
     * blank lines nowhere. Fills {@link #starts} on the way.
     */
    private int[][] linesByFirst() {
        if (linesByFirst != null) {
            return linesByFirst;
        }
        starts = new int[lines.size()];
        int[] bucketOf = new int[lines.size()];
        int[] sizes = new int[129];
        for (int i = 0; i < starts.length; i++) {
            String line = lines.get(i);
            int from = 0;
            while (from < line.length() && Character.isWhitespace(line.charAt(from))) {
                from++;
            }
            starts[i] = from;
            if (from == line.length()) {
                bucketOf[i] = -1;
                continue;
            }
            char c = line.charAt(from);
            bucketOf[i] = c >= 128 ? 128 : c >= 'A' && c <= 'Z' ? c + 32 : c;
            sizes[bucketOf[i]]++;
        }
        int[][] byFirst = new int[129][];
        for (int b = 0; b < byFirst.length; b++) {
            byFirst[b] = new int[sizes[b]];
            sizes[b] = 0;
        }
        for (int i = 0; i < bucketOf.length; i++) {
            if (bucketOf[i] >= 0) {
                byFirst[bucketOf[i]][sizes[bucketOf[i]]++] = i;
            }
        }
        linesByFirst = byFirst;
        return byFirst;
    }

    private static boolean isAscii(String text) {
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) >= 128) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the line from {@code at}, lowered as String.toLowerCase(Locale.ROOT) lowers it, starts with the
     * ASCII text. Of the characters that do not lower one to one, only U+0130 lowers to an ASCII letter followed
     * by a mark; it is looked at the slow way.
     */
    private static boolean lowerStartsWith(String line, int at, String ascii) {
        for (int j = 0; j < ascii.length(); j++) {
            char c = line.charAt(at + j);
            char lower;
            if (c < 128) {
                lower = c >= 'A' && c <= 'Z' ? (char) (c + 32) : c;
            } else if (c == '\u0130' || Character.isSurrogate(c)) {
                return line.substring(at).strip().toLowerCase(java.util.Locale.ROOT).startsWith(ascii);
            } else {
                lower = Character.toLowerCase(c);
            }
            if (lower != ascii.charAt(j)) {
                return false;
            }
        }
        return true;
    }

    /** How many of the headings are present, for layout detection. */
    public int headingsPresent(String... names) {
        int found = 0;
        for (String name : names) {
            if (hasHeading(normalName(name))) {
                found++;
            }
        }
        return found;
    }

    /**
     * Whether some heading's key is the normalised name, or starts with it as whole words ("what went well" for
     * "what went well and why"). Every reader asks this of every document while detecting its layout, so the
     * keys are sorted once and each question is a binary search: keys hold only letters, digits and single
     * spaces, and a space sorts before the others, so if any key is the name or starts with it and a space, the
     * first key not below the name is one.
     */
    public boolean hasHeading(String normalName) {
        if (sortedKeys == null) {
            sortedKeys = keyList.toArray(new String[0]);
            Arrays.sort(sortedKeys);
        }
        int at = Arrays.binarySearch(sortedKeys, normalName);
        if (at >= 0) {
            return true;
        }
        int next = -at - 1;
        if (next == sortedKeys.length) {
            return false;
        }
        String key = sortedKeys[next];
        return key.length() > normalName.length() && key.startsWith(normalName)
                && key.charAt(normalName.length()) == ' ';
    }
}
