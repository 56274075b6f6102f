package dev.hindsight.importer.blocks;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A group chat exported from a phone's messaging app as text (WhatsApp's "_chat.txt": "[07/03/2026, 08:12:40] Summer
 * Nguyen: VetDesk won't load", or Android's "07/03/2026, 08:12 - Summer Nguyen: …"), read as the channel's timeline
 * ({@link ChannelMessages}): each message a timed entry with its date written in full, lines without a date running on
 * in the message before, a long message (the summary someone posts) the document it is. Whether "02/03/2026" is the
 * 2nd of March or February 3rd the export's own dates tell (a day past 12 on either side; else a 12-hour clock writes
 * month first, as the app does in the US, and a 24-hour one day first). A line stamped so with no "Name:" is the app's
 * own ("Messages and calls are end-to-end encrypted…", "… created group"): its date counts, its text is no message.
 * Only a file whose first line is stamped so, with at least {@value #FEWEST_LINES} stamped lines among its first ones,
 * is one: a post-mortem that opens "14/03/2026, 09:00 - Incident: payments API outage" is not. Thread-safe.
 */
final class PhoneChatExport {
    /** A line's stamp, then the rest: the sender's "Name: text", or the app's own words. */
    private static final Pattern STAMPED = Pattern.compile("\u200E?\\[?(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2}|\\d{4}),"
            + "\\s(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[\\s\u202F]?([AaPp])\\.?[Mm]\\.?)?(?:\\]\\s|\\s[-\u2013]\\s)"
            + "(.*)");
    private static final Pattern SENT = Pattern.compile("([^:\\n]{1,80}?): (.*)");
    private static final int FEWEST_LINES = 3;
    private static final int LOOK_LINES = 40;

    private PhoneChatExport() {
    }

    /** Whether the content opens with stamped lines, enough of them: cheap, the first one looked at first. */
    static boolean is(byte[] content) {
        int at = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB ? 3 : 0;
        if (at >= content.length || content[at] != '[' && !Character.isDigit(content[at])
                && content[at] != (byte) 0xE2) {
            return false;
        }
        int end = at;
        while (end < content.length && end - at < 400 && content[end] != '\n') {
            end++;
        }
        String first = new String(content, at, end - at, StandardCharsets.UTF_8).strip();
        if (!STAMPED.matcher(first).matches()) {
            return false;
        }
        String head = new String(content, at, Math.min(content.length - at, 16 * 1024), StandardCharsets.UTF_8);
        int stamped = 0;
        int looked = 0;
        for (String line : head.split("\n", LOOK_LINES + 1)) {
            if (++looked > LOOK_LINES) {
                break;
            }
            if (STAMPED.matcher(line.replace("\uFEFF", "").strip()).matches() && ++stamped >= FEWEST_LINES) {
                return true;
            }
        }
        return false;
    }

    static Optional<String> asMarkdown(byte[] content) {
        if (content.length > Blocks.MAX_TEXT_BYTES || !is(content)) {
            return Optional.empty();
        }
        String text = Blocks.decode(content).replace("\r\n", "\n");
        List<Matcher> stamps = new ArrayList<>();
        List<Matcher> senders = new ArrayList<>(); // null for the app's own line
        List<StringBuilder> texts = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = STAMPED.matcher(line.replace("\uFEFF", ""));
            if (m.matches()) {
                Matcher sent = SENT.matcher(m.group(8));
                stamps.add(m);
                senders.add(sent.matches() ? sent : null);
                texts.add(new StringBuilder(sent.matches() ? sent.group(2) : ""));
            } else if (!texts.isEmpty()) {
                texts.get(texts.size() - 1).append('\n').append(line);
            }
        }
        boolean dayFirst = dayFirst(stamps);
        ChannelMessages channel = new ChannelMessages();
        for (int i = 0; i < stamps.size(); i++) {
            if (senders.get(i) != null) {
                String written = written(stamps.get(i), dayFirst);
                channel.add(written, written, senders.get(i).group(1).strip(),
                        texts.get(i).toString().replace("\u200E", ""));
            }
        }
        return channel.isEmpty() ? Optional.empty() : Optional.of(channel.markdown());
    }

    private static boolean dayFirst(List<Matcher> messages) {
        boolean twelveHour = false;
        for (Matcher m : messages) {
            if (Integer.parseInt(m.group(1)) > 12) {
                return true;
            }
            if (Integer.parseInt(m.group(2)) > 12) {
                return false;
            }
            twelveHour |= m.group(7) != null;
        }
        return !twelveHour;
    }

    /** "2026-03-07 08:12:40": the message's date in full, its time on a 24-hour clock. */
    private static String written(Matcher m, boolean dayFirst) {
        int day = Integer.parseInt(m.group(dayFirst ? 1 : 2));
        int month = Integer.parseInt(m.group(dayFirst ? 2 : 1));
        int year = Integer.parseInt(m.group(3));
        int hour = Integer.parseInt(m.group(4));
        if (m.group(7) != null) {
            boolean pm = m.group(7).equalsIgnoreCase("p");
            hour = hour % 12 + (pm ? 12 : 0);
        }
        return String.format("%04d-%02d-%02d %02d:%s:%s", year < 100 ? 2000 + year : year, month, day, hour,
                m.group(5), m.group(6) == null ? "00" : m.group(6));
    }
}
