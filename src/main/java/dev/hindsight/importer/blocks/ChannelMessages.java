package dev.hindsight.importer.blocks;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A chat channel's messages written as Markdown, whatever exported them (a Slack export's JSON, a WhatsApp chat's
 * text): each message a timed entry of a "Messages" list, "- 2026-03-07 08:12:40 Summer Nguyen: VetDesk won't load",
 * which the timeline reader reads and the blame check takes for someone's words quoted. A long message of several
 * lines (a summary or write-up posted in the channel) is the document it is: its entry says so, and it is written
 * after the list under its own heading, with its day as a "Date:" line for the times it gives without one; a line
 * alone in bold ("*What happened*", as chat apps write bold), or ending in a colon over a list ("What we'll
 * change:"), is a heading of its own, "•" a bullet, and every other line its own paragraph. Not
 * thread-safe.
 */
final class ChannelMessages {
    /** A message of this many lines or more, and this long, is a post (a write-up) rather than a chat line. */
    private static final int POST_LINES = 4;
    private static final int POST_CHARS = 200;
    private static final Pattern BOLD_LINE = Pattern.compile("\\*([^*\\n]{1,200})\\*");
    private static final Pattern ITEM = Pattern.compile("(?:[-*+]|\\d{1,2}[.)])\\s");
    private static final Pattern BOLD = Pattern.compile("(?<![\\w*])\\*([^*\\n]{1,200}?)\\*(?![\\w*])");

    private final StringBuilder messages = new StringBuilder("## Messages\n\n");
    private final StringBuilder posts = new StringBuilder();
    private int count;

    /**
     * One message.
     *
     * @param written its time as the entry writes it ("2026-06-09T04:58:00Z")
     * @param day its day and time as a post's "Date:" line writes it ("2026-06-09 10:42:17 UTC")
     */
    void add(String written, String day, String sender, String text) {
        String plain = text.strip();
        if (plain.isEmpty()) {
            return;
        }
        count++;
        String[] lines = plain.split("\n");
        if (lines.length >= POST_LINES && plain.length() >= POST_CHARS) {
            String first = lines[0].strip();
            String title = BOLD_LINE.matcher(first).matches() ? first.replace("*", "") : "Message from " + sender;
            messages.append("- ").append(written).append(' ').append(sender).append(": ").append(bold(first))
                    .append(" (written out below)\n");
            posts.append("\n# ").append(title).append("\n\nPosted by ").append(sender).append(".\n\nDate: ")
                    .append(day).append("\n\n").append(post(lines, title)).append('\n');
        } else {
            messages.append("- ").append(written).append(' ').append(sender).append(": ")
                    .append(bold(String.join(" ", lines).strip())).append('\n');
        }
    }

    boolean isEmpty() {
        return count == 0;
    }

    String markdown() {
        return messages + posts.toString();
    }

    /** A post's lines as Markdown: a line alone in bold a heading, "•" a bullet. */
    private static String post(String[] lines, String title) {
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i].strip();
            if (i == 0 && line.replace("*", "").equals(title)) {
                continue;
            }
            Matcher heading = BOLD_LINE.matcher(line);
            if (heading.matches()) {
                out.append("\n## ").append(heading.group(1).strip()).append("\n\n");
            } else if (line.endsWith(":") && line.length() <= 60 && i + 1 < lines.length
                    && ITEM.matcher(lines[i + 1].strip()).lookingAt()) {
                // "What we'll change:" alone over a list names the list, as a heading would
                out.append("\n## ").append(line, 0, line.length() - 1).append("\n\n");
            } else if (line.startsWith("\u2022") || line.startsWith("\u25E6")) {
                out.append("- ").append(bold(line.substring(1).strip())).append('\n');
            } else if (ITEM.matcher(line).lookingAt()) {
                out.append(bold(line)).append('\n');
            } else if (!line.isEmpty()) {
                // a chat app's line break is the writer's: each line its own paragraph, not run into the next
                out.append('\n').append(bold(line)).append("\n\n");
            }
        }
        return out.toString();
    }

    private static String bold(String text) {
        return text.indexOf('*') < 0 ? text : BOLD.matcher(text).replaceAll("**$1**");
    }
}
