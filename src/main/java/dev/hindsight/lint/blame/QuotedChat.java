package dev.hindsight.lint.blame;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Chat quoted in a record: what was said during the incident, which the review records and does not say itself, so
 * neither the rules nor the learned stage judge it. Stateless.
 */
final class QuotedChat {

    /**
     * A chat line pasted without quotation marks: an optional time, then a handle in angle brackets; also after
     * the channel it came from ("From #live-ops: <dana> …").
     */
    private static final Pattern CHAT_LINE = Pattern.compile(
            "\\s*([Ff]rom\\s+#[\\w.-]{1,40}:\\s*)?(\\[?\\d{1,2}:\\d{2}(:\\d{2})?\\]?\\s*)?<[^<>\\s]{1,40}>");
    /** "@ravi.s: …", and in a quotation "> @jonas.b 11:33 — …": a handle, a colon or a time and a dash. */
    private static final Pattern HANDLE_SPEAKER = Pattern.compile("\\s*(>\\s*)?(\\[?\\d{1,2}:\\d{2}(:\\d{2})?\\]?\\s*)?"
            + "\\**@[\\w.-]{1,40}\\**(:|\\s+\\[?\\d{1,2}:\\d{2}(:\\d{2})?\\]?\\s*[—–-])");
    /**
     * In a quotation, a chat handle written without its "@" before a colon, "> **felix.b:** ugh, that's on me": lower
     * case, as handles are, so a callout's "> **Note:** …" is not taken for a speaker.
     */
    private static final Pattern QUOTED_HANDLE = Pattern.compile(
            "\\s*>\\s*(\\[?\\d{1,2}:\\d{2}(:\\d{2})?\\]?\\s*)?\\**\\p{Ll}[\\p{Ll}\\d._-]{0,39}\\**:\\**\\s");
    /** In a quotation, a name (bold or not), a clock time and a dash: "> **Gareth** 12:14 — found it." */
    private static final Pattern QUOTED_NAME_AT = Pattern.compile("\\s*>\\s*\\**(\\p{Lu}[\\p{L}'’.-]{1,20})"
            + "( \\p{Lu}[\\p{L}'’.-]{1,20})?\\**\\s+\\[?\\d{1,2}:\\d{2}(:\\d{2})?\\]?\\s*[—–-]");
    private static final Pattern NAME_SPEAKER =
            Pattern.compile("\\s*\\**\\p{Lu}[\\p{L}'’-]{1,20}( \\p{Lu}[\\p{L}'’-]{1,20})?\\**:\\**\\s");

    private QuotedChat() {
    }

    /**
     * "09:03 <yusuf> I think I restarted the wrong service", "> @jonas.b 11:33 — that's on me", "> felix.b: my bad":
     * one chat line.
     */
    static boolean line(String text) {
        return text.indexOf('<') >= 0 && CHAT_LINE.matcher(text).lookingAt()
                || text.stripLeading().startsWith(">") && (HANDLE_SPEAKER.matcher(text).lookingAt()
                || QUOTED_HANDLE.matcher(text).lookingAt());
    }

    /**
     * Whether the sentence starting at {@code at} is on a quoted chat line of the text: after "> @jonas.b 11:33 —",
     * "> felix.b:" or "> Gareth 12:14 —" (a name the check knows) every sentence of the line is the speaker's, not
     * only the first; so is a quoted sentence in the first person singular, unless the quotation is a callout.
     */
    static boolean inQuotedLine(String text, int at, String sentence, BlameWords words) {
        int start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
        if (start >= text.length() || text.charAt(start) != '>' && !text.startsWith(" >", start)) {
            return false; // most lines: no quotation
        }
        int end = text.indexOf('\n', start);
        String line = text.substring(start, end < 0 ? text.length() : end);
        if (line(line)) {
            return true;
        }
        Matcher named = QUOTED_NAME_AT.matcher(line);
        if (named.lookingAt()) {
            // "> Gareth 12:14 —" is a person speaking; "> Monday 14:02 —", "> Update 14:02 —" are the review's notes
            return words.isName(named.group(1).toLowerCase(java.util.Locale.ROOT));
        }
        // A callout ("> **Note:** …", "> [!WARNING]" over it) is the review's own voice, first person or not.
        return !CALLOUT.matcher(firstQuotedLine(text, start)).lookingAt() && !CALLOUT.matcher(line).lookingAt()
                && FIRST_PERSON.matcher(sentence).find();
    }

    /** The first line of the quotation the line starting at {@code start} is in. */
    private static String firstQuotedLine(String text, int start) {
        int first = start;
        while (first > 0) {
            int previous = text.lastIndexOf('\n', first - 2) + 1;
            if (text.charAt(previous) != '>' && !text.startsWith(" >", previous)) {
                break;
            }
            first = previous;
        }
        int end = text.indexOf('\n', first);
        return text.substring(first, end < 0 ? text.length() : end);
    }

    /** A quotation that is the review's own callout: "> **TL;DR:** …", "> **Note:** …", "> [!WARNING]". */
    private static final Pattern CALLOUT = Pattern.compile("\\s*>\\s*(?:\\[!|\\*\\*[^*]{1,30}:\\*\\*|\\*\\*[^*]{1,30}\\*\\*:)");

    /**
     * A quotation in the first person singular, "> honestly this one's on me, I approved the MR": someone's own
     * words (a comment pasted from the ticket), as a review speaks of "we" or of people by name.
     */
    private static final Pattern FIRST_PERSON = Pattern.compile(
            "\\b(?:I(?= [a-z])|I'm|I've|I'll|I'd|me|my|mine|myself)\\b");

    /**
     * A message quoted as a whole field, whose every sentence is the speaker's: "@ravi.s: ugh, I forgot it still
     * runs on Fridays" anywhere, and in a timeline's details also a name before a colon ("Kenji: I think I
     * restarted the wrong one"); in a timeline entry's text, a name before a colon and then the first person, as a
     * group chat's export gives each message ("Joy Tan: I didn't print it last night sorry. That's on me").
     */
    static boolean wholeField(String field, String text) {
        // A handle's "@" first: asked of every field, most of which have none, for which no matcher need be made.
        return text.indexOf('@') >= 0 && HANDLE_SPEAKER.matcher(text).lookingAt() || field != null
                && field.startsWith("timeline[") && speakerColon(text) && NAME_SPEAKER.matcher(text).lookingAt()
                && (field.contains("details") || FIRST_PERSON.matcher(text).find());
    }

    /**
     * Whether the text's first colon could close a speaker's name: near the start, after a letter or a bold mark.
     * Most timeline entries' first colon is a time's ("14:02"), which rules the pattern out without running it.
     */
    private static boolean speakerColon(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 48) {
            return false;
        }
        char before = text.charAt(colon - 1);
        return Character.isLetter(before) || before == '*';
    }
}
