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
 * sentence, with a verb, and not a chat line, a quotation, a heading, a table row or a "Name — Role" line. Real
 * records are mostly lists and tables and almost never blame; a model of words takes names and roles for blame, so
 * it is kept to where blame is written. It no longer asks for a person the check is sure of (session 14): half of
 * the blame the rules missed in the fourth unseen set named its people in ways the check does not know ("a clerk in
 * the registry office", "legal", "Oyelaran", "our ops people") and never reached the model; the model is trained on
 * the real records' sentences this gate lets through, so it learns what prose without blame looks like there.
 */
final class ProseGate {

    private static final Set<String> NOT_PROSE = read("/lint/not-prose-fields.txt");
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
        Boolean known = NARRATIVE.get(field);
        if (known != null) {
            return known;
        }
        boolean narrative = narrativePath(field);
        if (NARRATIVE.size() < REMEMBERED_FIELDS) {
            NARRATIVE.put(field, narrative);
        }
        return narrative;
    }

    /**
     * The answer for each field path asked about, so a path is split once rather than for every record: records
     * share their paths ("analysis.summary", "timeline[3].text"), and splitting one was a fortieth of checking a
     * record. Bounded, so odd paths cannot grow it without end.
     */
    private static final java.util.Map<String, Boolean> NARRATIVE = new java.util.concurrent.ConcurrentHashMap<>();
    private static final int REMEMBERED_FIELDS = 4096;

    private static boolean narrativePath(String field) {
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

    /** The cheap part of the gate: where the sentence is and what it looks like. */
    static boolean open(String field, String sentence, List<Token> tokens) {
        return narrative(field) && prose(sentence, tokens);
    }

    /** What the sentence looks like: {@link #open} for a sentence in a narrative field, asked once per field. */
    static boolean prose(String sentence, List<Token> tokens) {
        if (tokens.size() < FEWEST_WORDS || sentence.indexOf('|') >= 0) {
            return false;
        }
        String s = sentence.strip();
        if (s.startsWith("#") || s.startsWith(">") || s.startsWith("\"") || s.startsWith("“")
                || QuotedChat.line(s)
                || s.length() < LONGEST_ROLE_LINE && roleMark(s) && NAME_AND_ROLE.matcher(s).lookingAt()
                || separatedFields(s) || labelledFields(s)) {
            return false;
        }
        return true;
    }

    /** "Incident 2026-11-14 · SEV2 · Reporting platform · Written by …": fields of a header, not a sentence. */
    private static boolean separatedFields(String s) {
        int marks = 0;
        for (int i = 0; i < s.length() && marks < 2; i++) {
            char c = s.charAt(i);
            marks += c == '·' || c == '•' ? 1 : 0;
        }
        return marks >= 2;
    }

    /**
     * "Report number: SQ-OR-0412 Reporter: Crew Control duty officer Investigator: …", "Present: Gareth Lloyd (GL), …
     * Apologies: …": a form's labels run together, each a capitalised word or two before ": ", not a sentence.
     */
    private static boolean labelledFields(String s) {
        int labels = 0;
        for (int i = s.indexOf(": "); i > 0 && labels < 2; i = s.indexOf(": ", i + 2)) {
            labels += capitalisedLabelBefore(s, i) ? 1 : 0;
        }
        return labels >= 2;
    }

    /** Whether one of the two words before the colon at {@code colon} starts with a capital: "Report number". */
    private static boolean capitalisedLabelBefore(String s, int colon) {
        int end = colon;
        for (int word = 0; word < 2; word++) {
            int start = end;
            while (start > 0 && Character.isLetter(s.charAt(start - 1))) {
                start--;
            }
            if (start == end) {
                return false;
            }
            if (Character.isUpperCase(s.charAt(start))) {
                return true;
            }
            if (start == 0 || s.charAt(start - 1) != ' ') {
                return false;
            }
            end = start - 1;
        }
        return false;
    }

    /**
     * Whether the line holds a mark {@link #NAME_AND_ROLE} needs after the name ("—", "–", "-", ":", "(", ","):
     * without one the pattern cannot match, and a look at the characters is cheaper than trying it.
     */
    private static boolean roleMark(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '—' || c == '–' || c == '-' || c == ':' || c == '(' || c == ',') {
                return true;
            }
        }
        return false;
    }

    /** The tagger's part, asked last because it costs most: a verb, so that a fragment or a label is not judged. */
    static boolean hasVerb(List<Token> tokens) {
        for (String tag : PartsOfSpeech.of(tokens)) {
            if (tag.equals("VERB")) {
                return true;
            }
        }
        return false;
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
