package dev.hindsight.importer;

import dev.hindsight.incident.ExtraSection;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

/**
 * Takes the review layout's sections by heading, preferring an exact heading to a longer one that starts
 * with it ("Communication" before "Communication Lessons", wherever each is), and keeps every section no
 * part of the reader took as an extra section, without the layout's horizontal rules. Not thread-safe: one
 * per import.
 */
final class ReviewSections {

    private final SourceDocument document;
    /** Sections a part of the reader has read. */
    private final Set<Section> read = new LinkedHashSet<>();
    /** Sections the document has marked taken, whoever asked. */
    private final Set<Section> marked = new LinkedHashSet<>();

    ReviewSections(SourceDocument document) {
        this.document = document;
    }

    /**
     * The first unread section with one of these headings (exact first, then one starting with it), numbered
     * or not.
     */
    Optional<Section> take(String... names) {
        for (String name : names) {
            String wanted = Section.normal(name);
            Optional<Section> found = unread().filter(s -> key(s).equals(wanted)).findFirst()
                    .or(() -> unread().filter(s -> key(s).startsWith(wanted + " ")).findFirst());
            if (found.isPresent()) {
                read.add(found.get());
                mark(found.get());
                return found;
            }
        }
        return Optional.empty();
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
        Optional<Section> top = unread().filter(s -> s.level() == 1).findFirst();
        top.ifPresent(s -> {
            read.add(s);
            mark(s);
        });
        return top;
    }

    /** The text before the first heading. */
    List<String> preamble() {
        return document.sections().stream().filter(s -> s.level() == 0).findFirst().map(Section::lines)
                .orElse(List.of());
    }

    /**
     * Every section nothing read that holds more than rules and guidance, as an extra section; each is noted.
     */
    List<ExtraSection> rest(ImportContext context) {
        List<ExtraSection> extras = new ArrayList<>();
        for (Section s : document.sections()) {
            if (s.level() == 0 || read.contains(s)) {
                continue;
            }
            mark(s);
            String body = body(s);
            if (!body.isBlank()) {
                extras.add(new ExtraSection(s.heading(), body));
                context.note("section '" + s.heading() + "' has no field of its own; kept as an extra section");
            }
        }
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
        return line.strip().matches("-{3,}|\\*{3,}|_{3,}");
    }

    /** The heading's key without a leading number ("2.1 Basic Information" is "basic information"). */
    private static String key(Section s) {
        return s.key().replaceFirst("^(?:\\d+ )+", "");
    }

    private Stream<Section> unread() {
        return document.sections().stream().filter(s -> s.level() > 0 && !read.contains(s));
    }

    /**
     * Makes the document count the section as taken. The document takes the first untaken section matching a
     * heading, which may be another one starting with the same words; those are marked too and stay unread, so
     * they still end up as extra sections or are read later.
     */
    private void mark(Section wanted) {
        if (marked.contains(wanted)) {
            return;
        }
        for (int i = 0; i <= document.sections().size(); i++) {
            Optional<Section> got = document.take(wanted.heading());
            if (got.isEmpty()) {
                return;
            }
            marked.add(got.get());
            if (got.get().equals(wanted)) {
                return;
            }
        }
    }
}
