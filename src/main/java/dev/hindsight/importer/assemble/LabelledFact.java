package dev.hindsight.importer.assemble;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.importer.read.ImpactReader;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.LabelledLines;
import dev.hindsight.importer.read.LinkText;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.read.TimeContext;
import dev.hindsight.importer.read.TimeReader;
import dev.hindsight.incident.IncidentId;
import dev.hindsight.incident.Link;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Writes one labelled fact to the record field its label names ({@link LabelVocabulary}): reads the value as the
 * field's type (a date, a time, a severity, a list, people, yes/no, a link, text) and notes the lines it came
 * from. The one writer for labelled lines wherever they stand. One per document; not thread-safe.
 *
 * <p>Here: which reading a field's type asks for, lists, milestones, stated times and where each value is set.
 * The blocks a label stands for are {@link LabelBlocks}', plain values (a link, a count, yes/no)
 * {@link WrittenValues}', a discovery method {@link DiscoveryMethod}'s and the people a label names
 * {@link NamedResponders}'.
 */
final class LabelledFact {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");

    private final RecordDraft draft;
    private final TimeContext time;
    private final Conventions conventions;
    private final ImportLog log;
    private final NamedResponders responders;

    LabelledFact(RecordDraft draft, TimeContext time, Conventions conventions, ImportLog log) {
        this.draft = draft;
        this.time = time;
        this.conventions = conventions;
        this.log = log;
        this.responders = new NamedResponders(draft, conventions, log);
    }

    /**
     * Writes the fact; returns the blocks it used (the label's own block, and a list's items after it), or
     * nothing when the value is not one the field can take.
     *
     * @param blocks the blocks the label stands among, so a label with its value in the items after it
     *               ("Areas Affected:" then a list) can take them
     */
    List<Block> write(LabelVocabulary.Target target, Sourced<LabelledLines.Labelled> line, List<Block> blocks) {
        String label = line.value().label();
        String value = line.value().value().strip();
        Lines from = line.lines();
        List<Block> used = new ArrayList<>(LabelBlocks.own(line, blocks));
        if (target.type().equals("list")) {
            return list(target, value, from, blocks, used);
        }
        if (target.type().equals("context")) {
            // A label the layout writes for a value the record keeps elsewhere ("Last Updated", kept by the store).
            List<Block> taken = value.isEmpty() ? LabelBlocks.under(used, blocks) : used;
            Lines all = from;
            for (Block b : taken) {
                all = all.span(b.lines());
            }
            log.context(all, "'" + label + "' is the template's; its value is not imported");
            return taken;
        }
        // "Alert/ticket: [](https://...)": a link with no words is still a link.
        boolean bareLink = target.type().equals("link") && value.isEmpty() && !used.isEmpty()
                && !used.get(0).links().isEmpty();
        if (!bareLink && (value.isEmpty() || Placeholders.isUnfilled(value))) {
            if (target.ownsEmptyLine()) {
                log.skip(from, "'" + label + "' is not filled in");
                return used;
            }
            return List.of();
        }
        if (target.type().equals("text") && target.ownsEmptyLine()) {
            List<Block> more = LabelBlocks.continuation(used, blocks, target.layout());
            if (!more.isEmpty()) {
                StringBuilder text = new StringBuilder(value);
                Lines all = from;
                for (Block b : more) {
                    text.append("\n\n").append(b.text().strip());
                    all = all.span(b.lines());
                }
                set(target.field(), text.toString(), text.toString(), all);
                used.addAll(more);
                return used;
            }
        }
        if (target.type().equals("method") && target.ownsEmptyLine() && conventions.discoveryMethod(value).isEmpty()) {
            return toldMethod(value, from, used);
        }
        Optional<Object> read = switch (target.type()) {
            case "date" -> TimeReader.date(value).map(d -> d);
            case "severity" -> ImpactReader.severity(value, from, conventions, log).map(s -> s.value());
            case "method" -> DiscoveryMethod.read(value, from, conventions, log);
            case "yes-no" -> Optional.of(WrittenValues.yesNo(value));
            case "users" -> Optional.of(dev.hindsight.importer.read.UsersFigure.of(value));
            case "count" -> WrittenValues.count(value);
            case "link" -> LinkText.read(value, LabelBlocks.own(line, blocks).stream().flatMap(b -> b.links().stream())
                    .toList()).filter(l -> Link.isSafe(l.url())).map(l -> (Object) l)
                    .or(() -> WrittenValues.link(value, used, target.ownsEmptyLine()));
            case "time" -> milestone(target.field(), label, value, from) ? Optional.of("") : Optional.empty();
            case "person", "people" -> responders.people(target.type().equals("person") ? label + ": " + value
                    : value, from) ? Optional.of("") : target.type().equals("person") && target.ownsEmptyLine()
                    ? responders.named(label, value, from) : Optional.empty();
            case "stated" -> stated(label, value, from);
            // An id has a number in it: "Incident: Outage" is a name, "Incident: TT-PAY-2026-014" the id.
            case "id" -> IncidentId.isValid(value) && value.chars().anyMatch(Character::isDigit)
                    ? Optional.of(value) : Optional.empty();
            case "status" -> {
                log.context(from, "the document's own status ('" + value + "'); it is imported as a draft and "
                        + "reviewed here");
                yield Optional.of("");
            }
            case "record-status" -> recordStatus(value, from);
            default -> Optional.of(value);
        };
        if (read.isEmpty()) {
            return List.of();
        }
        set(target.field(), read.get(), shown(read.get(), value), from);
        if (target.type().equals("severity")) {
            // "Initial severity: SEV-3 (declared on one ticket)": the note says how the level was chosen.
            ImpactReader.note(value, from).ifPresent(draft::severityNote);
        }
        return used;
    }

    /** Notes a layout's label stating a field already read ("Incident ID" again in a table). */
    void restated(LabelVocabulary.Target target, Sourced<LabelledLines.Labelled> line) {
        log.context(line.lines(), "'" + line.value().label() + "' states " + target.field() + " again");
    }

    /** Sets a path on the draft and notes where it came from; fields the other stages own are set there. */
    private void set(String field, Object value, String shown, Lines from) {
        switch (field) {
            case "title" -> {
                // A document that states its title in a field means it, over a heading like "Incident Report".
                draft.record.title(shown.replace('\n', ' '));
                draft.retitle(shown, from);
            }
            case "id" -> {
                draft.record.id((String) value);
                draft.field("id", shown, from);
            }
            case "owner" -> {
                draft.record.owner(shown.replace('\n', ' '));
                draft.field("owner", shown, from);
            }
            case "status" -> {
                // Only a layout whose status label is the document's own ("record-status") sets it.
                if (value instanceof dev.hindsight.incident.Status status) {
                    draft.record.status(status);
                    draft.field("status", status.code(), from);
                }
            }
            case "responders", "reportedTimes", "timeline.started", "timeline.detected", "timeline.mitigated",
                 "timeline.resolved" -> {
                // written by their readers: a log line, responders, timeline events
            }
            default -> FieldPaths.setter(field).ifPresentOrElse(s -> {
                s.accept(draft, value);
                draft.field(field, shown, from);
            }, () -> log.note("labels.json names a field the record does not have: '" + field + "'"));
        }
    }

    private static String shown(Object read, String written) {
        if (read instanceof dev.hindsight.severity.Severity s) {
            return s.label();
        }
        return read instanceof String s && !s.isEmpty() ? s : read instanceof List<?> l ? String.join(", ",
                l.stream().map(String::valueOf).toList()) : read instanceof String ? written : String.valueOf(read);
    }

    /** A list: the value split at commas, or the items after the label ("Areas Affected:" then a list). */
    private List<Block> list(LabelVocabulary.Target target, String value, Lines from, List<Block> blocks,
                             List<Block> used) {
        List<String> items = new ArrayList<>();
        Lines span = from;
        for (String part : LIST_SEPARATOR.split(value)) {
            if (!part.isBlank() && !Placeholders.isUnfilled(part)) {
                items.add(spelled(target.field(), part.strip()));
            }
        }
        if (value.isEmpty() && !used.isEmpty()) {
            Block label = used.get(0);
            int at = blocks.indexOf(label);
            int level = label.is(Block.Kind.LIST_ITEM) ? label.level() : -1;
            for (int i = at + 1; i < blocks.size() && blocks.get(i).is(Block.Kind.LIST_ITEM)
                    && blocks.get(i).level() > level; i++) {
                Block item = blocks.get(i);
                used.add(item);
                if (Placeholders.isUnfilled(item.text())) {
                    log.skip(item.lines(), "'" + item.text().strip() + "' is a placeholder, not filled in");
                } else {
                    items.add(spelled(target.field(), item.text().strip()));
                    span = span.span(item.lines());
                }
            }
        }
        if (items.isEmpty()) {
            if (target.ownsEmptyLine() && !used.isEmpty()) {
                log.skip(from, "'" + target.field() + "' is not filled in");
                return used;
            }
            return List.of();
        }
        set(target.field(), List.copyOf(items), String.join(", ", items), span);
        return used;
    }

    /** A service named the way the organisation's catalogue spells it. */
    private String spelled(String field, String written) {
        if (!field.equals("impact.services")) {
            return written;
        }
        String wanted = written.toLowerCase(Locale.ROOT);
        return conventions.serviceCatalogue().stream().filter(c -> c.toLowerCase(Locale.ROOT).equals(wanted))
                .findFirst().orElse(written);
    }

    /**
     * A seed layout's method label in the team's words ("How detected: PagerDuty alert on checkout 5xx"): the
     * method its words name ({@link dev.hindsight.importer.read.DiscoveryWords}), else the words are the story.
     */
    private List<Block> toldMethod(String value, Lines from, List<Block> used) {
        Optional<String> told = DiscoveryMethod.byItsWords(value, from, conventions, log);
        if (told.isPresent()) {
            set("detection.method", told.get(), told.get(), from);
        } else {
            log.note("discovery method '" + value + "' (" + from + ") is not one of "
                    + conventions.discoveryMethods() + "; kept as the detection story");
            draft.story = value;
            set("detection.story", value, value, from);
        }
        return used;
    }

    /** The document's own status ("final", "In review"); one in other words is noted and left a draft. */
    private Optional<Object> recordStatus(String value, Lines from) {
        Optional<dev.hindsight.incident.Status> status = dev.hindsight.importer.read.DocumentStatus.of(value);
        if (status.isEmpty()) {
            log.note("status '" + value + "' (" + from + ") is not draft, in review or final; read as draft");
            return Optional.of(dev.hindsight.incident.Status.DRAFT);
        }
        return status.map(s -> s);
    }

    /** A response time stated under a label ("Total downtime: 14 hours 5 minutes"), each metric once. */
    private Optional<Object> stated(String label, String value, Lines from) {
        var read = dev.hindsight.importer.read.StatsReader.read(List.of(Block.paragraph(label + ": " + value, from)),
                log);
        read.stream().filter(t -> draft.reportedTimes.stream().noneMatch(r -> r.value().metric() == t.value()
                .metric())).forEach(draft.reportedTimes::add);
        return read.isEmpty() ? Optional.empty() : Optional.of("");
    }

    private boolean milestone(String field, String label, String value, Lines from) {
        EventKind kind = switch (field) {
            case "timeline.started" -> EventKind.STARTED;
            case "timeline.detected" -> EventKind.DETECTED;
            case "timeline.mitigated" -> EventKind.MITIGATED;
            default -> EventKind.RESOLVED;
        };
        return new TimeReader("timeline").at(value, time, from, log).map(at -> {
            // The zone the time is written in ("14:28 CEST"), as a timeline entry's is.
            ZoneId zone = at.zone() != null ? at.zone() : time.zone() == null ? ZoneId.of("UTC") : time.zone();
            draft.events.add(new Sourced<>(new TimelineEvent(at.at(), zone, label + ": " + value, kind, null,
                    "import (header)"), from));
            return true;
        }).orElse(false);
    }
}
