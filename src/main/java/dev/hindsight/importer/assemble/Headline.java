package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.sections.DocSection;
import dev.hindsight.importer.sections.Outline;
import dev.hindsight.importer.sections.Vocabulary;
import java.util.Locale;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The document's title, and which section's heading it is: front matter's title, else the first top heading that
 * is not a section name ("Summary"), else the first such heading of any level, else the first line of text.
 *
 * @param text    the title as written
 * @param lines   where it came from
 * @param section the section whose heading it is (its own blocks are the introduction), or -1
 */
record Headline(String text, Lines lines, int section) {

    /** "SEV-0107: Billing queue stalled", "INC-2025-0042 - DNS outage": an incident id written before the title. */
    private static final java.util.regex.Pattern ID_FIRST = java.util.regex.Pattern.compile(
            "^([A-Z][A-Z0-9]{0,15}-\\d{3}[A-Za-z0-9-]{0,40})\\s*[:\\-–—]\\s+(\\S.*)$");

    /** The incident id the title starts with, if it starts with one. */
    Optional<String> id() {
        java.util.regex.Matcher m = ID_FIRST.matcher(text);
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** The title without an incident id in front of it. */
    String title() {
        java.util.regex.Matcher m = ID_FIRST.matcher(text);
        return m.matches() ? m.group(2).strip() : text;
    }

    /**
     * The document's first heading when it is a top heading that names no section: the page's own heading under a
     * front matter that gives the title ("# \"No delivery windows available\" — incident review"), whose opening
     * lines ("> **Severity:** SEV-1") are the document's header as they would be without the front matter; else -1.
     */
    private static int headingUnderFrontMatter(Outline outline, Vocabulary vocabulary) {
        for (DocSection s : outline.sections()) {
            if (s.heading() != null) {
                return s.level() == 1 && !s.title().isBlank() && vocabulary.kindOf(s.title(), "").isEmpty()
                        ? s.index() : -1;
            }
        }
        return -1;
    }

    private static final Set<String> TITLE_KEYS = Set.of("title", "name", "headline", "incident", "incident_title");
    static final int MAX = 200;

    static Optional<Headline> of(Outline outline, Vocabulary vocabulary, ImportLog log) {
        for (DocSection s : outline.sections()) {
            for (Block b : s.blocks()) {
                if (b.is(Block.Kind.FRONT_MATTER) && TITLE_KEYS.contains(b.cells().get(0).toLowerCase(Locale.ROOT))
                        && !b.cells().get(1).isBlank()) {
                    return Optional.of(new Headline(oneLine(b.cells().get(1)), b.lines(),
                            headingUnderFrontMatter(outline, vocabulary)));
                }
            }
        }
        // Failing a top heading, the title is a heading at the outline's top level: a subsection's own name
        // ("P0 Action Items") is not the document's title.
        int top = outline.sections().stream().filter(s -> s.heading() != null).mapToInt(DocSection::level).min()
                .orElse(1);
        Optional<Headline> only = onlyTopHeading(outline, vocabulary);
        if (only.isPresent()) {
            return only;
        }
        for (int pass = 0; pass < 2; pass++) {
            for (DocSection s : outline.sections()) {
                if (s.heading() == null || s.title().isBlank()) {
                    continue;
                }
                boolean known = vocabulary.kindOf(s.title(), "").isPresent();
                if ((pass == 1 ? s.level() == top : s.level() == 1) && !known) {
                    return Optional.of(new Headline(oneLine(s.title()), s.heading().lines(), s.index()));
                }
                if (pass == 1 && known && s.level() == top) {
                    break; // a title stands before the sections it heads: "5. SERVICE CREDITS" after them is one
                }
            }
        }
        for (DocSection s : outline.sections()) {
            for (Block b : s.blocks()) {
                if (!b.is(Block.Kind.FRONT_MATTER) && !b.text().isBlank()) {
                    String first = b.text().strip().split("\n", 2)[0];
                    log.guess("title", "the document has no title heading; its first line is taken as the title",
                            Lines.of(b.lines().first()));
                    return Optional.of(new Headline(oneLine(first), Lines.of(b.lines().first()), -1));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "# Response log and review: reporting replica lag (RB-DB-07)" over "##" sections: the document's one top
     * heading, its first, is its title though it starts with a section's words, unless it is exactly a section's
     * name ("# Summary").
     */
    private static Optional<Headline> onlyTopHeading(Outline outline, Vocabulary vocabulary) {
        List<DocSection> headed = outline.sections().stream().filter(s -> s.heading() != null).toList();
        if (headed.size() < 2 || headed.get(0).level() != 1 || headed.get(0).title().isBlank()
                || headed.stream().skip(1).anyMatch(s -> s.level() == 1)) {
            return Optional.empty();
        }
        DocSection first = headed.get(0);
        String title = oneLine(first.title());
        return vocabulary.names(title) || title.indexOf(' ') < 0 ? Optional.empty()
                : Optional.of(new Headline(title, first.heading().lines(), first.index()));
    }

    /** Compiled once: {@code String.replaceAll} compiled it for every candidate headline. */
    private static final java.util.regex.Pattern SPACES = java.util.regex.Pattern.compile("\\s+");

    private static String oneLine(String text) {
        String one = SPACES.matcher(text).replaceAll(" ").strip();
        return one.length() > MAX ? one.substring(0, MAX - 3).strip() + "..." : one;
    }
}
