package dev.hindsight.importer.layouts;

import dev.hindsight.incident.ExtraSection;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Takes the review layout's sections by heading, preferring an exact heading to a longer one that starts
 * with it ("Communication" before "Communication Lessons", wherever each is), and keeps every section no
 * part of the reader took as an extra section, without the layout's horizontal rules. Not thread-safe: one
 * per import.
 *
 * <p>The reader asks for some forty headings per document, so each heading's key is worked out once here, the
 * sections are found by key in a table rather than by comparing every heading, and tracked by position: a
 * record's hash would walk all its lines on every lookup.
 */
final class ReviewSections {

    /** The readers ask for the same few dozen names in every document. */
    private static final Map<String, String> NORMAL_NAMES = new ConcurrentHashMap<>();
    private static final Pattern RULE = Pattern.compile("-{3,}|\\*{3,}|_{3,}");

    private final SourceDocument document;
    /** The document's sections, and for those under a heading the key without numbering (null for the rest). */
    private final List<Section> sections;
    private final String[] keys;
    /** Which sections a part of the reader has read. */
    private final boolean[] read;
    /** Where the first section with each key stands, and after each section the next one with its key (or -1). */
    private final Map<String, Integer> first = new HashMap<>();
    private final int[] next;

    ReviewSections(SourceDocument document) {
        this.document = document;
        this.sections = document.sections();
        int count = sections.size();
        keys = new String[count];
        read = new boolean[count];
        next = new int[count];
        // The document has normalised every heading already; only the numbering is dropped here.
        List<String> allKeys = document.keys();
        int[] last = new int[count];
        for (int i = 0; i < count; i++) {
            next[i] = -1;
            if (sections.get(i).level() > 0) {
                keys[i] = withoutNumber(allKeys.get(i));
                Integer before = first.putIfAbsent(keys[i], i);
                if (before != null) {
                    next[last[before]] = i;
                    last[before] = i;
                } else {
                    last[i] = i;
                }
            }
        }
    }

    /**
     * The first unread section with one of these headings (exact first, then one starting with it), numbered
     * or not.
     */
    Optional<Section> take(String... names) {
        return Optional.ofNullable(find(names));
    }

    /** As {@link #take}, null when there is none. */
    private Section find(String... names) {
        for (String name : names) {
            String wanted = NORMAL_NAMES.computeIfAbsent(name, Section::normal);
            int found = exact(wanted);
            if (found < 0) {
                found = longer(wanted);
            }
            if (found >= 0) {
                read[found] = true;
                return sections.get(found);
            }
        }
        return null;
    }

    /** The first unread section whose key is the wanted one; -1 when none. */
    private int exact(String wanted) {
        Integer at = first.get(wanted);
        for (int i = at == null ? -1 : at; i >= 0; i = next[i]) {
            if (!read[i]) {
                return i;
            }
        }
        return -1;
    }

    /** The first unread section whose key starts with the wanted one and a space; -1 when none. */
    private int longer(String wanted) {
        for (int i = 0; i < keys.length; i++) {
            String key = keys[i];
            if (key != null && !read[i] && key.length() > wanted.length() && key.charAt(wanted.length()) == ' '
                    && key.startsWith(wanted)) {
                return i;
            }
        }
        return -1;
    }

    /** The lines of the section, or none when it is missing. */
    List<String> lines(String... names) {
        Section found = find(names);
        return found == null ? List.of() : found.lines();
    }

    /** The lines of several sections, one after the other (a grouping heading and the heading under it). */
    List<String> joined(String[]... headings) {
        List<String> out = new ArrayList<>();
        for (String[] names : headings) {
            out.addAll(lines(names));
            out.add("");
        }
        return out;
    }

    /** The first level-1 section, if any (the document's title). */
    Optional<Section> title() {
        for (int i = 0; i < keys.length; i++) {
            if (sections.get(i).level() == 1 && !read[i]) {
                read[i] = true;
                return Optional.of(sections.get(i));
            }
        }
        return Optional.empty();
    }

    /** The text before the first heading. */
    List<String> preamble() {
        return document.sections().stream().filter(s -> s.level() == 0).findFirst().map(Section::lines)
                .orElse(List.of());
    }

    /**
     * Every section nothing read that holds more than rules and guidance, as an extra section; each is noted.
     * Every section under a heading is then taken in the document, read or kept here, so the importer finds none
     * left over: marked once, at the end, rather than section by section as each is read.
     */
    List<ExtraSection> rest(ImportContext context) {
        List<ExtraSection> extras = new ArrayList<>();
        for (int i = 0; i < keys.length; i++) {
            Section s = sections.get(i);
            if (s.level() == 0 || read[i]) {
                continue;
            }
            String body = body(s);
            if (!body.isBlank()) {
                extras.add(new ExtraSection(s.heading(), body));
                context.note("section '" + s.heading() + "' has no field of its own; kept as an extra section");
            }
        }
        document.takeAll();
        return extras;
    }

    /** The section's text without guidance, and without the horizontal rules the layout puts between parts. */
    static String body(Section s) {
        List<String> kept = new ArrayList<>(List.of(s.text().split("\n", -1)));
        while (!kept.isEmpty() && (kept.get(kept.size() - 1).isBlank() || isRule(kept.get(kept.size() - 1)))) {
            kept.remove(kept.size() - 1);
        }
        while (!kept.isEmpty() && (kept.get(0).isBlank() || isRule(kept.get(0)))) {
            kept.remove(0);
        }
        return String.join("\n", kept);
    }

    private static boolean isRule(String line) {
        return RULE.matcher(line.strip()).matches();
    }

    /** The heading's key without a leading number ("2.1 Basic Information" is "basic information"). */
    private static String withoutNumber(String key) {
        int start = 0;
        // Drops each leading "<digits> " group, as "^(?:\d+ )+" would.
        while (true) {
            int i = start;
            while (i < key.length() && key.charAt(i) >= '0' && key.charAt(i) <= '9') {
                i++;
            }
            if (i == start || i >= key.length() || key.charAt(i) != ' ') {
                return key.substring(start);
            }
            start = i + 1;
        }
    }
}
