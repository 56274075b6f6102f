package dev.hindsight.search;

import dev.hindsight.incident.Status;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.TimeBounds;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads the search syntax people know from other search boxes: words (all must match), {@code "an exact phrase"},
 * {@code -word} and {@code -"a phrase"} to exclude, and {@code field:value} filters ({@code service:payments},
 * {@code severity:1}, {@code status:final}, {@code responder:priya}, {@code from:2026-01-01}, {@code to:2026-03-31},
 * {@code has:open-actions}; a value with spaces in quotes: {@code service:"payments api"}). The same filters may
 * come as parameters of their own. Anything it cannot read is refused, naming the parameter and what is wrong,
 * rather than searched for as something the reader did not mean. Bounded: {@link #MAX_CHARACTERS} characters and
 * {@link #MAX_TERMS} terms. Stateless; thread-safe.
 */
public final class QuerySyntax {

    public static final int MAX_CHARACTERS = 500;
    public static final int MAX_TERMS = 16;
    private static final int MAX_VALUE = 200;
    private static final int MAX_SEVERITY = 10;
    private static final Pattern FIELD = Pattern.compile("([A-Za-z]+):(.*)", Pattern.DOTALL);
    private static final List<String> FIELDS = List.of("service", "severity", "status", "responder", "from", "to",
            "has");

    private QuerySyntax() {
    }

    /**
     * The search {@code q} asks for, with the filters given as parameters of their own ({@code params}: field name
     * to value, blank values ignored). A filter set both ways, or twice, is refused.
     *
     * @throws InvalidInput naming {@code q} or the parameter, and what is wrong
     */
    public static SearchQuery parse(String q, Map<String, String> params, int page, int pageSize) {
        String text = q == null ? "" : q;
        if (text.length() > MAX_CHARACTERS) {
            throw InvalidInput.of("q", "is " + text.length() + " characters; at most " + MAX_CHARACTERS);
        }
        if (text.chars().anyMatch(c -> Character.isISOControl(c) && !Character.isWhitespace(c))) {
            throw InvalidInput.of("q", "contains a control character");
        }
        List<SearchTerm> terms = new ArrayList<>();
        List<SearchTerm> excluded = new ArrayList<>();
        Map<String, Given> filters = new LinkedHashMap<>();
        int i = 0;
        while (i < text.length()) {
            if (Character.isWhitespace(text.charAt(i))) {
                i++;
                continue;
            }
            boolean negated = text.charAt(i) == '-' && i + 1 < text.length()
                    && !Character.isWhitespace(text.charAt(i + 1));
            if (negated) {
                i++;
            }
            int end;
            SearchTerm term;
            if (text.charAt(i) == '"') {
                end = closingQuote(text, i + 1);
                term = new SearchTerm(text.substring(i + 1, Math.min(end, text.length())).strip(), true);
                end++;
            } else {
                end = i;
                while (end < text.length() && !Character.isWhitespace(text.charAt(end))) {
                    if (text.charAt(end) == ':' && end + 1 < text.length() && text.charAt(end + 1) == '"'
                            && FIELD.matcher(text.substring(i, end + 1)).matches()) {
                        end = closingQuote(text, end + 2);
                    }
                    end++;
                }
                String token = text.substring(i, Math.min(end, text.length()));
                var field = FIELD.matcher(token);
                if (field.matches() && !field.group(2).isEmpty()) {
                    if (negated) {
                        throw InvalidInput.of("q", "'" + token + "' cannot be excluded with '-'; filter on the "
                                + "values you want instead");
                    }
                    put(filters, field.group(1).toLowerCase(Locale.ROOT), unquoted(field.group(2)), "q");
                    i = end;
                    continue;
                }
                term = new SearchTerm(token, false);
            }
            i = end;
            if (term.text().codePoints().noneMatch(Character::isLetterOrDigit)) {
                continue; // punctuation alone: no database indexes it, so it would match nothing
            }
            (negated ? excluded : terms).add(term);
        }
        if (terms.size() + excluded.size() > MAX_TERMS) {
            throw InvalidInput.of("q", "has " + (terms.size() + excluded.size()) + " words and phrases; at most "
                    + MAX_TERMS);
        }
        for (Map.Entry<String, String> param : params.entrySet()) {
            if (param.getValue() != null && !param.getValue().isBlank()) {
                put(filters, param.getKey(), param.getValue().strip(), param.getKey());
            }
        }
        if (terms.isEmpty() && !excluded.isEmpty()) {
            throw InvalidInput.of("q", "excludes words but looks for none; add a word or phrase to look for");
        }
        SearchFilters read = filters(filters);
        if (terms.isEmpty() && read.isEmpty()) {
            throw InvalidInput.of("q", "is empty; say what to look for: words, a \"phrase\", or a filter such as "
                    + "service:checkout");
        }
        if (pageSize < 1 || pageSize > SearchQuery.MAX_PAGE_SIZE) {
            throw InvalidInput.of("pageSize", "is " + pageSize + "; from 1 to " + SearchQuery.MAX_PAGE_SIZE);
        }
        if (page < 1 || (long) (page - 1) * pageSize >= SearchQuery.MAX_RESULTS) {
            throw InvalidInput.of("page", "is " + page + "; results go as far as the first "
                    + SearchQuery.MAX_RESULTS + " (from page 1): narrow the search to see others");
        }
        return new SearchQuery(terms, excluded, read, page, pageSize);
    }

    /** Where the quote opened before {@code from} closes, or the end of the text if it never does. */
    private static int closingQuote(String text, int from) {
        int close = text.indexOf('"', from);
        return close < 0 ? text.length() : close;
    }

    private static String unquoted(String value) {
        String v = value.startsWith("\"") ? value.substring(1) : value;
        return (v.endsWith("\"") ? v.substring(0, v.length() - 1) : v).strip();
    }

    /** A filter's value and where it was given: the parameter a problem with it names. */
    private record Given(String value, String source) {
    }

    private static void put(Map<String, Given> filters, String field, String value, String source) {
        if (!FIELDS.contains(field)) {
            throw InvalidInput.of(source, "'" + field + ":' is not a filter; the filters are "
                    + String.join(":, ", FIELDS) + ": (put a word with a colon in quotes to search for it)");
        }
        if (filters.containsKey(field)) {
            throw InvalidInput.of(source, "sets " + field + " twice (" + filters.get(field).value() + " and "
                    + value + "); give it once");
        }
        if (value.length() > MAX_VALUE) {
            throw InvalidInput.of(source, field + " is " + value.length() + " characters; at most " + MAX_VALUE);
        }
        filters.put(field, new Given(value, source));
    }

    /** The filters' values read; a problem names the parameter it came from, or q. */
    private static SearchFilters filters(Map<String, Given> values) {
        Integer severity = null;
        Status status = null;
        LocalDate from = null;
        LocalDate to = null;
        boolean openActions = false;
        for (Map.Entry<String, Given> filter : values.entrySet()) {
            String field = filter.getKey();
            String value = filter.getValue().value();
            String source = filter.getValue().source();
            switch (field) {
                case "severity" -> severity = severity(value, source);
                case "status" -> status = Coded.find(Status.class, value).orElseThrow(() -> InvalidInput.of(source,
                        "status '" + value + "' is not one of " + Coded.codes(Status.class)));
                case "from" -> from = day(value, source, field);
                case "to" -> to = day(value, source, field);
                case "has" -> openActions = openActions(value, source);
                default -> { } // service and responder: any text
            }
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw InvalidInput.of(values.get("to").source(), "to " + to + " is before from " + from);
        }
        return new SearchFilters(severity, status, folded(values.get("service")), folded(values.get("responder")),
                from, to, openActions);
    }

    private static String folded(Given given) {
        return given == null ? null : given.value().strip().toLowerCase(Locale.ROOT);
    }

    private static Integer severity(String value, String source) {
        String digits = value.regionMatches(true, 0, "sev", 0, 3) ? value.substring(3) : value;
        try {
            int level = Integer.parseInt(digits);
            if (level >= 0 && level <= MAX_SEVERITY) {
                return level;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw InvalidInput.of(source, "severity '" + value + "' is not a level from 0 to " + MAX_SEVERITY);
    }

    private static LocalDate day(String value, String source, String field) {
        LocalDate day;
        try {
            day = LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw InvalidInput.of(source, field + " '" + value + "' is not a date like 2026-03-31");
        }
        if (!TimeBounds.within(day)) {
            throw InvalidInput.of(source, field + " '" + value + "' " + TimeBounds.RANGE);
        }
        return day;
    }

    private static boolean openActions(String value, String source) {
        String v = value.toLowerCase(Locale.ROOT).replace('_', '-');
        if (v.equals("open-actions") || v.equals("open-action-items") || v.equals("true")) {
            return true;
        }
        throw InvalidInput.of(source, "has:" + value + " is not a filter; has:open-actions keeps incidents with "
                + "action items still open");
    }
}
