package dev.hindsight.importer.layouts;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.incident.Analysis.Why;
import dev.hindsight.incident.Link;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The Google-Docs layout's small written forms: action items ("AI1: text, owner: John, due: 2026-04-01,
 * [OPS-12]"), the investigation doc ("name (url)" or "[name](url)"), reviewer rows and five-whys lines.
 */
final class GoogleDocItems {

    private static final Pattern FIGURE = Pattern.compile("(?i)^number of (.+?) affected\\b.*$");
    private static final Pattern ENGINEERS = Pattern.compile("(?i)^number of (.+?) engineers?\\b.*$");
    private static final Pattern NUMBER = Pattern.compile("\\d[\\d,]*");
    private static final Pattern MD_LINK = Pattern.compile("^\\[([^\\]]*)\\]\\(([^)\\s]*)\\)$");
    private static final Pattern TRAILING_URL = Pattern.compile("^(.*?)\\s*\\(([^()\\s]+)\\)$");
    private static final Pattern URL = Pattern.compile(
            "(?i)^([a-z][a-z0-9+.-]*://\\S+|mailto:\\S+|www\\.\\S+|[\\w-]+(\\.[\\w-]+)*\\.[a-z]{2,}(/\\S*)?)$");

    private GoogleDocItems() {
    }

    /**
     * An action item as the layout writes it; empty for the seed's examples ("&lt; AI1: e.g. ... &gt;",
     * "&lt; AI2: &gt;"). An item someone filled in but left inside the brackets is read all the same.
     */
    static Optional<ActionItem> action(String written, Priority priority) {
        String text = written.strip();
        if (text.startsWith("<") && text.endsWith(">")) {
            text = text.substring(1, text.length() - 1).strip();
        }
        // Every part below is a piece of this text: one look for line terminators serves them all.
        boolean odd = GoogleDocShapes.hasTerminator(text);
        String key = "";
        String[] k = GoogleDocActionText.key(text, odd);
        if (k != null) {
            key = k[0].strip();
            text = k[1].strip();
        }
        if (text.isEmpty() || Section.normal(text, 4).equals("e g ") || GoogleDocGuidance.unfilled(text)) {
            return Optional.empty();
        }
        String owner = "";
        String ticket = "";
        LocalDate due = null;
        // Each part only where its marker is written ("](", "]", "due", "owner").
        boolean mayLink = text.contains("](");
        boolean mayTicket = text.indexOf(']') >= 0;
        boolean mayDue = GoogleDocActionText.indexOfWord(text, "due", 0) >= 0;
        boolean mayOwner = GoogleDocActionText.indexOfWord(text, "owner", 0) >= 0;
        boolean more = true;
        while (more) {
            more = false;
            GoogleDocActionText.Cut m;
            Optional<LocalDate> date;
            if (ticket.isEmpty() && mayLink && (m = GoogleDocActionText.ticketLink(text, odd)) != null) {
                ticket = m.link().isEmpty() ? m.value() : m.link();
                text = m.before();
                more = true;
            } else if (ticket.isEmpty() && mayTicket && (m = GoogleDocActionText.ticket(text, odd)) != null
                    && !m.before().isBlank()) {
                ticket = m.value().strip();
                text = m.before();
                more = true;
            } else if (due == null && mayDue && (m = GoogleDocActionText.due(text, odd)) != null
                    && (date = Times.date(m.value())).isPresent()) {
                due = date.get();
                text = m.before();
                more = true;
            } else if (owner.isEmpty() && mayOwner && (m = GoogleDocActionText.owner(text, odd)) != null
                    && !m.value().isBlank()) {
                owner = m.value().strip();
                text = m.before();
                more = true;
            }
        }
        String title = GoogleDocActionText.title(text, odd);
        return Optional.of(new ActionItem(key, title, null, owner, priority, due, ActionStatus.OPEN, ticket));
    }

    /** "name (url)", "[name](url)", a bare url, or a name; empty when it is the placeholder. */
    static Link investigationDoc(String written) {
        String text = written.strip();
        if (GoogleDocGuidance.unfilled(text)) {
            return new Link(null, null);
        }
        Matcher md = MD_LINK.matcher(text);
        if (md.matches()) {
            String name = md.group(1).strip();
            return new Link(name.equals(md.group(2)) ? "" : name, md.group(2));
        }
        Matcher trailing = TRAILING_URL.matcher(text);
        if (trailing.matches() && URL.matcher(trailing.group(2)).matches()) {
            return new Link(trailing.group(1), trailing.group(2));
        }
        if (!text.contains(" ") && URL.matcher(text).matches() && (text.contains("/") || text.contains(":"))) {
            return new Link("", text);
        }
        return new Link(text, "");
    }

    /** A reviewers row: name, state (Not Reviewed / LGTM / Changes Requested, or yes/approved...), date. */
    static Optional<Reviewer> reviewer(List<String> cells, ImportContext context) {
        String name = cells.get(0).strip();
        if (GoogleDocGuidance.unfilled(name) || Section.normal(name, 5).equals("name")) {
            return Optional.empty();
        }
        String state = cells.size() > 1 ? cells.get(1).strip() : "";
        String date = cells.size() > 2 ? cells.get(2) : "";
        return Optional.of(new Reviewer(name, null, state(state, name, context), Times.date(date).orElse(null)));
    }

    private static ReviewState state(String written, String name, ImportContext context) {
        String k = Section.normal(written);
        if (k.isEmpty() || GoogleDocGuidance.unfilled(written)) {
            return ReviewState.NOT_REVIEWED;
        }
        if (k.contains("lgtm") || k.contains("looks good") || k.startsWith("approved") || k.equals("yes")) {
            return ReviewState.LGTM;
        }
        if (k.contains("change") || k.contains("reject")) {
            return ReviewState.CHANGES_REQUESTED;
        }
        if (!k.startsWith("not reviewed") && !k.equals("pending") && !k.equals("no")) {
            context.note("review state '" + written + "' of " + name + " is not one of Not Reviewed, LGTM, "
                    + "Changes Requested; recorded as Not Reviewed");
        }
        return ReviewState.NOT_REVIEWED;
    }

    /** "Why did X? Because Y": the question up to its question mark, the answer after it. */
    static Why why(String written) {
        int mark = written.indexOf('?');
        if (mark < 0) {
            return new Why(written.strip(), "");
        }
        return new Why(written.substring(0, mark + 1).strip(), written.substring(mark + 1).strip());
    }

    /**
     * What a "Number of X affected" or "Number of X engineers" label counts (group 1 of {@link #FIGURE} or
     * {@link #ENGINEERS}, the word being " affected", or " engineer" with {@code plural}), or null. By hand: the
     * lazy group ends at the first such word that a word boundary follows; a label with a line terminator, or a
     * non-ASCII character after the word (where \b looks at Unicode classes), is left to the regex.
     */
    static String counted(String label, String word, boolean plural) {
        Pattern form = plural ? ENGINEERS : FIGURE;
        if (GoogleDocShapes.hasTerminator(label)) {
            Matcher m = form.matcher(label);
            return m.matches() ? m.group(1) : null;
        }
        if (GoogleDocActionText.indexOfWord(label, "number of ", 0) != 0) {
            return null;
        }
        for (int at = GoogleDocActionText.indexOfWord(label, word, 11); at >= 0;
             at = GoogleDocActionText.indexOfWord(label, word, at + 1)) {
            int end = at + word.length();
            if (plural && end < label.length() && (label.charAt(end) | 0x20) == 's') {
                end++; // "s?" is greedy, and without the 's' no boundary would follow "engineer"
            }
            if (end == label.length()) {
                return label.substring(10, at);
            }
            char next = label.charAt(end);
            if (next >= 128) {
                Matcher m = form.matcher(label);
                return m.matches() ? m.group(1) : null;
            }
            boolean wordGoesOn = next == '_' || next >= 'a' && next <= 'z' || next >= 'A' && next <= 'Z'
                    || next >= '0' && next <= '9';
            if (!wordGoesOn) {
                return label.substring(10, at);
            }
        }
        return null;
    }

    /** A blast-radius number: "1,200", "~40", "none"; "Unknown", and words that are not a number, are null. */
    static Long figure(String value, String label, ImportContext context) {
        Matcher number = NUMBER.matcher(value);
        if (number.find()) {
            try {
                return Long.parseLong(number.group().replace(",", ""));
            } catch (NumberFormatException e) {
                // too large to be a count: read as unknown below
            }
        } else {
            switch (Section.normal(value)) {
                case "none", "zero" -> {
                    return 0L;
                }
                case "unknown", "n a", "na", "tbd", "not known", "unclear" -> {
                    return null;
                }
                default -> {
                }
            }
        }
        context.note("'" + label + "' is '" + value + "', not a number; recorded as unknown");
        return null;
    }

    /** Apps and APIs as a list: separated by commas or semicolons, placeholders dropped. */
    static List<String> list(String written) {
        // Split by hand: String.split compiles "[,;]" on every call. Empty pieces are placeholders, dropped.
        List<String> items = new java.util.ArrayList<>();
        int from = 0;
        for (int i = 0; i <= written.length(); i++) {
            if (i == written.length() || written.charAt(i) == ',' || written.charAt(i) == ';') {
                String item = written.substring(from, i).strip();
                if (!GoogleDocGuidance.unfilled(item)) {
                    items.add(item);
                }
                from = i + 1;
            }
        }
        return items;
    }
}
