package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.LabelledLines;
import dev.hindsight.importer.read.PeopleReader;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.read.TimeContext;
import dev.hindsight.importer.read.TimeReader;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.IncidentId;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Reads the document's header (front matter, the lines under the title): "Date:", "Authors:", "Status:", "Start
 * time:" and the like. Returns the header's remaining text, the introduction. Stateless.
 */
final class HeaderFields {

    /** Header labels and what they fill; label words are compared lower-cased, without punctuation. */
    private static final Map<String, String> LABELS = Map.ofEntries(
            Map.entry("date", "date"), Map.entry("incident date", "date"), Map.entry("date written", "date"),
            Map.entry("published", "date"), Map.entry("status", "status"), Map.entry("document status", "status"),
            Map.entry("owner", "owner"), Map.entry("postmortem owner", "owner"), Map.entry("post mortem owner", "owner"),
            Map.entry("incident owner", "owner"), Map.entry("incident id", "id"), Map.entry("incident_id", "id"),
            Map.entry("id", "id"), Map.entry("start", "started"), Map.entry("started", "started"),
            Map.entry("start time", "started"), Map.entry("incident start", "started"), Map.entry("began", "started"),
            Map.entry("impact start", "started"), Map.entry("end", "resolved"), Map.entry("end time", "resolved"),
            Map.entry("ended", "resolved"), Map.entry("resolved", "resolved"), Map.entry("resolved at", "resolved"),
            Map.entry("impact end", "resolved"), Map.entry("recovered", "resolved"), Map.entry("detected", "detected"),
            Map.entry("detected at", "detected"), Map.entry("detection time", "detected"),
            Map.entry("mitigated", "mitigated"), Map.entry("mitigated at", "mitigated"),
            Map.entry("description", "summary"), Map.entry("summary", "summary"), Map.entry("root cause", "rootCause"),
            Map.entry("root causes", "rootCause"),
            Map.entry("detection", "detection"), Map.entry("detected by", "detection"),
            Map.entry("how detected", "detection"), Map.entry("impact", "impact"),
            Map.entry("responders", "people"), Map.entry("participants", "people"), Map.entry("attendees", "people"),
            Map.entry("people involved", "people"), Map.entry("incident commander", "people"),
            Map.entry("on call", "people"), Map.entry("incident lead", "people"),
            Map.entry("technical lead", "people"), Map.entry("communications lead", "people"),
            Map.entry("comms lead", "people"), Map.entry("ic", "people"), Map.entry("scribe", "people"), Map.entry("title", "title"), Map.entry("incident title", "title"));

    /** Labels that list people without giving them a role. */
    private static final Set<String> GROUP_LABELS = Set.of("responders", "participants", "attendees",
            "people involved");

    private HeaderFields() {
    }

    static List<Block> read(List<Block> header, RecordDraft draft, TimeContext time,
                            dev.hindsight.conventions.Conventions conventions, ImportLog log) {
        PeopleReader.author(header).filter(a -> !draft.has("author")).ifPresent(a -> {
            draft.record.author(a.value());
            draft.field("author", a.value(), a.lines());
        });
        Set<Block> used = new HashSet<>();
        for (Block b : header) {
            if (b.is(Block.Kind.FRONT_MATTER)) {
                used.add(b);
            }
        }
        for (Sourced<LabelledLines.Labelled> line : LabelledLines.read(header)) {
            String label = line.value().label().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_ ]", " ")
                    .replaceAll("\\s+", " ").strip();
            String value = line.value().value().strip();
            String target = LABELS.get(label);
            if (target == null || value.isEmpty() || draft.has(target)) {
                continue;
            }
            boolean taken = switch (target) {
                case "date" -> TimeReader.date(value).map(d -> {
                    draft.record.dateWritten(d);
                    draft.field("dateWritten", d.toString(), line.lines());
                    return true;
                }).orElse(false);
                case "title" -> {
                    // A document that states its title in a field means it, over a heading like "Incident Report".
                    draft.record.title(value.replace('\n', ' '));
                    draft.retitle(value, line.lines());
                    yield true;
                }
                case "status" -> {
                    log.context(line.lines(), "the document's own status ('" + value + "'); it is imported as a "
                            + "draft and reviewed here");
                    yield true;
                }
                case "owner" -> {
                    draft.record.owner(value.replace('\n', ' '));
                    draft.field("owner", value, line.lines());
                    yield true;
                }
                case "id" -> {
                    if (IncidentId.isValid(value)) {
                        draft.record.id(value);
                        draft.field("id", value, line.lines());
                    }
                    yield IncidentId.isValid(value);
                }
                case "started", "resolved", "detected", "mitigated" -> milestone(target, value, line, draft, time, log);
                case "summary" -> {
                    draft.analysis.summary(value);
                    draft.field("analysis.summary", value, line.lines());
                    yield true;
                }
                case "rootCause" -> {
                    draft.analysis.rootCause(new Analysis.RootCause(value, null, null, null));
                    draft.field("analysis.rootCause", value, line.lines());
                    yield true;
                }
                case "detection" -> {
                    draft.detection.story(value);
                    draft.field("detection.story", value, line.lines());
                    yield true;
                }
                case "impact" -> {
                    draft.impact.summary(value);
                    draft.field("impact.summary", value, line.lines());
                    yield true;
                }
                case "people" -> {
                    // "Incident commander: Ana" names a role; "Responders: Ana, Bo" only lists people.
                    boolean role = !GROUP_LABELS.contains(label);
                    String text = role ? line.value().label() + ": " + value : value;
                    var people = PeopleReader.read(List.of(Block.paragraph(text, line.lines())), conventions, log);
                    draft.responders.addAll(people);
                    yield !people.isEmpty();
                }
                default -> false;
            };
            if (taken) {
                header.stream().filter(b -> b.lines().first() == line.lines().first()
                        && b.lines().last() == line.lines().last()).forEach(used::add);
            }
        }
        List<Block> intro = new ArrayList<>();
        for (Block b : header) {
            if (!used.contains(b) && !b.is(Block.Kind.HEADING)) {
                intro.add(b);
            }
        }
        return intro;
    }

    private static boolean milestone(String target, String value, Sourced<LabelledLines.Labelled> line,
                                     RecordDraft draft, TimeContext time, ImportLog log) {
        EventKind kind = switch (target) {
            case "started" -> EventKind.STARTED;
            case "detected" -> EventKind.DETECTED;
            case "mitigated" -> EventKind.MITIGATED;
            default -> EventKind.RESOLVED;
        };
        return new TimeReader("timeline").instant(value, time, line.lines(), log).map(at -> {
            ZoneId zone = time.zone() == null ? ZoneId.of("UTC") : time.zone();
            draft.events.add(new Sourced<>(new TimelineEvent(at.value(), zone, line.value().label() + ": " + value,
                    kind, null, "import (header)"), line.lines()));
            return true;
        }).orElse(false);
    }
}
