package dev.hindsight.importer.blocks;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat channel's history as a chat client exports or copies it: each message a line naming the sender and the
 * time ("Odile Fournier  10:16 AM", "PagerDuty  APP  10:14 AM"), its text indented on the lines below. Made
 * Markdown's list of timed entries ("- 10:16 AM Odile Fournier: ack. looking at the dashboards"), the text's lines
 * running on in the item, so the timeline reader reads each message as an entry and the blame check sees it as
 * someone's words quoted. Only where three such messages stand. Every line keeps its number. Thread-safe.
 */
final class ChatExport {

    /** A sender, an optional app badge, and a clock time alone at the end of the line, apart by two spaces. */
    private static final Pattern HEADER = Pattern.compile(
            "(\\S[^\\n]{0,60}?)\\s{2,}(?:(APP|BOT)\\s{2,})?(\\d{1,2}:\\d{2}(?:\\s?[AaPp]\\.?[Mm]\\.?)?)\\s*");

    /** A line opening with one of these is Markdown's (an item, a heading, a quotation, a table row). */
    private static final String MARKED = "-*+#>|";

    private ChatExport() {
    }

    static WikiHeadings.Rewritten asMarkdown(String body) {
        if (body.indexOf("  ") < 0 || body.indexOf(':') < 0) {
            return new WikiHeadings.Rewritten(body, List.of());
        }
        String[] lines = body.split("\n", -1);
        int messages = 0;
        for (int i = 0; i + 1 < lines.length && messages < 3; i++) {
            messages += message(lines, i) != null ? 1 : 0;
        }
        if (messages < 3) {
            return new WikiHeadings.Rewritten(body, List.of());
        }
        StringBuilder out = new StringBuilder(body.length() + 64);
        for (int i = 0; i < lines.length; i++) {
            Matcher m = message(lines, i);
            if (m != null) {
                // "- 10:14 AM PagerDuty APP:": the sender's badge stays, as every word of a line does
                out.append("- ").append(m.group(3)).append(' ').append(m.group(1).strip())
                        .append(m.group(2) == null ? "" : " " + m.group(2)).append(':');
            } else {
                out.append(lines[i]);
            }
            if (i + 1 < lines.length) {
                out.append('\n');
            }
        }
        return new WikiHeadings.Rewritten(out.toString(), List.of());
    }

    /** The header of a message at the margin, its text indented on the next line; null when the line is none. */
    private static Matcher message(String[] lines, int i) {
        String line = lines[i];
        if (line.isEmpty() || Character.isWhitespace(line.charAt(0)) || i + 1 >= lines.length
                || MARKED.indexOf(line.charAt(0)) >= 0 || Character.isDigit(line.charAt(0))) {
            return null; // a list item, a heading, a quotation or a row: Markdown's own, with a time at its end
        }
        String next = lines[i + 1];
        if (next.length() < 3 || !Character.isWhitespace(next.charAt(0)) || next.isBlank()) {
            return null;
        }
        char last = line.charAt(line.stripTrailing().length() - 1);
        if (last != 'M' && last != 'm' && last != '.' && !Character.isDigit(last)) {
            return null;
        }
        Matcher header = HEADER.matcher(line);
        return header.matches() ? header : null;
    }
}
