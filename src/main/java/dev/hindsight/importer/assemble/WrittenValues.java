package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.YesNo;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A labelled value read as the plain type its field takes: a link, a whole number, a yes or no with its details.
 * Nothing is noted here: a value that is none of these is empty, and {@link LabelledFact} says what it does with
 * it. Thread-safe.
 */
final class WrittenValues {

    private static final Pattern ADDRESS = Pattern.compile("(?i)^(https?|mailto):\\S+$");
    private static final Pattern YES = Pattern.compile("(?i)^(yes|y|true)\\b[\\s.,:;-]*");
    private static final Pattern NO = Pattern.compile("(?i)^(no|n|none|false)\\b[\\s.,:;-]*");

    private WrittenValues() {
    }

    /**
     * A link: a URL as the value, or the value naming a link its block holds ("[PagerDuty #12](https://...)"),
     * or, in a seed layout's own line, a name with no address ("PagerDuty #123").
     */
    static Optional<Object> link(String value, List<Block> used, boolean layoutsOwn) {
        if (ADDRESS.matcher(value).find() && Link.isSafe(value)) {
            return Optional.of(new Link("", value));
        }
        List<String> links = used.isEmpty() ? List.of() : used.get(0).links();
        if (links.size() == 1 && Link.isSafe(links.get(0))) {
            return Optional.of(new Link(value.equals(links.get(0)) ? "" : value, links.get(0)));
        }
        return links.isEmpty() && layoutsOwn ? Optional.of(new Link(value, "")) : Optional.empty();
    }

    /** A whole number as written ("60303", "58,410"), nothing else. */
    static Optional<Object> count(String value) {
        String digits = value.strip().replace(",", "");
        return digits.matches("\\d{1,15}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    /** Yes or no as the value starts, the rest its details; a value that starts with neither stays as written. */
    static YesNo yesNo(String value) {
        var yes = YES.matcher(value);
        if (yes.find()) {
            return new YesNo(true, unbracketed(value.substring(yes.end()).strip()));
        }
        var no = NO.matcher(value);
        return no.find() ? new YesNo(false, unbracketed(value.substring(no.end()).strip())) : new YesNo(null, value);
    }

    /** "Yes (notification SLA is 15 minutes)": the details are what the parentheses hold. */
    private static String unbracketed(String details) {
        return details.length() > 1 && details.startsWith("(") && details.endsWith(")")
                && details.indexOf(')') == details.length() - 1 ? details.substring(1, details.length() - 1).strip()
                : details;
    }
}
