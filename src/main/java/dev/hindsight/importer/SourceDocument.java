package dev.hindsight.importer;

import dev.hindsight.incident.ExtraSection;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
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
    private final Set<Section> taken = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    private List<String> lowerLines;
    private String lowerText;
    /** Readers look up the same few dozen names in every document. */
    private static final java.util.concurrent.ConcurrentHashMap<String, String> NORMAL_NAMES =
            new java.util.concurrent.ConcurrentHashMap<>();
    /** Each section's normalised heading, worked out once: readers look sections up many times. */
    private final Map<Section, String> keys = new java.util.IdentityHashMap<>();

    private SourceDocument(String text, List<String> lines, Map<String, String> frontMatter, List<Section> sections) {
        this.text = text;
        this.lines = lines;
        this.frontMatter = frontMatter;
        this.sections = sections;
        sections.forEach(section -> keys.put(section, section.key()));
    }

    public static SourceDocument parse(String text) {
        String normal = text.replace("\r\n", "\n").replace('\r', '\n').replace("\u00a0", " ");
        if (normal.startsWith("\ufeff")) {
            normal = normal.substring(1);
        }
        List<String> all = Arrays.asList(normal.split("\n", -1));
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
        List<Section> sections = new ArrayList<>();
        int level = 0;
        String heading = "";
        int headingLine = start;
        List<String> body = new ArrayList<>();
        boolean fenced = false;
        for (int i = start; i < all.size(); i++) {
            String line = all.get(i);
            if (line.indexOf('`') >= 0 && line.strip().startsWith("```")) {
                fenced = !fenced;
            }
            Matcher m = fenced || !line.startsWith("#") ? null : HEADING.matcher(line);
            if (m != null && m.matches()) {
                if (level > 0 || !String.join("", body).isBlank()) {
                    sections.add(new Section(level, heading, List.copyOf(body), headingLine + 1));
                }
                level = m.group(1).length();
                heading = m.group(2).replaceAll("^[*_]+|[*_]+$", "").strip();
                headingLine = i;
                body = new ArrayList<>();
            } else {
                body.add(line);
            }
        }
        if (level > 0 || !String.join("", body).isBlank()) {
            sections.add(new Section(level, heading, List.copyOf(body), headingLine + 1));
        }
        return new SourceDocument(normal, all, front, sections);
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

    /**
     * Takes the first section whose heading, normalised, is one of the names, or else starts with one
     * ("what went well" finds "What Went Well?"). Taken sections are not kept as extras.
     */
    public Optional<Section> take(String... names) {
        // A heading that is exactly the name wins over one that merely starts with it ("Detection" over
        // "Detection Timeline"), whichever comes first in the document.
        for (boolean exact : new boolean[] {true, false}) {
            for (String name : names) {
                String wanted = normalName(name);
                for (Section s : sections) {
                    String key = keys.get(s);
                    boolean matches = exact ? key.equals(wanted)
                            : key.length() > wanted.length() && key.startsWith(wanted) && key.charAt(wanted.length()) == ' ';
                    if (matches && !taken.contains(s) && s.level() > 0) {
                        taken.add(s);
                        return Optional.of(s);
                    }
                }
            }
        }
        return Optional.empty();
    }

    /** Marks a section as read without reading it (a heading that only groups others). */
    public void skip(String... names) {
        take(names);
    }

    /** Sections no reader took and that hold something: kept with their heading, as written. */
    public List<ExtraSection> untaken() {
        List<ExtraSection> extras = new ArrayList<>();
        for (Section s : sections) {
            if (!taken.contains(s) && s.level() > 0 && !s.text().isBlank()) {
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
        return NORMAL_NAMES.computeIfAbsent(name, Section::normal);
    }

    /** True when any line, trimmed, starts with the given text (for layout detection). */
    public boolean hasLineStartingWith(String prefix) {
        if (lowerLines == null) {
            lowerLines = lines.stream().map(l -> l.strip().toLowerCase(java.util.Locale.ROOT)).toList();
        }
        String wanted = prefix.toLowerCase(java.util.Locale.ROOT);
        for (String line : lowerLines) {
            if (line.startsWith(wanted)) {
                return true;
            }
        }
        return false;
    }

    /** How many of the headings are present, for layout detection. */
    public int headingsPresent(String... names) {
        int found = 0;
        for (String name : names) {
            String wanted = normalName(name);
            if (sections.stream().map(keys::get).anyMatch(k -> k.startsWith(wanted)
                    && (k.length() == wanted.length() || k.charAt(wanted.length()) == ' '))) {
                found++;
            }
        }
        return found;
    }
}
