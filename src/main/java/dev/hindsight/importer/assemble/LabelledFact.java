package dev.hindsight.importer.assemble;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.importer.read.ImpactReader;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.LabelledLines;
import dev.hindsight.importer.read.LinkText;
import dev.hindsight.importer.read.PeopleReader;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.read.TimeContext;
import dev.hindsight.importer.read.TimeReader;
import dev.hindsight.incident.IncidentId;
import dev.hindsight.incident.Link;
import dev.hindsight.incident.YesNo;
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
 */
final class LabelledFact {

    private static final Pattern LIST_SEPARATOR = Pattern.compile("\\s*[,;]\\s*");
    private static final Pattern ADDRESS = Pattern.compile("(?i)^(https?|mailto):\\S+$");
    private static final Pattern YES = Pattern.compile("(?i)^(yes|y|true)\\b[\\s.,:;-]*");
    private static final Pattern NO = Pattern.compile("(?i)^(no|n|none|false)\\b[\\s.,:;-]*");

    private final RecordDraft draft;
    private final TimeContext time;
    private final Conventions conventions;
    private final ImportLog log;

    LabelledFact(RecordDraft draft, TimeContext time, Conventions conventions, ImportLog log) {
        this.draft = draft;
        this.time = time;
        this.conventions = conventions;
        this.log = log;
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
        List<Block> used = new ArrayList<>(own(line, blocks));
        if (target.type().equals("list")) {
            return list(target, value, from, blocks, used);
        }
        if (target.type().equals("context")) {
            // A label the layout writes for a value the record keeps elsewhere ("Last Updated", kept by the store).
            List<Block> taken = value.isEmpty() ? under(used, blocks) : used;
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
            List<Block> more = continuation(used, blocks, target.layout());
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
            case "method" -> method(value, from);
            case "yes-no" -> Optional.of(yesNo(value));
            case "users" -> Optional.of(dev.hindsight.importer.read.UsersFigure.of(value));
            case "count" -> count(value);
            case "link" -> LinkText.read(value, own(line, blocks).stream().flatMap(b -> b.links().stream())
                    .toList()).filter(l -> Link.isSafe(l.url())).map(l -> (Object) l)
                    .or(() -> link(value, used, target.ownsEmptyLine()));
            case "time" -> milestone(target.field(), label, value, from) ? Optional.of("") : Optional.empty();
            case "person", "people" -> people(target.type().equals("person") ? label + ": " + value : value, from)
                    ? Optional.of("") : target.type().equals("person") && target.ownsEmptyLine()
                    ? named(label, value, from) : Optional.empty();
            case "stated" -> stated(label, value, from);
            case "id" -> IncidentId.isValid(value) ? Optional.of(value) : Optional.empty();
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

    /**
     * A layout's labelled item whose text runs on in paragraphs of its own ("- Resolution method: ..." and a
     * second paragraph of it): those paragraphs, up to the next list, entry or label.
     */
    private static List<Block> continuation(List<Block> used, List<Block> blocks, String layout) {
        if (used.isEmpty() || !used.get(0).is(Block.Kind.LIST_ITEM)) {
            return List.of();
        }
        List<Block> out = new ArrayList<>();
        for (int i = blocks.indexOf(used.get(0)) + 1; i < blocks.size() && blocks.get(i).is(Block.Kind.PARAGRAPH)
                && !dev.hindsight.importer.sections.Classifier.startsWithTime(blocks.get(i).text())
                && !startsWithLabel(blocks.get(i), layout); i++) {
            out.add(blocks.get(i));
        }
        return out;
    }

    /** A paragraph opening with a label the layout knows: a fact of its own, no continuation of the one before. */
    private static boolean startsWithLabel(Block paragraph, String layout) {
        return LabelledLines.read(List.of(paragraph)).stream().limit(1)
                .anyMatch(l -> LabelVocabulary.builtIn().of(l.value().label(), layout).isPresent());
    }

    /** The label's block and the list items under it (deeper than it), which the label stands for. */
    private static List<Block> under(List<Block> used, List<Block> blocks) {
        if (used.isEmpty()) {
            return used;
        }
        Block label = used.get(0);
        int level = label.is(Block.Kind.LIST_ITEM) ? label.level() : -1;
        List<Block> out = new ArrayList<>(used);
        for (int i = blocks.indexOf(label) + 1; i < blocks.size() && blocks.get(i).is(Block.Kind.LIST_ITEM)
                && blocks.get(i).level() > level; i++) {
            out.add(blocks.get(i));
        }
        return out;
    }

    /** The block the label line is in. */
    private static List<Block> own(Sourced<LabelledLines.Labelled> line, List<Block> blocks) {
        return blocks.stream().filter(b -> b.lines().contains(line.lines().first())).limit(1).toList();
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
        Optional<String> told = byItsWords(value, from);
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

    /** The configured discovery method the words tell ("Synthetic monitoring": Alerts, detection-words.json), noted. */
    private Optional<String> byItsWords(String value, Lines from) {
        Optional<String> told = dev.hindsight.importer.read.DiscoveryWords.of(value).flatMap(conventions::discoveryMethod);
        told.ifPresent(m -> log.note("discovery method '" + value + "' (" + from + ") read as " + m + ", by its words"));
        return told;
    }

    /**
     * One of the configured discovery methods, as written or told by its words; words that tell none stay where
     * they are written, in the text.
     */
    private Optional<Object> method(String value, Lines from) {
        Optional<String> configured = conventions.discoveryMethod(value);
        if (configured.isEmpty()) {
            configured = byItsWords(value, from);
        }
        if (configured.isEmpty()) {
            log.note("discovery method '" + value + "' (" + from + ") is not one of "
                    + conventions.discoveryMethods() + "; kept as written");
        }
        return configured.map(m -> m);
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

    /**
     * A link: a URL as the value, or the value naming a link its block holds ("[PagerDuty #12](https://...)"),
     * or, in a seed layout's own line, a name with no address ("PagerDuty #123").
     */
    private static Optional<Object> link(String value, List<Block> used, boolean layoutsOwn) {
        if (ADDRESS.matcher(value).find() && Link.isSafe(value)) {
            return Optional.of(new Link("", value));
        }
        List<String> links = used.isEmpty() ? List.of() : used.get(0).links();
        if (links.size() == 1 && Link.isSafe(links.get(0))) {
            return Optional.of(new Link(value.equals(links.get(0)) ? "" : value, links.get(0)));
        }
        return links.isEmpty() && layoutsOwn ? Optional.of(new Link(value, "")) : Optional.empty();
    }

    /** A seed layout's own role label ("Technical Lead | Lea Fischer"): the name in that role. */
    private Optional<Object> named(String label, String value, Lines from) {
        responders(List.of(new Sourced<>(dev.hindsight.incident.Responder.of(value, label), from)));
        return Optional.of("");
    }

    /** Responders a label names; one named before in the same role ("Incident Commander" again) is noted once. */
    private void responders(List<Sourced<dev.hindsight.incident.Responder>> named) {
        for (var r : named) {
            boolean again = draft.responders.stream().anyMatch(d -> d.value().name().equals(r.value().name())
                    && d.value().role().equalsIgnoreCase(r.value().role()));
            if (again) {
                log.context(r.lines(), "names " + r.value().name() + " as " + r.value().role() + " again");
            } else {
                draft.responders.add(r);
            }
        }
    }

    /** A response time stated under a label ("Total downtime: 14 hours 5 minutes"), each metric once. */
    private Optional<Object> stated(String label, String value, Lines from) {
        var read = dev.hindsight.importer.read.StatsReader.read(List.of(Block.paragraph(label + ": " + value, from)),
                log);
        read.stream().filter(t -> draft.reportedTimes.stream().noneMatch(r -> r.value().metric() == t.value()
                .metric())).forEach(draft.reportedTimes::add);
        return read.isEmpty() ? Optional.empty() : Optional.of("");
    }

    /** A whole number as written ("60303", "58,410"), nothing else. */
    private static Optional<Object> count(String value) {
        String digits = value.strip().replace(",", "");
        return digits.matches("\\d{1,15}") ? Optional.of(Long.parseLong(digits)) : Optional.empty();
    }

    private static YesNo yesNo(String value) {
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

    private boolean people(String text, Lines from) {
        var people = PeopleReader.read(List.of(Block.paragraph(text, from)), conventions, log);
        responders(people);
        return !people.isEmpty();
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
