package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.incident.Communication;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A table of the messages sent during the incident ("Time | Channel | Message"), a row each, its columns found by
 * their header words (importer/columns.json, "communication"). A channel written with "(external)" or
 * "(internal)" says who the message went to; otherwise the channel's name says it ("Status page" is external),
 * as Hindsight's renderer judges it. Rows of empty cells are the template's. Stateless; thread-safe.
 */
final class MessageTable {

    private static final Columns COLUMNS = Columns.of("communication");
    private static final Pattern AUDIENCE = Pattern.compile("(?i)^(.{0,200}?)\\s*\\((external|internal)\\)$");

    private MessageTable() {
    }

    /** Whether the header names a message table: a message column, and a time or channel column. */
    static boolean isHeader(Block header) {
        String[] fields = COLUMNS.assign(header.cells(), Columns.Match.LAST_WORD);
        return Columns.indexOf(fields, "message") >= 0
                && (Columns.indexOf(fields, "time") >= 0 || Columns.indexOf(fields, "channel") >= 0);
    }

    /**
     * Reads the rows after the header into messages; marks the header and every row used.
     *
     * @return the messages, in the table's order
     */
    static List<Communication.Message> read(Block header, List<Block> rows, TimeContext time, ImportLog log,
                                            java.util.Set<Block> used) {
        String[] fields = COLUMNS.assign(header.cells(), Columns.Match.LAST_WORD);
        used.add(header);
        log.context(header.lines(), "header of the table of messages sent");
        List<Communication.Message> out = new java.util.ArrayList<>();
        for (Block row : rows) {
            used.add(row);
            String when = cell(row, fields, "time");
            String channel = cell(row, fields, "channel");
            String message = cell(row, fields, "message");
            if (channel.isEmpty() && message.isEmpty()) {
                log.skip(row.lines(), "a row of the messages table with no channel or message: not filled in");
                continue;
            }
            var at = when.isEmpty() ? java.util.Optional.<TimeReader.TimeAt>empty()
                    : new TimeReader("communication").at(when, time, row.lines(), log);
            if (at.isEmpty() && !when.isEmpty()) {
                log.note("message at '" + when + "' (" + row.lines() + ") has no readable time; kept without one");
            }
            boolean external = dev.hindsight.template.FrontMatterView.looksExternal(channel);
            Matcher audience = AUDIENCE.matcher(channel);
            if (audience.matches()) {
                channel = audience.group(1).strip();
                external = audience.group(2).equalsIgnoreCase("external");
            }
            out.add(new Communication.Message(at.map(TimeReader.TimeAt::at).orElse(null), channel, external,
                    message));
        }
        return out;
    }

    private static String cell(Block row, String[] fields, String field) {
        int at = Columns.indexOf(fields, field);
        String value = at >= 0 && at < row.cells().size() ? row.cells().get(at).strip() : "";
        return Placeholders.isUnfilled(value) ? "" : value;
    }
}
