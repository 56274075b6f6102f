package dev.hindsight.importer.read;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.incident.Responder;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Reads the people of a Responders, Attendees, Participants, "People involved", "Incident team" or On-call
 * section, whatever its shape: lists ("Name (Role)", "Name - Role", "**Role:** Name, Name", "Name, Role",
 * "@handles", initials, bare names), labels or headings naming the role of the people under them, and tables
 * with name, role and team columns. A role the organisation has configured is written its way ("IC" is
 * "Incident Commander"); any other role is kept as written, and no role is ever made up.
 *
 * <p>Also finds the post-mortem's author ({@link #author}). Every line given ends up in a responder's lines, or
 * in the log as context (headings, labels) or skipped with the reason. Safe to call from several threads at once.
 */
public final class PeopleReader {

    private final Roles roles;
    private final ImportLog log;
    /** What the document says about its times, for the times people joined at. */
    private final TimeContext time;
    private final List<Sourced<Responder>> out = new ArrayList<>();
    private final Set<String> seen = new HashSet<>();
    /** The role or team a subsection heading gives the people under it. */
    private PersonLine.Defaults fromHeading = PersonLine.Defaults.NONE;
    /** The role or team a label line ("Incident Commander:") gives the lines after it, up to the next heading. */
    private PersonLine.Defaults fromLabel;

    /** Whether each line is one responder as written, repeats included (a list Hindsight itself rendered). */
    private final boolean asListed;

    private PeopleReader(Conventions conventions, TimeContext time, ImportLog log, boolean asListed) {
        this.roles = new Roles(conventions);
        this.time = time;
        this.log = log;
        this.asListed = asListed;
    }

    public static List<Sourced<Responder>> read(List<Block> blocks, Conventions conventions, ImportLog log) {
        return new PeopleReader(conventions, TimeContext.none(), log, false).readAll(blocks);
    }

    /**
     * Reads the people of a seed layout's responders list, which Hindsight rendered one responder a line: a
     * person listed twice with the same role there is two responders (their teams, which the layout does not
     * show, differ), not the same person named again. A handle's '@' there is the chat's, not the name's
     * ("@ana.costa" is ana.costa), and a time joined at without a date ("14:12 UTC") is on the document's day.
     */
    public static List<Sourced<Responder>> readAsListed(List<Block> blocks, Conventions conventions, TimeContext time,
                                                        ImportLog log) {
        return new PeopleReader(conventions, time, log, true).readAll(blocks);
    }

    /**
     * The author: "Created by: NAME", "Author(s): ...", "Prepared by NAME", "Written by NAME", "Post-mortem
     * owner: NAME", or front matter {@code author}/{@code authors}; the first found, with the line it is on.
     */
    public static Optional<Sourced<String>> author(List<Block> blocks) {
        return Authors.find(blocks);
    }

    private List<Sourced<Responder>> readAll(List<Block> blocks) {
        int i = 0;
        while (i < blocks.size()) {
            Block b = blocks.get(i);
            int end = i + 1;
            switch (b.kind()) {
                case HEADING -> heading(b, i == 0);
                case LIST_ITEM -> {
                    while (end < blocks.size() && blocks.get(end).is(Block.Kind.LIST_ITEM)) {
                        end++;
                    }
                    nodes(ListTree.of(blocks.subList(i, end)), current());
                }
                case TABLE_HEADER, TABLE_ROW -> {
                    while (end < blocks.size() && blocks.get(end).is(Block.Kind.TABLE_ROW)) {
                        end++;
                    }
                    for (Sourced<Responder> r : PeopleTable.read(blocks.subList(i, end), roles, time, log)) {
                        if (!add(r.value(), r.lines())) {
                            log.skip(r.lines(), "names a person already listed");
                        }
                    }
                }
                case PARAGRAPH, QUOTE -> {
                    String[] lines = b.text().split("\n");
                    for (int k = 0; k < lines.length; k++) {
                        Lines at = b.lines().first() + k <= b.lines().last() ? Lines.of(b.lines().first() + k)
                                : b.lines();
                        line(lines[k], at, lines.length == 1 ? b.links() : List.of(), current());
                    }
                }
                default -> log.skip(b.lines(), b.kind().name().toLowerCase(Locale.ROOT).replace('_', ' ')
                        + " in a people section, not a person");
            }
            i = end;
        }
        return out;
    }

    private void heading(Block b, boolean first) {
        String text = b.text().strip();
        fromLabel = null;
        fromHeading = PersonLine.Defaults.NONE;
        if (first || Roles.isGeneral(text)) {
            log.context(b.lines(), "people section heading");
        } else if (Roles.isTeam(text)) {
            fromHeading = new PersonLine.Defaults("", text);
            log.context(b.lines(), "heading naming the team of the people under it");
        } else if (roles.isRole(text)) {
            fromHeading = new PersonLine.Defaults(text, "");
            log.context(b.lines(), "heading naming the role of the people under it");
        } else {
            log.context(b.lines(), "people subsection heading");
        }
    }

    /** A list a level at a time: an item over nested items names their role or team, or is a person itself. */
    private void nodes(List<ListTree> nodes, PersonLine.Defaults defaults) {
        for (ListTree node : nodes) {
            Block b = node.block();
            if (node.children().isEmpty()) {
                line(b.text(), b.lines(), b.links(), defaults);
                continue;
            }
            String text = ReadingWords.joined(b.text());
            PersonLine.Reading reading = PersonLine.read(text, defaults, roles);
            String label = reading.label();
            boolean personShaped = text.indexOf('(') >= 0 || text.contains(" - ") || text.indexOf('@') >= 0;
            if (label == null && !personShaped && (roles.isRole(text) || Roles.isTeam(text) || Roles.isGeneral(text))) {
                label = text;
            }
            if (label != null) {
                log.context(b.lines(), "list item naming the people nested under it");
                nodes(node.children(), labelled(label, defaults));
            } else {
                line(text, b.lines(), b.links(), defaults);
                nodes(node.children(), defaults);
            }
        }
    }

    private void line(String text, Lines lines, List<String> links, PersonLine.Defaults defaults) {
        if (text.isBlank()) {
            return;
        }
        PersonLine.Reading reading = PersonLine.read(ReadingWords.joined(text), defaults, roles);
        if (reading.label() != null) {
            fromLabel = labelled(reading.label(), PersonLine.Defaults.NONE);
            log.context(lines, "label naming the people after it");
            return;
        }
        if (reading.prose()) {
            log.skip(lines, "prose, not a list of people");
            return;
        }
        if (reading.people().isEmpty()) {
            log.skip(lines, "'" + text.strip() + "' is a placeholder, not a person");
            return;
        }
        int added = 0;
        for (PersonLine.Person p : reading.people()) {
            String link = p.link().isEmpty() && reading.people().size() == 1 && links.size() == 1
                    && ActionFields.isLink(links.get(0)) ? links.get(0) : p.link();
            if (p.guess() != null) {
                log.guess("responders.team", p.guess(), lines);
            }
            added += add(new Responder(p.name(), p.role(), p.team(), p.discipline(), null, link), lines) ? 1 : 0;
        }
        if (added == 0) {
            log.skip(lines, "names a person already listed");
        }
    }

    /** What a label gives the people it names: nothing ("Attendees"), a team, or a role as written. */
    private PersonLine.Defaults labelled(String label, PersonLine.Defaults outer) {
        if (Roles.isGeneral(label)) {
            return outer;
        }
        return Roles.isTeam(label) ? new PersonLine.Defaults(outer.role(), label)
                : new PersonLine.Defaults(label, outer.team());
    }

    private boolean add(Responder written, Lines lines) {
        Responder r = asListed && written.name().startsWith("@") ? new Responder(written.name().substring(1),
                written.role(), written.team(), written.discipline(), written.joinedAt(), written.link()) : written;
        if (!seen.add(r.name().toLowerCase(Locale.ROOT) + "\n" + r.role().toLowerCase(Locale.ROOT)) && !asListed) {
            return false;
        }
        out.add(new Sourced<>(r, lines));
        return true;
    }

    private PersonLine.Defaults current() {
        return fromLabel != null ? fromLabel : fromHeading;
    }
}
