package dev.hindsight.importer.assemble;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.ActionItemReader;
import dev.hindsight.importer.read.BlastRadius;
import dev.hindsight.importer.read.FindingsReader;
import dev.hindsight.importer.read.FiveWhysReader;
import dev.hindsight.importer.read.ImpactReader;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.PeopleReader;
import dev.hindsight.importer.read.ProseReader;
import dev.hindsight.importer.read.ReviewersReader;
import dev.hindsight.importer.read.RootCauseReader;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.read.StatsReader;
import dev.hindsight.importer.read.TemplateExamples;
import dev.hindsight.importer.read.TimeContext;
import dev.hindsight.importer.read.TimelineReader;
import dev.hindsight.importer.sections.ReadSection;
import dev.hindsight.importer.sections.SectionKind;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.Link;
import dev.hindsight.timeline.EventKind;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Reads each classified section with the extractor for its kind and puts what it finds on the draft, noting the
 * lines each field came from. One per document; not thread-safe.
 */
final class SectionFields {

    private final RecordDraft draft;
    private final Conventions conventions;
    private final TimeContext time;
    private final ImportLog log;
    /** Free-text fields written so far, so a second "Summary" adds to the first instead of replacing it. */
    private final Map<String, String> texts = new HashMap<>();

    /** Whether the document is a seed layout Hindsight renders, its lists one record entry a line. */
    private final boolean seedLayout;

    /** The seed layout the document is in, or "": its own labels are read too. */
    private final String layout;
    private final LabelledFact facts;

    SectionFields(RecordDraft draft, Conventions conventions, TimeContext time, ImportLog log, boolean seedLayout,
                  String layout) {
        this.seedLayout = seedLayout;
        this.layout = layout;
        this.facts = new LabelledFact(draft, time, conventions, log);
        this.draft = draft;
        this.conventions = conventions;
        this.time = time;
        this.log = log;
    }

    void read(ReadSection section) {
        List<Block> blocks = section.blocks();
        switch (section.kind()) {
            case SUMMARY -> text("analysis.summary", blocks, draft.analysis::summary);
            case NARRATIVE -> {
                List<Block> entries = timedList(blocks);
                if (!entries.isEmpty()) {
                    draft.events.addAll(TimelineReader.read(entries, time, log));
                }
                text("analysis.narrative", blocks.stream().filter(b -> !entries.contains(b)).toList(),
                        draft.analysis::narrative);
            }
            case RESOLUTION -> text("analysis.resolution", blocks, draft.analysis::resolution);
            case PREVENTION -> {
                prevention = section.section().index();
                text("analysis.prevention", seedLayout ? measures(blocks) : blocks, draft.analysis::prevention);
            }
            case DETECTION -> text("detection.story", labelled(blocks, "detection."), draft.detection::story);
            case METRICS -> {
                metricsSection = true;
                stated(StatsReader.read(blocks, log));
                text("analysis.supportingMetrics", blocks, draft.analysis::supportingMetrics);
            }
            case IMPACT -> impact(labelled(blocks, "impact."));
            case TIMELINE -> draft.events.addAll(TimelineReader.read(entryFacts(blocks), time, log));
            case ACTION_ITEMS -> {
                if (seedLayout && section.section().parent() == prevention && prevention >= 0) {
                    // "### Monitoring Improvements" under "## Prevention Measures": measures of that kind.
                    List<Block> headed = new java.util.ArrayList<>();
                    headed.add(section.section().heading());
                    headed.addAll(blocks);
                    measures(headed);
                } else {
                    draft.actionItems.addAll(tiered(ActionItemReader.read(blocks, log)));
                }
            }
            case PEOPLE -> draft.responders.addAll(seedLayout ? PeopleReader.readAsListed(blocks, conventions, log)
                    : PeopleReader.read(blocks, conventions, log));
            case ROOT_CAUSE -> rootCause(RootCauseReader.read(blocks));
            case CONTRIBUTING_FACTORS -> draft.contributingFactors.addAll(findingsOf(blocks));
            case FIVE_WHYS -> draft.fiveWhys.addAll(filled(FiveWhysReader.read(blocks)));
            case WENT_WELL -> draft.wentWell.addAll(findingsOf(blocks));
            case WENT_WRONG -> draft.wentWrong.addAll(findingsOf(blocks));
            case LUCKY -> draft.gotLucky.addAll(FindingsReader.read(findings(blocks)));
            case LESSONS -> {
                if (seedLayout) {
                    // A seed layout groups its lessons by kind, each with what was learned and how to apply it.
                    draft.lessons.addAll(dev.hindsight.importer.read.KindedLists.lessons(blocks, log));
                } else {
                    ProseReader.items(blocks).forEach(item -> draft.lessons.add(new Sourced<>(
                            new Analysis.Lesson(null, item.value(), null, null), item.lines())));
                }
            }
            case REFERENCES -> references(blocks);
            case REVIEWERS -> draft.reviewers.addAll(ReviewersReader.read(blocks, log));
            case REVIEW_MEETING -> meeting(section, blocks);
            case COMMUNICATION -> communication(section, blocks);
            case OTHER -> {
                log.note("section '" + section.section().title() + "' has no field of its own; kept as an extra "
                        + "section");
                extra(section.section().title(), blocks);
            }
            case METADATA -> {
                // read by the assembler as header fields; what is left is kept by it as an extra section
            }
        }
    }

    /** Whether a metrics section was read. */
    private boolean metricsSection;

    /** The outline index of the prevention section read last, or -1: its checklists are its measures. */
    private int prevention = -1;

    /**
     * A seed layout's prevention measures: its checklists, by the kind their subsection names; the blocks left
     * (the section's prose) returned.
     */
    private List<Block> measures(List<Block> blocks) {
        List<Block> listed = new java.util.ArrayList<>();
        List<Block> rest = new java.util.ArrayList<>();
        for (Block b : blocks) {
            (b.is(Block.Kind.HEADING) || dev.hindsight.importer.read.KindedLists.isChecklist(b) ? listed : rest).add(b);
        }
        var measures = dev.hindsight.importer.read.KindedLists.measures(listed, log);
        measures.forEach(m -> draft.field("analysis.preventionMeasures", m.value().text(), m.lines()));
        if (!measures.isEmpty()) {
            List<Analysis.PreventionMeasure> all = new java.util.ArrayList<>(preventionMeasures);
            measures.forEach(m -> all.add(m.value()));
            preventionMeasures = List.copyOf(all);
            draft.analysis.preventionMeasures(preventionMeasures);
        }
        return rest;
    }

    private List<Analysis.PreventionMeasure> preventionMeasures = List.of();

    /** The review meeting so far: its parts may stand in two sections ("Review Meeting", "Action Item Review"). */
    private dev.hindsight.review.ReviewMeeting meeting = dev.hindsight.review.ReviewMeeting.none();

    /** A review meeting section: the meeting's parts and the next review's date. */
    private void meeting(ReadSection section, List<Block> blocks) {
        List<Block> rest = LabelledFacts.read(blocks, facts, draft, layout, t -> t.field().equals("nextReviewDate"));
        var read = dev.hindsight.importer.read.ReviewMeetingReader.read(rest, log, layout);
        if (read.found()) {
            var m = read.meeting();
            meeting = new dev.hindsight.review.ReviewMeeting(m.date() != null ? m.date() : meeting.date(),
                    joined(meeting.attendees(), m.attendees()), joined(meeting.discussionPoints(),
                    m.discussionPoints()), joined(meeting.cadence(), m.cadence()));
            draft.record.reviewMeeting(meeting);
            read.used().forEach(b -> draft.field("reviewMeeting", b.text(), b.lines()));
        }
        // What is neither is kept under the section's heading by the assembler's leftovers rule.
    }

    /** A communication section: what was sent, where, and how well it went; the rest is kept as notes. */
    private void communication(ReadSection section, List<Block> blocks) {
        var read = dev.hindsight.importer.read.CommunicationReader.read(blocks, time, log, layout);
        if (!read.found()) {
            // Notes about communication in no shape of its own: kept whole under the heading, as written.
            extra(section.section().title(), blocks);
            return;
        }
        draft.record.communication(read.communication());
        read.used().forEach(b -> draft.field("communication", b.text(), b.lines()));
    }

    private static <T> List<T> joined(List<T> a, List<T> b) {
        List<T> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    /**
     * In a seed layout, a priority written as one of the organisation's tier words, or a tier's own term
     * ("Immediate Actions"), is that tier: the layout groups its actions by tier.
     */
    private List<Sourced<dev.hindsight.actions.ActionItem>> tiered(List<Sourced<dev.hindsight.actions.ActionItem>> items) {
        if (!seedLayout) {
            return items;
        }
        var policy = conventions.actionPolicy();
        return items.stream().map(s -> {
            var a = s.value();
            if (a.priority() != null || a.priorityLabel() == null || a.priorityLabel().isBlank()) {
                return s;
            }
            String label = a.priorityLabel().strip();
            return policy.tierLabelled(label).map(dev.hindsight.actions.ActionPolicy.Tier::priority)
                    .or(() -> java.util.Arrays.stream(dev.hindsight.actions.Priority.values())
                            .filter(p -> p.term().equalsIgnoreCase(label)).findFirst())
                    .map(p -> new Sourced<>(new dev.hindsight.actions.ActionItem(a.key(), a.title(), a.description(),
                            a.owner(), p, a.dueDate(), a.status(), a.ticket(), a.team(), a.kind(), a.priorityLabel(),
                            a.history()), s.lines())).orElse(s);
        }).toList();
    }

    /**
     * The whys without the template's: an answer left as a placeholder ("[Answer]") is none, and a list whose
     * answers all are and whose questions hold placeholders ("Why [answer from #1]?") is the template's example.
     */
    private List<Sourced<Analysis.Why>> filled(List<Sourced<Analysis.Why>> whys) {
        boolean example = !whys.isEmpty() && whys.stream().allMatch(w -> dev.hindsight.importer.layouts.Placeholders
                .isUnfilled(w.value().answer())) && whys.stream().anyMatch(w -> w.value().question().contains("["));
        if (example) {
            whys.forEach(w -> log.skip(w.lines(), "the template's example why, not filled in"));
            return List.of();
        }
        return whys.stream().map(w -> dev.hindsight.importer.layouts.Placeholders.isUnfilled(w.value().answer())
                && !w.value().answer().isEmpty() ? new Sourced<>(new Analysis.Why(w.value().question(), ""), w.lines())
                : w).toList();
    }

    /** A findings section without the template's example items ("E.g. Oncall identified the impact quickly"). */
    private List<Block> findings(List<Block> blocks) {
        return TemplateExamples.without(blocks, log);
    }

    /** Findings; in a seed layout a heading with no finding under it ("### Positive Aspects") is context. */
    private List<Sourced<Analysis.Finding>> findingsOf(List<Block> blocks) {
        return seedLayout ? FindingsReader.read(findings(blocks), log) : FindingsReader.read(findings(blocks));
    }

    /**
     * A list whose items start with times inside a "What happened" section: the timeline, written there. The
     * longest run of list items of which at least three top-level ones, and four in five, start with a time.
     */
    private static List<Block> timedList(List<Block> blocks) {
        List<Block> best = List.of();
        int i = 0;
        while (i < blocks.size()) {
            if (!blocks.get(i).is(Block.Kind.LIST_ITEM)) {
                i++;
                continue;
            }
            int end = i;
            int top = 0;
            int timed = 0;
            while (end < blocks.size() && blocks.get(end).is(Block.Kind.LIST_ITEM)) {
                if (blocks.get(end).level() == 0) {
                    top++;
                    timed += dev.hindsight.importer.sections.Classifier.startsWithTime(blocks.get(end).text()) ? 1 : 0;
                }
                end++;
            }
            if (timed >= 3 && timed * 5 >= top * 4 && end - i > best.size()) {
                best = blocks.subList(i, end);
            }
            i = end;
        }
        return best;
    }

    /** The text under the title: the summary when the document has no summary section, else kept as written. */
    void introduction(List<Block> intro, boolean hasSummary) {
        // A "Summary:" label in the header is the summary; the header's other text stays beside it.
        if (hasSummary || draft.has("analysis.summary")) {
            extra("Introduction", intro);
        } else {
            text("analysis.summary", intro, draft.analysis::summary);
        }
    }

    /**
     * What a document often states only in passing: the root cause in the summary's prose, the start and end in a
     * sentence ("from 16:58 to 18:46 UTC"), durations in stats lines, the severity in a bold label.
     */
    void fallbacks(List<Block> header, List<ReadSection> sections) {
        List<Block> prose = new java.util.ArrayList<>(header);
        sections.stream().filter(s -> s.kind() == SectionKind.SUMMARY || s.kind() == SectionKind.IMPACT
                        || s.kind() == SectionKind.METADATA || s.kind() == SectionKind.NARRATIVE)
                .forEach(s -> prose.addAll(s.blocks()));
        // A header label ("**Root Causes:** …") states it too, and then no other place is looked at.
        boolean labelled = draft.has("analysis.rootCause");
        if (texts.get("analysis.rootCause") == null && !labelled) {
            rootCause(RootCauseReader.fromSummary(prose));
        }
        // With no root cause section, "What went wrong" (or "Why") is where the document says it.
        for (ReadSection s : sections) {
            if (texts.get("analysis.rootCause") == null && !labelled && s.kind() == SectionKind.WENT_WRONG) {
                rootCause(RootCauseReader.read(s.blocks()));
            }
        }
        // "Report prepared by: Beatriz Lopes" as the document's last words, when the header names no author.
        if (!draft.has("author") && !sections.isEmpty()) {
            List<Block> last = sections.get(sections.size() - 1).blocks();
            PeopleReader.author(last.subList(Math.max(0, last.size() - 2), last.size())).ifPresent(a -> {
                draft.record.author(a.value());
                draft.field("author", a.value(), a.lines());
            });
        }
        boolean started = draft.events.stream().anyMatch(e -> e.value().kind() == EventKind.STARTED);
        boolean resolved = draft.events.stream().anyMatch(e -> e.value().kind() == EventKind.RESOLVED);
        if (!started || !resolved) {
            for (Sourced<dev.hindsight.timeline.TimelineEvent> e : TimelineReader.fromProse(prose, time, log)) {
                EventKind kind = e.value().kind();
                if (kind == EventKind.STARTED && !started || kind == EventKind.RESOLVED && !resolved) {
                    draft.events.add(e);
                }
            }
        }
        // Stats lines stand wherever a team puts them ("Detection", "Key figures", the summary): each metric once.
        // A seed layout with a metrics section states its times there; figures elsewhere restate them.
        List<Block> all = new java.util.ArrayList<>();
        if (!(seedLayout && metricsSection)) {
            all.addAll(header);
            sections.forEach(s -> all.addAll(s.blocks()));
        }
        for (var stated : StatsReader.read(all, log)) {
            if (draft.reportedTimes.stream().noneMatch(t -> t.value().metric() == stated.value().metric())) {
                draft.reportedTimes.add(stated);
            }
        }
        // Only when nothing stated it: a labelled severity ("Level: 2") is not overridden by words in the prose,
        // and the prose (a SEV's narrative is long) is not read a second time for nothing.
        if (!texts.containsKey("severity") && !draft.has("severity")) {
            severity(ImpactReader.read(prose, conventions, log));
        }
    }

    /**
     * The section's labelled facts that fill fields of its own kind ("Business impact:", "Method:"), read by
     * {@link LabelledFacts}; the blocks left. The section's own text and the facts its reader knows (severity,
     * users, services) are left to that reader.
     */
    private List<Block> labelled(List<Block> blocks, String prefix) {
        return LabelledFacts.read(blocks, facts, draft, layout, t -> t.field().startsWith(prefix)
                && !OWN_READER.contains(t.field()) || t.field().equals("reportedTimes"));
    }

    /**
     * The facts a seed layout writes under its timeline entries ("- How detected: Alerts", "- Resolution method:
     * ..."), data in labels.json under "LAYOUT timeline": read into their fields, not kept as the entries' details.
     */
    private List<Block> entryFacts(List<Block> blocks) {
        if (layout == null || layout.isEmpty() || !seedLayout) {
            return blocks;
        }
        String scope = layout + " timeline";
        List<Block> stamped = new java.util.ArrayList<>();
        for (Block b : blocks) {
            if (b.is(Block.Kind.PARAGRAPH) && EMPTY_STAMP.matcher(b.text()).find()) {
                // "**[]** - Root Cause Identified": the layout's place for a milestone with no time written
                log.context(b.lines(), "the layout's entry for a milestone with no time");
            } else {
                stamped.add(b);
            }
        }
        blocks = stamped;
        // Facts first, so that a commander named by a label and listed in the team is the team's.
        return teams(LabelledFacts.read(blocks, facts, draft, scope, t -> t.layout().equals(scope)), scope);
    }

    /**
     * An item that is only a people label's words ("- Response team assembled") with the team listed under it:
     * the team are responders, each once; the same person in the same role named before by a label ("Incident
     * Commander: ...") is this listing's. The blocks left.
     */
    private List<Block> teams(List<Block> blocks, String scope) {
        List<Block> out = new java.util.ArrayList<>();
        LabelVocabulary words = LabelVocabulary.builtIn();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            var target = b.is(Block.Kind.LIST_ITEM) && b.text().indexOf(':') < 0 ? words.of(b.text(), scope)
                    .filter(t -> t.layout().equals(scope)) : java.util.Optional.<LabelVocabulary.Target>empty();
            if (target.isEmpty() || !target.get().type().equals("people") && !target.get().type().equals("context")) {
                out.add(b);
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && blocks.get(end).is(Block.Kind.LIST_ITEM)
                    && blocks.get(end).level() > b.level()) {
                end++;
            }
            if (target.get().type().equals("context")) {
                // "- Post-mortem scheduled": the layout's own line, with nothing of the team's
                log.context(new dev.hindsight.importer.blocks.Lines(b.lines().first(),
                        blocks.get(end - 1).lines().last()), "the layout's own line under the entry");
                i = end - 1;
                continue;
            }
            log.context(b.lines(), "the layout's line over the response team");
            List<Sourced<dev.hindsight.incident.Responder>> listed = PeopleReader.readAsListed(
                    blocks.subList(i + 1, end), conventions, log);
            draft.responders.removeIf(r -> {
                boolean twice = listed.stream().anyMatch(l -> l.value().name().equals(r.value().name())
                        && l.value().role().equalsIgnoreCase(r.value().role()));
                if (twice) {
                    log.context(r.lines(), "names " + r.value().name() + ", listed in the response team");
                }
                return twice;
            });
            draft.responders.addAll(listed);
            i = end - 1;
        }
        return out;
    }

    /** An entry whose time stamp is empty: "[] - Incident Declared". */
    private static final java.util.regex.Pattern EMPTY_STAMP = java.util.regex.Pattern.compile(
            "^[\\s*_]*\\[\\s*][\\s*_]*[-–—]");

    /** Fields a section's reader fills itself, from the section's text. */
    private static final java.util.Set<String> OWN_READER = java.util.Set.of("impact.summary", "impact.services",
            "impact.users", "detection.story");

    private void impact(List<Block> written) {
        List<Block> section = seedLayout ? servicesChecklist(written) : written;
        BlastRadius.Reading radius = BlastRadius.read(section, log);
        radius.figures().forEach(f -> draft.field("impact.blastRadius", f.value().measure() + ": "
                + f.value().value(), f.lines()));
        draft.blastRadius.addAll(radius.figures());
        radius.appsAndApis().forEach(a -> draft.field("impact.appsAndApis", a.value(), a.lines()));
        draft.appsAndApis.addAll(radius.appsAndApis());
        List<Block> blocks = radius.rest();
        dev.hindsight.importer.read.ImpactReading reading = ImpactReader.read(blocks, conventions, log);
        severity(reading);
        reading.users().ifPresent(u -> {
            draft.impact.users(u.value());
            draft.field("impact.users", u.value().description(), u.lines());
        });
        if (!reading.services().isEmpty()) {
            draft.impact.services(RecordDraft.values(reading.services()));
            reading.services().forEach(s -> draft.field("impact.services", s.value(), s.lines()));
        }
        stated(StatsReader.read(blocks, log));
        text("impact.summary", blocks, draft.impact::summary);
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
            if (!b.checked() || dev.hindsight.importer.layouts.Placeholders.isUnfilled(other)) {
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
            log.context(span, "the services affected, named before");
        }
        return rest;
    }

    /** Response times a section states; a metric another section stated first keeps that figure, and it is noted. */
    private void stated(List<Sourced<dev.hindsight.metrics.ReportedTime>> times) {
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

    private void severity(dev.hindsight.importer.read.ImpactReading reading) {
        if (texts.containsKey("severity")) {
            return;
        }
        reading.severity().ifPresent(s -> {
            texts.put("severity", s.value().label());
            draft.record.severity(s.value());
            draft.field("severity", s.value().label(), s.lines());
        });
    }

    private void rootCause(Optional<Sourced<Analysis.RootCause>> cause) {
        cause.ifPresent(c -> {
            if (texts.putIfAbsent("analysis.rootCause", c.value().summary()) == null) {
                Analysis.RootCause read = c.value();
                // A labelled one-sentence root cause ("**Root Cause:** ...") read before, and a section that
                // explains it without restating it: the sentence is the summary, the section the rest.
                Analysis.RootCause labelled = draft.has("analysis.rootCause") ? draft.analysis.build().rootCause() : null;
                if (labelled != null && read.summary().isBlank() && !labelled.summary().isBlank()) {
                    read = new Analysis.RootCause(labelled.summary(), read.whatHappened(), read.whyItHappened(),
                            read.whyNotCaughtEarlier());
                }
                draft.analysis.rootCause(read);
                draft.field("analysis.rootCause", read.summary(), c.lines());
            }
        });
    }

    /** Each safe link is a reference; the lines around them are kept by the leftovers rule. */
    private void references(List<Block> blocks) {
        if (seedLayout) {
            seedReferences(blocks);
            return;
        }
        for (Block b : blocks) {
            if (b.links().isEmpty() && unfilledLink(b)) {
                log.skip(b.lines(), "'" + b.text().strip() + "' is the template's line, not filled in");
                continue;
            }
            for (String url : b.links()) {
                if (Link.isSafe(url)) {
                    draft.references.add(new Sourced<>(new Link(b.text().isBlank() ? url : first(b.text()), url),
                            b.lines()));
                }
            }
        }
    }

    /**
     * A seed layout's links, one an item: "- Incident ticket: https://..." is named by its label, a bare address
     * has no name, and the label labels.json gives the related incidents ("- Related incidents:") takes the items
     * under it ("INC-2025-4938 https://... - same resolver"). Placeholders left in are not filled in.
     */
    private void seedReferences(List<Block> blocks) {
        List<dev.hindsight.incident.RelatedIncident> related = new java.util.ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            if (b.is(Block.Kind.HEADING)) {
                continue;
            }
            var labelled = dev.hindsight.importer.read.LabelledLines.read(b.text().strip());
            boolean relatedLabel = labelled.flatMap(l -> LabelVocabulary.builtIn().of(l.label(), layout))
                    .filter(t -> t.field().equals("relatedIncidents")).isPresent();
            if (relatedLabel && b.links().isEmpty()) {
                int end = i + 1;
                while (end < blocks.size() && blocks.get(end).is(Block.Kind.LIST_ITEM)
                        && blocks.get(end).level() > b.level()) {
                    Block item = blocks.get(end++);
                    related.add(relatedIncident(item.text().strip()));
                    draft.field("relatedIncidents", item.text(), item.lines());
                }
                if (end == i + 1) {
                    log.skip(b.lines(), "'" + b.text().strip() + "' is not filled in");
                } else {
                    log.context(b.lines(), "the related incidents below");
                }
                i = end - 1;
                continue;
            }
            if (b.links().isEmpty() && unfilledLink(b)) {
                log.skip(b.lines(), "'" + b.text().strip() + "' is the template's line, not filled in");
                continue;
            }
            String text = b.text().strip();
            // The address as a link, or written out bare ("- https://...", "- Runbook: https://...").
            String url = b.links().size() == 1 ? b.links().get(0) : labelled.map(l -> l.value().strip())
                    .filter(SectionFields::isAddress).orElse(isAddress(text) ? text : null);
            if (url == null || !Link.isSafe(url)) {
                continue;
            }
            String name = labelled.filter(l -> l.value().strip().equals(url)).map(l -> l.label())
                    .orElse(text.equals(url) ? "" : text);
            draft.references.add(new Sourced<>(new Link(name, url), b.lines()));
        }
        if (!related.isEmpty()) {
            draft.record.relatedIncidents(related);
        }
    }

    private static boolean isAddress(String text) {
        return text.matches("(?i)^(https?|mailto):\\S+$");
    }

    /** "INC-2025-4938 https://incidents.example.com/953 - same resolver", each part optional. */
    private static dev.hindsight.incident.RelatedIncident relatedIncident(String text) {
        String rest = text;
        String id = "";
        String url = "";
        String[] first = rest.split("\\s+", 2);
        if (!first[0].contains("://")) {
            id = first[0].equals("-") ? "" : first[0];
            rest = first.length > 1 ? first[1] : "";
            first = rest.split("\\s+", 2);
        }
        if (first[0].contains("://")) {
            url = first[0];
            rest = first.length > 1 ? first[1] : "";
        }
        String relation = rest.strip();
        relation = relation.startsWith("- ") ? relation.substring(2).strip() : relation.equals("-") ? "" : relation;
        return new dev.hindsight.incident.RelatedIncident(id, url, relation);
    }

    /** "- Incident ticket: [URL]": a named link left as the template's placeholder. */
    private static boolean unfilledLink(Block b) {
        if (!b.is(Block.Kind.LIST_ITEM)) {
            return false;
        }
        return dev.hindsight.importer.read.LabelledLines.read(b.text()).map(l -> !l.value().isBlank()
                && dev.hindsight.importer.layouts.Placeholders.isUnfilled(l.value())).orElse(false);
    }

    void extra(String heading, List<Block> blocks) {
        ProseReader.text(blocks).ifPresent(t -> draft.extras.add(new Sourced<>(
                new ExtraSection(heading.isBlank() ? "Notes" : heading, t.value()), t.lines())));
    }

    /** A free-text field from the blocks' prose; a second section of the same kind is added below the first. */
    private void text(String field, List<Block> blocks, Consumer<String> setter) {
        ProseReader.text(blocks).ifPresent(t -> {
            String before = texts.get(field);
            String value = before == null ? t.value() : before + "\n\n" + t.value();
            texts.put(field, value);
            setter.accept(value);
            draft.field(field, t.value(), t.lines());
        });
    }

    private static String first(String text) {
        String line = text.strip().split("\n", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
