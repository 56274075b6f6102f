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
 * month first, as the app does in the US, and a 24-hour one day first). Only a file whose first line is such a message
 * is one. Thread-safe.
 */
final class PhoneChatExport {
    private static final Pattern MESSAGE = Pattern.compile("\u200E?\\[?(\\d{1,2})[/.](\\d{1,2})[/.](\\d{2}|\\d{4}),"
            + "\\s(\\d{1,2}):(\\d{2})(?::(\\d{2}))?(?:[\\s\u202F]?([AaPp])\\.?[Mm]\\.?)?(?:\\]\\s|\\s[-\u2013]\\s)"
            + "([^:\\n]{1,80}?): (.*)");

    private PhoneChatExport() {
    }

    /** Whether the content opens with a chat message line: cheap, one line looked at. */
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
        return MESSAGE.matcher(first).matches();
    }

    static Optional<String> asMarkdown(byte[] content) {
        if (content.length > Blocks.MAX_TEXT_BYTES || !is(content)) {
            return Optional.empty();
        }
        String text = Blocks.decode(content).replace("\r\n", "\n");
        List<Matcher> messages = new ArrayList<>();
        List<StringBuilder> texts = new ArrayList<>();
        for (String line : text.split("\n")) {
            Matcher m = MESSAGE.matcher(line.replace("\uFEFF", ""));
            if (m.matches()) {
                messages.add(m);
                texts.add(new StringBuilder(m.group(9)));
            } else if (!texts.isEmpty()) {
                texts.get(texts.size() - 1).append('\n').append(line);
            }
        }
        boolean dayFirst = dayFirst(messages);
        ChannelMessages channel = new ChannelMessages();
        for (int i = 0; i < messages.size(); i++) {
            Matcher m = messages.get(i);
            String written = written(m, dayFirst);
            channel.add(written, written, m.group(8).strip(), texts.get(i).toString().replace("\u200E", ""));
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
