package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.incident.Responder;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * People in a table: a row each, the columns found by their header words (name, role, team, discipline, link,
 * joined; the words are in importer/columns.json). Without a name column, the first column no word claims
 * holds the names. Thread-safe.
 */
final class PeopleTable {

    private static final Columns COLUMNS = Columns.of("people");
    /** A role with a parenthesised part ("Technical Lead (payments on-call)"); not when that is its abbreviation. */
    private static final Pattern ROLE_AND_TEAM = Pattern.compile("^([^()]+?)\\s*\\(([^()]+)\\)$");

    private PeopleTable() {
    }

    /** The people of one table (its header, if any, and its rows), each with the row it came from. */
    static List<Sourced<Responder>> read(List<Block> table, Roles roles, TimeContext time, ImportLog log) {
        List<Sourced<Responder>> out = new ArrayList<>();
        List<String> header = List.of();
        String[] fields = new String[0];
        for (Block row : table) {
            if (row.is(Block.Kind.TABLE_HEADER)) {
                header = row.cells();
                fields = fields(header);
                log.context(row.lines(), "people table header");
                for (int c = 0; c < fields.length; c++) {
                    if (fields[c] == null && !header.get(c).isBlank()) {
                        log.note("People table column '" + header.get(c) + "' on " + row.lines()
                                + " is not a responder field; its cells are not read");
                    }
                }
                continue;
            }
            List<String> cells = row.cells();
            int nameAt = indexOf(fields, "name", cells.size());
            String written = nameAt < cells.size() ? ReadingWords.joined(cells.get(nameAt)) : "";
            if (written.isEmpty() || ActionText.isPlaceholder(written) || !PersonLine.isName(written)) {
                log.skip(row.lines(), written.isEmpty() ? "a people table row with no name"
                        : "'" + written + "' in the name column is not a name");
                continue;
            }
            out.add(new Sourced<>(responder(written, cells, fields, roles, row, time, log), row.lines()));
        }
        return out;
    }

    private static Responder responder(String name, List<String> cells, String[] fields, Roles roles, Block row,
                                       TimeContext time, ImportLog log) {
        String role = cell(cells, fields, "role");
        String discipline = cell(cells, fields, "discipline");
        String link = cell(cells, fields, "link");
        if (link.isEmpty() && row.links().size() == 1) {
            link = row.links().get(0);
        }
        if (!link.isEmpty() && (link.indexOf(' ') >= 0 || !ActionFields.isLink(link))) {
            log.note("People table on " + row.lines() + ": '" + link + "' is not a link; not read");
            link = "";
        }
        String joined = cell(cells, fields, "joined");
        Instant joinedAt = null;
        if (!joined.isEmpty()) {
            TimeReader reader = new TimeReader("responders");
            Optional<TimeReader.TimeAt> at = reader.at(joined, time, row.lines(), log);
            joinedAt = at.map(TimeReader.TimeAt::at).orElse(null);
            if (at.isEmpty()) {
                log.note("People table on " + row.lines() + ": joined time '" + joined + "' "
                        + (reader.missing().contains("no date") ? "has no date" : "cannot be placed ("
                        + reader.missing() + ")") + "; not read");
            }
        }
        String team = cell(cells, fields, "team");
        if (team.isEmpty() && indexOf(fields, "team", -1) < 0) {
            // No team column: "Communications (SRE)" is the role and the team it was played for.
            Matcher withTeam = ROLE_AND_TEAM.matcher(role);
            if (withTeam.matches() && !roles.role(role).equals(roles.role(withTeam.group(1)))) {
                role = withTeam.group(1).strip();
                team = withTeam.group(2).strip();
            }
        }
        return new Responder(name, roles.role(role), team, roles.discipline(discipline).orElse(discipline), joinedAt,
                link);
    }

    private static String cell(List<String> cells, String[] fields, String field) {
        int at = indexOf(fields, field, cells.size());
        String value = at < cells.size() ? ReadingWords.joined(cells.get(at)) : "";
        return ActionText.isPlaceholder(value) ? "" : value;
    }

    /** Which field each column holds, by its whole header, then its last word; each field to one column. */
    private static String[] fields(List<String> header) {
        String[] out = COLUMNS.assign(header, Columns.Match.LAST_WORD);
        if (indexOf(out, "name", out.length) == out.length) {
            for (int c = 0; c < out.length; c++) {
                if (out[c] == null) {
                    out[c] = "name";
                    break;
                }
            }
        }
        return out;
    }

    /** The column holding the field; a table without a header has its names in the first column. */
    private static int indexOf(String[] fields, String field, int otherwise) {
        for (int i = 0; i < fields.length; i++) {
            if (field.equals(fields[i])) {
                return i;
            }
        }
        return fields.length == 0 && field.equals("name") ? 0 : otherwise;
    }
}
