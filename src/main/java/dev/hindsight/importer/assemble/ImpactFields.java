package dev.hindsight.importer.assemble;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.BlastRadius;
import dev.hindsight.importer.read.ImpactReader;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.read.StatsReader;
import dev.hindsight.importer.sections.ReadSection;
import dev.hindsight.importer.sections.SectionKind;
import dev.hindsight.severity.Severity;
import java.util.List;
import java.util.Optional;

/**
 * An impact section into its fields: the blast radius, the severity, the users and services affected, the
 * response times it states, and its prose as the impact's summary; and the severity and stated times other
 * sections give. One per document; not thread-safe.
 */
final class ImpactFields {

    private final RecordDraft draft;
    private final Conventions conventions;
    private final ImportLog log;
    private final String layout;
    private final boolean seedLayout;
    private final DraftText text;
    /** The times the impact section's prose states, kept for the metrics no section states under a label. */
    private final List<Sourced<dev.hindsight.metrics.ReportedTime>> inProse = new java.util.ArrayList<>();

    ImpactFields(RecordDraft draft, Conventions conventions, ImportLog log, String layout, boolean seedLayout,
                 DraftText text) {
        this.draft = draft;
        this.conventions = conventions;
        this.log = log;
        this.layout = layout;
        this.seedLayout = seedLayout;
        this.text = text;
    }

    void impact(ReadSection impactSection, List<Block> written) {
        List<Block> section = seedLayout ? servicesChecklist(written) : written;
        BlastRadius.Reading radius = BlastRadius.read(section, log);
        radius.figures().forEach(f -> draft.field("impact.blastRadius", f.value().measure() + ": "
                + f.value().value(), f.lines()));
        draft.blastRadius.addAll(radius.figures());
        radius.appsAndApis().forEach(a -> draft.field("impact.appsAndApis", a.value(), a.lines()));
        draft.appsAndApis.addAll(radius.appsAndApis());
        List<Block> blocks = radius.rest();
        dev.hindsight.importer.read.ImpactReading reading = ImpactReader.read(blocks, conventions, log);
        if (reading.severity().isPresent()) {
            severity(reading);
        } else if (!text.has("severity") && impactSection.section().heading() != null) {
            severity(ImpactReader.underItsHeading(impactSection.section().title(), blocks, conventions, log));
        }
        reading.users().ifPresent(u -> {
            draft.impact.users(u.value());
            draft.field("impact.users", u.value().description(), u.lines());
        });
        if (!reading.services().isEmpty()) {
            draft.impact.services(RecordDraft.values(reading.services()));
            reading.services().forEach(s -> draft.field("impact.services", s.value(), s.lines()));
        }
        var times = StatsReader.readApart(blocks, log);
        stated(times.labelled());
        // A figure in the impact's prose ("offline for 4 hours") waits until every section's labels are read: a
        // "Duration:" in the summary, read after this section, is what the team measured.
        times.inProse().stream().filter(t -> !times.labels(t.value().metric())).forEach(inProse::add);
        // A labelled line read into a field of its own ("Users Affected: 1200") is not also the impact's summary.
        List<dev.hindsight.importer.blocks.Lines> read = new java.util.ArrayList<>();
        reading.users().ifPresent(u -> read.add(u.lines()));
        reading.services().forEach(s -> read.add(s.lines()));
        times.labelled().forEach(t -> read.add(t.lines()));
        List<Block> rest = blocks.stream().filter(b -> !b.is(Block.Kind.LIST_ITEM) || read.stream().noneMatch(l ->
                l.contains(b.lines().first()) && l.contains(b.lines().last()))
                && !(seedLayout && WholeSections.unfilled(b, log))).toList();
        if (LayoutProse.withoutField(layout, SectionKind.IMPACT)) {
            text.noFieldFor(impactSection, rest);
        } else {
            text.text("impact.summary", rest, draft.impact::summary);
        }
    }

    /**
     * A seed layout's checklist of the services it knows ("- [x] Frontend", "- [ ] Other: Payments gateway"):
     * the ticked ones are the services affected, unless the document named them already; the boxes left open are
     * the catalogue's. The blocks left.
     */
    private List<Block> servicesChecklist(List<Block> blocks) {
        List<Block> rest = new java.util.ArrayList<>();
        List<String> ticked = new java.util.ArrayList<>();
        dev.hindsight.importer.blocks.Lines span = null;
        for (Block b : blocks) {
            if (!b.is(Block.Kind.LIST_ITEM) || b.checked() == null || b.level() > 0) {
                rest.add(b);
                continue;
            }
            String text = b.text().strip();
            String other = text.regionMatches(true, 0, "other:", 0, 6) ? text.substring(6).strip() : text;
            if (!b.checked() || dev.hindsight.importer.read.Placeholders.isUnfilled(other)) {
                log.context(b.lines(), "a service not affected, as the checklist offers it");
                continue;
            }
            ticked.add(other);
            span = span == null ? b.lines() : span.span(b.lines());
        }
        if (!ticked.isEmpty() && !draft.has("impact.services")) {
            draft.impact.services(ticked);
            draft.field("impact.services", String.join(", ", ticked), span);
        } else if (span != null) {
            // Named before ("Services impacted: Checkout API"): the ticked ones not named yet are added.
            List<String> named = new java.util.ArrayList<>(draft.impact.build().services());
            List<String> more = ticked.stream().filter(t -> named.stream().noneMatch(t::equalsIgnoreCase)).toList();
            if (more.isEmpty()) {
                log.context(span, "the services affected, named before");
            } else {
                named.addAll(more);
                draft.impact.services(named);
                draft.field("impact.services", String.join(", ", more), span);
            }
        }
        return rest;
    }

    /** Response times a section states; a metric another section stated first keeps that figure, and it is noted. */
    void stated(List<Sourced<dev.hindsight.metrics.ReportedTime>> times) {
        for (var t : times) {
            var first = draft.reportedTimes.stream().filter(r -> r.value().metric() == t.value().metric()).findFirst();
            if (first.isEmpty()) {
                draft.reportedTimes.add(t);
            } else if (!java.util.Objects.equals(first.get().value().minutes(), t.value().minutes())) {
                log.note(t.value().metric().label() + " is stated as '" + first.get().value().asWritten() + "' ("
                        + first.get().lines() + ") and as '" + t.value().asWritten() + "' (" + t.lines()
                        + "); the first is kept");
            }
        }
    }

    /**
     * The times the impact section's prose states, for the metrics still without a figure once every section is
     * read; quietly, as the prose was read (and any disagreement noted) with the section.
     */
    void statedInProse() {
        inProse.stream().filter(t -> draft.reportedTimes.stream().noneMatch(r -> r.value().metric() == t.value()
                .metric())).forEach(draft.reportedTimes::add);
    }

    void severity(dev.hindsight.importer.read.ImpactReading reading) {
        severity(reading.severity(), reading.severityNote());
        reading.initialSeverity().filter(i -> !text.has("initialSeverity")).ifPresent(i -> {
            text.put("initialSeverity", i.value().label());
            draft.record.initialSeverity(i.value());
            draft.field("initialSeverity", i.value().label(), i.lines());
        });
    }

    /** The severity, when none is read yet; the note after its level ("P1 (Major Incident)") goes to its assessment. */
    private void severity(Optional<Sourced<Severity>> read, Optional<Sourced<String>> note) {
        if (text.has("severity") || read.isEmpty()) {
            return;
        }
        Sourced<Severity> s = read.get();
        text.put("severity", s.value().label());
        draft.record.severity(s.value());
        draft.field("severity", s.value().label(), s.lines());
        note.ifPresent(draft::severityNote);
    }
}
