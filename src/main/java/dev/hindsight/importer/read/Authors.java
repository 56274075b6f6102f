package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.words.ReadingWords;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Who wrote the post-mortem, as documents say it: "Created by: NAME", "Author(s): ...", "Prepared by NAME",
 * "Written by", "Post-mortem owner:", front matter {@code author} or {@code authors}, or a two-cell table row
 * ("| Author | Ann Lee |"). Thread-safe.
 */
final class Authors {

    private static final String BY = "(?:(?:written|prepared|created|authored|compiled|drafted)|(?:posted|published)\\b[^\\n]{0,40}?) by";
    private static final Pattern LABELLED = Pattern.compile("(?i)\\s*(?:authors?|author\\(s\\)|"
            + "post-?mortem (?:owner|author)s?|(?:incident )?report (?:owner|author)s?|document owners?|" + BY
            + ")\\s*:\\s*(\\S.*)");
    /** An author label with its value on the next line: "Report prepared by:", "Authors:". */
    private static final Pattern LABEL_ALONE = Pattern.compile("(?i)\\s*(?:(?:incident |post-?mortem )?report\\s+)?"
            + "(?:authors?|author\\(s\\)|" + BY + ")\\s*:\\s*");
    private static final Pattern PHRASE = Pattern.compile("(?i)\\s*" + BY + "\\s+(\\S.*)");
    /** "Prepared by Ann Lee on 2025-03-02": the date is not part of the name. */
    private static final Pattern DATED = Pattern.compile("(?i)\\s+(?:on|at)\\s+\\S*\\d.*$|[\\s,;]+\\d{4}-\\d{2}-\\d{2}.*$");
    /** What page exports add after the name: "· Reviewed", ", last modified by Bo on Jun 16". */
    private static final Pattern TRAILER = Pattern.compile(
            "(?i)\\s*(?:[·|]|,?\\s+(?:last\\s+)?(?:modified|updated|edited|reviewed)\\b).*$");
    private static final Set<String> KEYS = Set.of("author", "authors", "author s", "author name", "authors name",
            "created by", "written by", "prepared by", "postmortem owner", "post mortem owner", "document owner",
            "report author", "posted by");
    /** Between sentences on one line: a full stop and a space, not the dot of "J. Doe" or "v1.2". */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=\\p{L}{2}|\\d)\\.\\s+(?=\\p{Lu})");
    /** The most characters the record's author field holds. */
    private static final int LONGEST = 200;

    private Authors() {
    }

    static Optional<Sourced<String>> find(Iterable<Block> blocks) {
        for (Block b : blocks) {
            Optional<Sourced<String>> found = switch (b.kind()) {
                case FRONT_MATTER -> b.cells().size() == 2 && KEYS.contains(ReadingWords.normal(lastKey(b.cells().get(0))))
                        ? value(b.cells().get(1), b.lines()) : Optional.empty();
                case TABLE_ROW -> b.cells().size() >= 2 && KEYS.contains(ReadingWords.normal(b.cells().get(0)))
                        ? value(b.cells().get(1), b.lines()) : Optional.empty();
                case PARAGRAPH, LIST_ITEM, QUOTE, HEADING -> lines(b);
                default -> Optional.empty();
            };
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    private static Optional<Sourced<String>> lines(Block b) {
        String[] lines = b.text().split("\n");
        for (int k = 0; k < lines.length; k++) {
            String line = lines[k];
            if (line.length() > 400 || !mayName(line)) {
                continue;
            }
            Lines at = b.lines().first() + k <= b.lines().last() ? Lines.of(b.lines().first() + k) : b.lines();
            if (k + 1 < lines.length && LABEL_ALONE.matcher(line).matches()) {
                // "**Report Prepared By:**" and the name on the line below it.
                Lines both = b.lines().first() + k + 1 <= b.lines().last()
                        ? new Lines(b.lines().first() + k, b.lines().first() + k + 1) : b.lines();
                Optional<Sourced<String>> found = value(lines[k + 1], both);
                if (found.isPresent()) {
                    return found;
                }
            }
            // "Incident on 2025-11-18. Author: Selin Aydın. Reviewed on 2025-11-20.": each sentence of the line.
            for (String sentence : SENTENCE_END.split(line)) {
                Matcher m = LABELLED.matcher(sentence);
                if (m.matches() || (m = PHRASE.matcher(sentence)).matches()) {
                    Optional<Sourced<String>> found = value(m.group(1), at);
                    if (found.isPresent()) {
                        return found;
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * Whether the line holds a word every author label and phrase has ("author", "owner", "by"), in any case:
     * most lines hold none, and are not split into sentences and matched.
     */
    private static boolean mayName(String line) {
        for (int i = 0; i + 1 < line.length(); i++) {
            char c = (char) (line.charAt(i) | 0x20); // lowers an ASCII letter; only those open the words
            if (c == 'b' && line.regionMatches(true, i, "by", 0, 2)
                    || c == 'a' && line.regionMatches(true, i, "author", 0, 6)
                    || c == 'o' && line.regionMatches(true, i, "owner", 0, 5)) {
                return true;
            }
        }
        return false;
    }

    /** Front matter nests keys ("extra.author" in a Zola post): the last part names the field. */
    private static String lastKey(String key) {
        return key.substring(key.lastIndexOf('.') + 1);
    }

    private static Optional<Sourced<String>> value(String written, Lines lines) {
        if (written.length() > 2 * LONGEST) {
            return Optional.empty();
        }
        String v = ReadingWords.trimmed(DATED.matcher(TRAILER.matcher(written.strip()).replaceFirst(""))
                .replaceFirst(""), ",;.");
        if (v.isEmpty() || v.length() > LONGEST || v.indexOf('\n') >= 0 || ActionText.isPlaceholder(v)) {
            return Optional.empty();
        }
        return Optional.of(new Sourced<>(v, lines));
    }
}
