package dev.hindsight.importer.read;

import dev.hindsight.importer.words.NameParticles;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One line of a people list, read into the people it names: "Name (Role)", "Name - Role", "Role: Name",
 * "Role: Name, Name", "Name, Role", "@handle @handle", initials ("RF, PW, RR"), or a bare name. A line that is
 * only a label ("Incident Commander:") names what follows it; a sentence is prose, not people. Thread-safe.
 */
final class PersonLine {

    /** A person as written; {@code guess} says what was read by guessing (null when nothing was). */
    record Person(String name, String role, String team, String discipline, String link, String guess) {
    }

    /** What the people after a label or under a heading are, unless they say otherwise. */
    record Defaults(String role, String team) {
        static final Defaults NONE = new Defaults("", "");
    }

    /** A line's reading: its people; or the label it is; or prose ({@code people} empty, no label). */
    record Reading(List<Person> people, String label, boolean prose) {
        static final Reading NOTHING = new Reading(List.of(), null, false);
        static final Reading PROSE = new Reading(List.of(), null, true);
    }

    private static final Pattern MARKER = Pattern.compile("(?:[-*•+]|\\d{1,3}[.)])\\s+|\\[[ xX]\\]\\s*");
    private static final Pattern SPACES = Pattern.compile("\\s+");
    /** Between the "Role: Name" pairs of one line: a middle dot, a bullet or a bar, spaced. */
    private static final Pattern PAIRS = Pattern.compile("\\s+[·•|]\\s+");
    private static final Pattern PARENTHESISED = Pattern.compile("([^()]{1,100}?)\\s*\\(([^()]{1,100})\\)");
    private static final Pattern DASH = Pattern.compile("\\s[-–—]\\s");
    private static final Pattern AND = Pattern.compile("(?i)\\s(?:and|&)\\s");
    private static final Pattern HANDLE = Pattern.compile("@[\\w.-]{1,100}+");
    private static final Pattern LINK = Pattern.compile("(?i)(?:https?://|mailto:)\\S{1,2000}+");
    private static final Pattern INITIALS = Pattern.compile("(?:[A-Z]\\.?){1,4}");
    private static final int NAME_WORDS = 5;

    private PersonLine() {
    }

    static Reading read(String written, Defaults defaults, Roles roles) {
        String t = SPACES.matcher(written).replaceAll(" ").strip();
        Matcher marker = MARKER.matcher(t);
        t = marker.lookingAt() ? t.substring(marker.end()) : t;
        if (t.isEmpty() || ActionText.isPlaceholder(t)) {
            return Reading.NOTHING;
        }
        Reading pairs = pairs(t, defaults, roles);
        if (pairs != null) {
            return pairs;
        }
        int colon = labelEnd(t);
        if (colon > 0) {
            String label = t.substring(0, colon).strip();
            String rest = t.substring(colon + 1).strip();
            if (rest.isEmpty()) {
                return new Reading(List.of(), label, false);
            }
            // "Responder: Maya" names a role when the organisation has one called that.
            if (Roles.isGeneral(label) && !roles.isConfigured(label)) {
                return people(rest, defaults, roles);
            }
            if (Roles.isTeam(label)) {
                return people(rest, new Defaults(defaults.role(), label), roles);
            }
            if (roles.isRole(label) || !roles.isRole(rest) || namedWithRole(rest)) {
                return people(rest, new Defaults(label, defaults.team()), roles);
            }
            Person one = person(label, new Defaults(rest, defaults.team()), roles);
            return one == null ? Reading.PROSE : new Reading(List.of(one), null, false);
        }
        if (t.endsWith(":")) {
            return new Reading(List.of(), t.substring(0, t.length() - 1).strip(), false);
        }
        return people(t, defaults, roles);
    }

    /**
     * A header line of several "Role: Name" pairs ("ic: @bo.k · scribe: @nadia.r", "IC: Ana | Comms: Raj"): the
     * people of every pair, each with its role. Null when the line is not made of such pairs alone, when a label
     * is not a role, or when any pair names no one: it is then read as one line.
     */
    private static Reading pairs(String t, Defaults defaults, Roles roles) {
        if (t.indexOf('·') < 0 && t.indexOf('•') < 0 && t.indexOf('|') < 0) {
            return null;
        }
        String[] parts = PAIRS.split(t);
        if (parts.length < 2) {
            return null;
        }
        List<Person> out = new ArrayList<>();
        for (String part : parts) {
            int colon = labelEnd(part.strip());
            if (colon <= 0 || !roles.isRole(part.strip().substring(0, colon).strip())) {
                return null; // "Name: Ana | Team: Payments" is one person's fields, not two people
            }
            Reading one = read(part, defaults, roles);
            if (one.people().isEmpty()) {
                return null;
            }
            out.addAll(one.people());
        }
        return new Reading(out, null, false);
    }

    /** Where a "Label: rest" line's label ends: a colon before a space or the end, after at most six words. */
    private static int labelEnd(String t) {
        int colon = t.indexOf(':');
        if (colon <= 0 || colon > 60 || colon + 1 < t.length() && t.charAt(colon + 1) != ' ') {
            return -1;
        }
        String label = t.substring(0, colon);
        return label.indexOf('/') < 0 && label.indexOf(',') < 0 && SPACES.split(label.strip()).length <= 6 ? colon
                : -1;
    }

    private static Reading people(String text, Defaults defaults, Roles roles) {
        List<String> pieces = pieces(text);
        if (pieces.size() == 2 && !INITIALS.matcher(pieces.get(0)).matches() && pieces.get(1).indexOf('(') < 0
                && roles.isRole(pieces.get(1)) && !roles.isRole(pieces.get(0))) {
            Person one = person(pieces.get(0), new Defaults(pieces.get(1), defaults.team()), roles);
            return one == null ? Reading.PROSE : new Reading(List.of(one), null, false);
        }
        List<Person> out = new ArrayList<>();
        for (String piece : pieces) {
            if (ActionText.isPlaceholder(piece)) {
                continue;
            }
            Person p = person(piece, defaults, roles);
            if (p == null) {
                return Reading.PROSE;
            }
            out.add(p);
        }
        return new Reading(out, null, false);
    }

    /** The names of a list: split at commas and semicolons outside brackets, at "and" and "&", and between handles. */
    private static List<String> pieces(String text) {
        List<String> out = new ArrayList<>();
        int depth = 0;
        int from = 0;
        for (int i = 0; i <= text.length(); i++) {
            char c = i < text.length() ? text.charAt(i) : ',';
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
            if ((c == ',' || c == ';') && depth == 0) {
                for (String part : AND.split(text.substring(from, i))) {
                    handles(part.strip(), out);
                }
                from = i + 1;
            }
        }
        return out;
    }

    /** "@ann @bob" is two people; other text one piece. */
    private static void handles(String part, List<String> out) {
        if (part.isEmpty()) {
            return;
        }
        if (part.startsWith("@") && part.indexOf(' ') > 0) {
            String[] words = SPACES.split(part);
            boolean allHandles = true;
            for (String word : words) {
                allHandles &= HANDLE.matcher(word).matches();
            }
            if (allHandles) {
                out.addAll(List.of(words));
                return;
            }
        }
        out.add(part);
    }

    /** One person: "Name (Role)", "Name - Role", "Role - Name", a name; null when the text is not a name. */
    private static Person person(String piece, Defaults defaults, Roles roles) {
        String name = piece.strip();
        String role = defaults.role();
        String team = defaults.team();
        String discipline = "";
        String link = "";
        String guess = null;
        Matcher dash = DASH.matcher(name);
        if (dash.find() && outsideBrackets(name, dash.start())) { // not "Mariana Cantú (IT — plant systems)"
            String left = name.substring(0, dash.start()).strip();
            String right = name.substring(dash.end()).strip();
            boolean roleFirst = roles.isRole(left) && !roles.isRole(right);
            name = roleFirst ? right : left;
            role = roleFirst ? left : right;
        }
        Matcher bracket = PARENTHESISED.matcher(name);
        if (bracket.matches()) {
            name = bracket.group(1).strip();
            String inside = bracket.group(2).strip();
            if (HANDLE.matcher(inside).matches() || LINK.matcher(inside).matches()) {
                link = inside;
            } else if (roles.discipline(inside).isPresent()) {
                discipline = roles.discipline(inside).get();
            } else if (Roles.isTeam(inside)) {
                team = inside;
            } else if (role.isEmpty() || roles.isRole(inside)) {
                role = inside;
            } else {
                team = inside;
                guess = "read '" + inside + "' beside " + name + " (whose role is " + role + ") as their team";
            }
        }
        return isName(name) ? new Person(name, roles.role(role), team, discipline, link, guess) : null;
    }

    /** "Lucía Garza (Plant Manager)": a name with its role beside it, so the label before it is a role too. */
    private static boolean namedWithRole(String rest) {
        Matcher m = PARENTHESISED.matcher(rest);
        return m.matches() && isName(m.group(1).strip());
    }

    private static boolean outsideBrackets(String text, int at) {
        int depth = 0;
        for (int i = 0; i < at; i++) {
            char c = text.charAt(i);
            depth += c == '(' ? 1 : c == ')' && depth > 0 ? -1 : 0;
        }
        return depth == 0;
    }

    /**
     * Whether text reads as a name, a handle or initials rather than a sentence: at most five words, a letter in
     * it, no colon, and not mostly lower-case words ("we paged the database team"); particles ("de la") aside.
     */
    static boolean isName(String text) {
        if (text.isEmpty() || text.length() > 80 || text.indexOf(':') >= 0 || text.endsWith(".") && text.length() > 3
                && !INITIALS.matcher(text.substring(text.lastIndexOf(' ') + 1)).matches()) {
            return false;
        }
        String[] words = SPACES.split(text);
        if (words.length > NAME_WORDS || text.chars().noneMatch(Character::isLetter)) {
            return false;
        }
        int lower = 0;
        for (String word : words) {
            if (Character.isLowerCase(word.charAt(0)) && !NameParticles.contains(word)) {
                lower++;
            }
        }
        return words.length == 1 || lower * 2 < words.length;
    }
}
