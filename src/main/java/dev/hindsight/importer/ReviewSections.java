package dev.hindsight.importer;

import dev.hindsight.incident.ExtraSection;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * Takes the review layout's sections by heading, preferring an exact heading to a longer one that starts
 * with it ("Communication" before "Communication Lessons", wherever each is), and keeps every section no
 * part of the reader took as an extra section, without the layout's horizontal rules. Not thread-safe: one
 * per import.
 *
 * <p>The reader asks for some forty headings per document, so each heading's key is worked out once here and
 * sections are tracked by identity: a record's hash would walk all its lines on every lookup.
 */
final class ReviewSections {

    /** The readers ask for the same few dozen names in every document. */
    private static final Map<String, String> NORMAL_NAMES = new ConcurrentHashMap<>();
    private static final Pattern RULE = Pattern.compile("-{3,}|\\*{3,}|_{3,}");

    private final SourceDocument document;
    /** The sections under a heading, in document order, and each one's key ({@link #key}). */
    private final List<Section> headed = new ArrayList<>();
    private final List<String> keys = new ArrayList<>();
    /** Sections a part of the reader has read. */
    private final Set<Section> read = Collections.newSetFromMap(new IdentityHashMap<>());

    ReviewSections(SourceDocument document) {
        this.document = document;
        // The document has normalised every heading already; only the numbering is dropped here.
        List<Section> all = document.sections();
        List<String> allKeys = document.keys();
        for (int i = 0; i < all.size(); i++) {
            Section s = all.get(i);
            if (s.level() > 0) {
                headed.add(s);
                keys.add(withoutNumber(allKeys.get(i)));
            }
        }
    }

    /**
     * The first unread section with one of these headings (exact first, then one starting with it), numbered
     * or not.
     */
    Optional<Section> take(String... names) {
        for (String name : names) {
            String wanted = NORMAL_NAMES.computeIfAbsent(name, Section::normal);
            Section found = unread(wanted, true);
            if (found == null) {
                found = unread(wanted, false);
            }
            if (found != null) {
                read.add(found);
                return Optional.of(found);
            }
        }
        return Optional.empty();
    }

    /** The first unread section whose key is the wanted one (exact) or starts with it and a space. */
    private Section unread(String wanted, boolean exact) {
        for (int i = 0; i < headed.size(); i++) {
            String key = keys.get(i);
            boolean matches = exact ? key.equals(wanted)
                    : key.length() > wanted.length() && key.charAt(wanted.length()) == ' ' && key.startsWith(wanted);
            if (matches && !read.contains(headed.get(i))) {
                return headed.get(i);
            }
        }
        return null;
    }

    /** The lines of the section, or none when it is missing. */
    List<String> lines(String... names) {
        return take(names).map(Section::lines).orElse(List.of());
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
        for (Section s : headed) {
            if (s.level() == 1 && !read.contains(s)) {
                read.add(s);
                return Optional.of(s);
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
        for (Section s : document.sections()) {
            if (s.level() == 0 || read.contains(s)) {
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
