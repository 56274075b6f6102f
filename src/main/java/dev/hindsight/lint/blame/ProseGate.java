package dev.hindsight.lint.blame;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which sentences the learned stage ({@link LikelyBlame}) may judge: prose in a narrative field, long enough to be a
 * sentence, with a verb, about a person the check is sure of or the writers themselves ("I", "we"), and not a chat
 * line, a quotation, a heading, a table row or a "Name — Role" line. Real records are mostly lists and tables and
 * almost never blame; a model of words takes names and roles for blame, so it is kept to where blame is written.
 */
final class ProseGate {

    private static final Set<String> NOT_PROSE = read("/lint/not-prose-fields.txt");
    private static final Pattern CHAT_LINE =
            Pattern.compile("\\s*(\\[?\\d{1,2}:\\d{2}(:\\d{2})?\\]?\\s*)?<[^<>\\s]{1,40}>");
    /** "Aisha Bello — Release Manager", "- Tom: comms", "Priya (incident commander)": a person and a role. */
    private static final Pattern NAME_AND_ROLE = Pattern.compile(
            "^\\s*([-*•]|\\d+[.)])?\\s*\\**[\\p{Lu}@][\\p{L}.'’-]*(\\s+\\p{Lu}[\\p{L}.'’-]*){0,3}\\**\\s*(—|–|-|:|\\(|,)");
    /** A name-and-role line is short; a longer one is a sentence that happens to start with a name. */
    private static final int LONGEST_ROLE_LINE = 80;
    private static final int FEWEST_WORDS = 6;

    private ProseGate() {
    }

    /** Whether the field at this path (null for a sentence with no record around it) holds narrative prose. */
    static boolean narrative(String field) {
        if (field == null) {
            return true;
        }
        // The path's names between dots and brackets ("timeline[3].description"), split by hand: a regular
        // expression compiled for each sentence was a twentieth of checking a record.
        int from = 0;
        for (int i = 0; i <= field.length(); i++) {
            if (i == field.length() || separator(field.charAt(i))) {
                if (i > from && NOT_PROSE.contains(field.substring(from, i))) {
                    return false;
                }
                from = i + 1;
            }
        }
        return true;
    }

    private static boolean separator(char c) {
        return c == '.' || c == '[' || c == ']';
    }

    /** The cheap part of the gate: where the sentence is and what it looks like, and who it is about. */
    static boolean open(String field, String sentence, List<Token> tokens, List<People.Mention> people) {
        if (!narrative(field) || tokens.size() < FEWEST_WORDS || sentence.indexOf('|') >= 0) {
            return false;
        }
        String s = sentence.strip();
        if (s.startsWith("#") || s.startsWith(">") || s.startsWith("\"") || s.startsWith("“")
                || CHAT_LINE.matcher(s).lookingAt()
                || s.length() < LONGEST_ROLE_LINE && NAME_AND_ROLE.matcher(s).lookingAt()) {
            return false;
        }
        return people.stream().anyMatch(People.Mention::sure)
                || tokens.stream().anyMatch(t -> t.written().equals("I") || t.lower().equals("we"));
    }

    /** The tagger's part, asked last because it costs most: a verb, and "I"/"we" as a subject when no one else is. */
    static boolean hasSubjectAndVerb(List<Token> tokens, List<People.Mention> people) {
        String[] tags = PartsOfSpeech.of(tokens);
        boolean verb = false;
        boolean writers = false;
        for (int i = 0; i < tags.length; i++) {
            verb |= tags[i].equals("VERB");
            String w = tokens.get(i).written();
            if ((w.equals("I") || w.equalsIgnoreCase("we")) && i + 1 < tags.length
                    && (tags[i + 1].equals("VERB") || tags[i + 1].equals("AUX") || tags[i + 1].equals("ADV"))) {
                writers = true;
            }
        }
        return verb && (writers || people.stream().anyMatch(People.Mention::sure));
    }

    private static Set<String> read(String resource) {
        try (InputStream in = ProseGate.class.getResourceAsStream(resource)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#")).collect(Collectors.toUnmodifiableSet());
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
