package dev.hindsight.importer.read;

import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.incident.Impact;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Users affected as post-mortems state them: "~30% of users", "about 1,200 customers", "1.2k active users", "all
 * users in eu-west". The description is always the words as written; the count and share are read from them when
 * they state one.
 */
final class AffectedUsers {

    private static final String NOUN = "(?:users?|customers?|accounts?|tenants?|merchants?|clients?|members?"
            + "|subscribers?|visitors?|players?|developers?|organi[sz]ations?|orgs?|patients?|shoppers?|sellers?"
            + "|buyers?|drivers?|riders?|people|workspaces?)\\b";
    /**
     * What each of {@link #NOUN}'s words starts with ("org" for "organisations"): a line where none follows white
     * space names no users, and none of the prose patterns is tried on it.
     */
    static final String[] NOUN_STARTS = {"user", "customer", "account", "tenant", "merchant", "client", "member",
        "subscriber", "visitor", "player", "developer", "org", "patient", "shopper", "seller", "buyer", "driver",
        "rider", "people", "workspace"};
    /** Words that may stand between the figure and the noun; a closed list, so "2 hours for users" is no count. */
    private static final String ADJECTIVES = "(?:(?:active|paying|unique|enterprise|affected|impacted|mobile|web|ios"
            + "|android|premium|free|trial|new|existing|internal|external|end|business|logged-in|signed-in|eu|us|uk"
            + "|apac|emea|european|our|the|of|all|total)\\s+){0,3}";
    /** The longest of {@link #ABOUT}'s words, "approximately": how far before a number's white space one may start. */
    private static final int ABOUT_REACH = 13;
    private static final String ABOUT = "(?:(?:~|≈|about|approximately|approx\\.?|around|roughly|nearly|almost|over"
            + "|more than|less than|fewer than|up to|an estimated|estimated|at least|some)\\s*)?";
    /**
     * Figures start where a number starts: never inside one, so a long run of digits is not tried at each; nor after
     * a currency sign ("$12 customers" is a price).
     */
    private static final String STARTS = "(?<![\\d$€£¥])(?<!\\d[.,])";
    static final Pattern PERCENT = Pattern.compile("(?i)" + ABOUT + STARTS + "(\\d{1,3}(?:\\.\\d++)?)\\s*+(?:%|percent)"
            + "\\s+of\\s+" + ADJECTIVES + NOUN);
    static final Pattern COUNT = Pattern.compile("(?i)" + ABOUT + STARTS
            + "(\\d{1,3}(?:,\\d{3})++|\\d++(?:\\.\\d++)?)(?:\\s*+(k|thousand|m|million)\\b)?\\+?\\s++" + ADJECTIVES + NOUN);
    static final Pattern ALL = Pattern.compile("(?i)\\b(all|every|most|many|half of|the majority of)\\s+"
            + ADJECTIVES + NOUN + "(\\s+(?:in|on|of|from|using|across)\\s+(?:the\\s+)?[\\w/-]++(?:\\.[\\w/-]++)*+)?");
    /** In a stated value the noun may be missing: "1,200 (3%)". */
    private static final Pattern FIGURE = Pattern.compile("(?i)" + STARTS
            + "(\\d{1,3}(?:,\\d{3})++|\\d++(?:\\.\\d++)?)\\s*+(k|thousand|m|million)?(?!\\s*+(?:%|percent))");
    private static final Pattern SHARE = Pattern.compile("(?i)" + STARTS + "(\\d{1,3}(?:\\.\\d++)?)\\s*+(?:%|percent)");
    /** How Hindsight writes users affected: "18400 (12.5%)", "18400", "12.5%", each maybe followed by " - words". */
    private static final Pattern HINDSIGHT_FORM = Pattern.compile(
            "^(?:(\\d{1,15})(?: \\((\\d{1,3}(?:\\.\\d{1,2})?)%\\))?|(\\d{1,3}(?:\\.\\d{1,2})?)%)(?: - (\\S.*))?$",
            Pattern.DOTALL);
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z]+");
    private static final Set<String> FILLERS = Set.of("number", "of", "no", "affected", "impacted", "total",
            "estimated", "est", "count", "approx", "approximate");
    private static final Set<String> NOUNS = Set.of("users", "user", "customers", "customer", "accounts", "tenants",
            "clients", "merchants", "people", "members", "subscribers");

    private AffectedUsers() {
    }

    /** Whether a label names the users affected ("Users affected", "Affected customers", "Number of users"). */
    static boolean isLabel(String label) {
        String nouns = "";
        for (String w : NOT_WORD.matcher(label.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().split(" ")) {
            if (!FILLERS.contains(w)) {
                if (!nouns.isEmpty()) {
                    return false;
                }
                nouns = w;
            }
        }
        return NOUNS.contains(nouns);
    }

    /** The first mention of affected users in a line of prose, described by the phrase as written. */
    static Optional<Impact.UsersAffected> inProse(String text) {
        if (!Mentions.anyAfterSpace(text, NOUN_STARTS)) {
            return Optional.empty(); // every pattern below ends in a NOUN after white space
        }
        Matcher share = atNumber(PERCENT, text);
        if (share != null) {
            return Optional.of(new Impact.UsersAffected(null, Double.parseDouble(share.group(1)), share.group().strip()));
        }
        Matcher count = atNumber(COUNT, text);
        if (count != null) {
            return Optional.of(new Impact.UsersAffected(count(count.group(1), count.group(2)), null,
                    count.group().strip()));
        }
        Matcher all = ALL.matcher(text);
        if (all.find()) {
            String quantifier = all.group(1).toLowerCase(Locale.ROOT);
            boolean everyone = (quantifier.equals("all") || quantifier.equals("every")) && all.group(2) == null;
            return Optional.of(new Impact.UsersAffected(null, everyone ? 100.0 : null, all.group().strip()));
        }
        return Optional.empty();
    }

    /**
     * The first match of {@code pattern} (an optional {@link #ABOUT} word, then a number) in {@code text}, or null:
     * what {@code pattern.matcher(text).find()} finds, tried only where a number starts and the {@link #ABOUT_REACH}
     * characters before its white space. A find tried the about-words' alternatives at every character of every line
     * of an impact section (a tenth of reading a short post-mortem); most lines hold few numbers.
     */
    static Matcher atNumber(Pattern pattern, String text) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true);
        int n = text.length();
        int tried = 0;
        for (int d = 0; d < n; d++) {
            if (!isDigit(text.charAt(d)) || d > 0 && isDigit(text.charAt(d - 1))) {
                continue;
            }
            int space = d;
            while (space > 0 && isSpace(text.charAt(space - 1))) {
                space--;
            }
            for (int start = Math.max(tried, space - ABOUT_REACH); start <= d; start++) {
                if (m.region(start, n).lookingAt()) {
                    return m;
                }
            }
            tried = d + 1;
        }
        return null;
    }

    /** What {@code \d} matches without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    /** What {@code \s} matches without the UNICODE_CHARACTER_CLASS flag. */
    private static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
    }

    /** A labelled value ("~1,200 (3%)", "30% of EU customers", "most of them"): figures read, words kept. */
    static Optional<Impact.UsersAffected> stated(String value) {
        String v = Placeholders.value(value);
        if (v.isEmpty()) {
            return Optional.empty();
        }
        Matcher own = HINDSIGHT_FORM.matcher(v);
        if (own.matches()) {
            // "18400 (12.5%) - all EU web users": the figures as Hindsight writes them, then the words, if any.
            String count = own.group(1);
            String percent = own.group(2) != null ? own.group(2) : own.group(3);
            return Optional.of(new Impact.UsersAffected(count == null ? null : Long.parseLong(count),
                    percent == null ? null : Double.parseDouble(percent), own.group(4) == null ? "" : own.group(4).strip()));
        }
        Matcher share = SHARE.matcher(v);
        Double percent = share.find() ? Double.parseDouble(share.group(1)) : null;
        Matcher figure = FIGURE.matcher(v);
        Long count = figure.find() ? count(figure.group(1), figure.group(2)) : null;
        if (percent == null && count == null) {
            String lower = v.toLowerCase(Locale.ROOT);
            percent = lower.startsWith("all") || lower.startsWith("every") || lower.startsWith("100%") ? 100.0 : null;
        }
        return Optional.of(new Impact.UsersAffected(count, percent, v));
    }

    private static Long count(String digits, String scale) {
        double n = Double.parseDouble(digits.replace(",", ""));
        if (scale != null) {
            n *= switch (scale.toLowerCase(Locale.ROOT)) {
                case "k", "thousand" -> 1_000;
                default -> 1_000_000;
            };
        }
        return Math.round(n);
    }
}
