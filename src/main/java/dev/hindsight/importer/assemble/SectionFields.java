package dev.hindsight.importer.assemble;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.ActionItemReader;
import dev.hindsight.importer.read.BlastRadius;
import dev.hindsight.importer.read.CauseSection;
import dev.hindsight.importer.read.FindingsReader;
import dev.hindsight.importer.read.FiveWhysReader;
import dev.hindsight.importer.read.HeadCounts;
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
import dev.hindsight.importer.sections.WrittenWhole;
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
    /** The source's lines as written, for a field a layout writes whole with its markup. */
    private List<String> written = List.of();

    void written(List<String> lines) {
        this.written = lines;
    }

    /** Free-text fields written so far, so a second "Summary" adds to the first instead of replacing it. */
    private final Map<String, String> texts = new HashMap<>();

    /** Whether the document is a seed layout Hindsight renders, its lists one record entry a line. */
    private final boolean seedLayout;

    /** The seed layout the document is in, or "": its own labels are read too. */
    private final String layout;
    private final LabelledFact facts;

    /** The document's source lines, for marks the blocks do not keep (a lesson's bold title); may be null. */
    private final dev.hindsight.importer.blocks.SourceText source;

    SectionFields(RecordDraft draft, Conventions conventions, TimeContext time, ImportLog log, boolean seedLayout,
                  String layout) {
        this(draft, conventions, time, log, seedLayout, layout, null);
    }

    SectionFields(RecordDraft draft, Conventions conventions, TimeContext time, ImportLog log, boolean seedLayout,
                  String layout, dev.hindsight.importer.blocks.SourceText source) {
        this.source = source;
        this.seedLayout = seedLayout;
        this.layout = layout;
        this.facts = new LabelledFact(draft, time, conventions, log);
        this.draft = draft;
        this.conventions = conventions;
        this.time = time;
        this.log = log;
        this.parts = new ReviewParts(draft, time, log, layout, facts, this::extra);
    }

    /** The parts a review gathers across sections: prevention measures, the meeting, communication, related. */
    private final ReviewParts parts;

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
                text("analysis.prevention", seedLayout ? parts.measures(blocks) : blocks, draft.analysis::prevention);
            }
            case DETECTION -> text("detection.story", labelled(blocks, "detection."),
                    story -> draft.detection.story(draft.story = story));
            case METRICS -> {
                metricsSection = true;
                var times = StatsReader.read(blocks, log, MeasuredTimes.keptAsWritten(layout));
                stated(times);
                if (LayoutProse.withoutField(layout, SectionKind.METRICS)) {
                    noFieldFor(section, LayoutProse.unread(blocks, times));
                } else {
                    text("analysis.supportingMetrics", blocks, draft.analysis::supportingMetrics);
                }
            }
            case IMPACT -> impact(section, labelled(blocks, "impact."));
            case TIMELINE -> {
                List<Block> prose = LayoutProse.withoutField(layout, SectionKind.TIMELINE)
                        ? LayoutProse.untimedProse(blocks) : List.of();
                noFieldFor(section, prose);
                List<Block> entries = blocks.stream().filter(b -> !prose.contains(b)).toList();
                draft.events.addAll(TimelineReader.read(entryFacts(WrittenWhole.in(layout, SectionKind.TIMELINE)
                        ? WholeSections.timedItems(entries, log) : entries), time, log));
            }
            case ACTION_ITEMS -> {
                if (seedLayout && section.section().parent() == prevention && prevention >= 0
                        && dev.hindsight.importer.read.KindedLists.namesMeasureKind(section.section().title())) {
                    // "### Monitoring Improvements" under "## Prevention Measures": measures of that kind; the
                    // front-matter layout's "### Action Items" under "## Prevention" names no kind: its action items.
                    List<Block> headed = new java.util.ArrayList<>();
                    headed.add(section.section().heading());
                    headed.addAll(blocks);
                    parts.measures(headed);
                } else {
                    draft.actionItems.addAll(ActionItemReader.read(blocks, section.section().title(), log));
                }
            }
            case PEOPLE -> {
                List<Block> named = HeadCounts.read(blocks, log);
                draft.responders.addAll(seedLayout ? PeopleReader.readAsListed(named, conventions, time, log)
                        : PeopleReader.read(named, conventions, log));
            }
            case ROOT_CAUSE -> cause(section);
            case CONTRIBUTING_FACTORS -> draft.contributingFactors.addAll(findingsIn(blocks,
                    SectionKind.CONTRIBUTING_FACTORS));
            case FIVE_WHYS -> draft.fiveWhys.addAll(filled(FiveWhysReader.read(blocks)));
            case WENT_WELL -> draft.wentWell.addAll(findingsIn(blocks, SectionKind.WENT_WELL));
            case WENT_WRONG -> draft.wentWrong.addAll(findingsIn(blocks, SectionKind.WENT_WRONG));
            case LUCKY -> draft.gotLucky.addAll(findingsIn(blocks, SectionKind.LUCKY));
            case LESSONS -> {
                if (seedLayout && grouped(blocks)) {
                    // Lessons grouped by kind under subheadings, each with what was learned and how to apply it.
                    draft.lessons.addAll(dev.hindsight.importer.read.KindedLists.lessons(blocks, log));
                } else {
                    draft.lessons.addAll(dev.hindsight.importer.read.LessonsReader.read(blocks, source));
                }
            }
            case REFERENCES -> {
                if (seedLayout) {
                    // A seed layout lists one reference an item, with or without a link.
                    draft.references.addAll(dev.hindsight.importer.read.ReferenceItems.read(
                            parts.relatedUnderLabel(blocks), source, log));
                } else {
                    references(blocks);
                }
            }
            case RELATED_INCIDENTS -> parts.related(blocks);
            case REVIEWERS -> draft.reviewers.addAll(ReviewersReader.read(blocks, log));
            case REVIEW_MEETING -> parts.meeting(blocks);
            case COMMUNICATION -> parts.communication(section.section().title(), blocks);
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

    /** The findings of a section, each line one title where the layout writes them whole. */
    private List<Sourced<Analysis.Finding>> findingsIn(List<Block> blocks, SectionKind kind) {
        return FindingsReader.read(findings(blocks), seedLayout ? log : null, WrittenWhole.in(layout, kind));
    }

    /**
     * A root-cause section; in a seed layout, which writes one record entry a line, its list items are the
     * contributing factors and its numbered whys the five whys ({@link CauseSection}), and a heading naming a
     * part of the cause ("Why did it happen?") says which part its prose is.
     */
    private void cause(ReadSection section) {
        if (WrittenWhole.in(layout, SectionKind.ROOT_CAUSE)) {
            // all of it is what happened: the layout writes no one-sentence summary of its own
            rootCause(dev.hindsight.importer.read.WrittenText.of(section.blocks(), written)
                    .map(t -> new Sourced<>(new Analysis.RootCause("", t.value(), "", ""), t.lines())));
            return;
        }
        if (!seedLayout) {
            rootCause(RootCauseReader.read(section.blocks()));
            return;
        }
        CauseSection.Parts parts = CauseSection.split(findings(section.blocks()));
        draft.fiveWhys.addAll(FiveWhysReader.read(parts.whys()));
        draft.contributingFactors.addAll(findingsIn(parts.factors(), SectionKind.CONTRIBUTING_FACTORS));
        rootCause(RootCauseReader.read(parts.prose(), section.section().title()));
    }

    /**
     * The whys without the template's: an answer left as a placeholder ("[Answer]") is none, and a list whose
     * answers all are and whose questions hold placeholders ("Why [answer from #1]?") is the template's example.
     */
    private List<Sourced<Analysis.Why>> filled(List<Sourced<Analysis.Why>> whys) {
        boolean example = !whys.isEmpty() && whys.stream().allMatch(w -> dev.hindsight.importer.read.Placeholders
                .isUnfilled(w.value().answer())) && whys.stream().anyMatch(w -> w.value().question().contains("["));
        if (example) {
            whys.forEach(w -> log.skip(w.lines(), "the template's example why, not filled in"));
            return List.of();
        }
        List<Sourced<Analysis.Why>> out = new java.util.ArrayList<>();
        for (Sourced<Analysis.Why> w : whys) {
            String answer = dev.hindsight.importer.read.Placeholders.isUnfilled(w.value().answer()) ? ""
                    : w.value().answer();
            // "Why [answer from #1]?": the template's question, the team answered without restating it
            String question = TEMPLATE_QUESTION.matcher(w.value().question()).find() ? "" : w.value().question();
            if (question.isEmpty() && answer.isEmpty()) {
                log.skip(w.lines(), "the template's why, not filled in");
            } else {
                out.add(question.equals(w.value().question()) && answer.equals(w.value().answer()) ? w
                        : new Sourced<>(new Analysis.Why(question, answer), w.lines()));
            }
        }
        return out;
    }

    /** A question holding a bracketed placeholder ("Why [answer from #2]?"). */
    private static final java.util.regex.Pattern TEMPLATE_QUESTION = java.util.regex.Pattern.compile(
            "\\[[^\\]]*(?:answer|#)[^\\]]*]");

    /** A findings section without the template's example items ("E.g. Oncall identified the impact quickly"). */
    private List<Block> findings(List<Block> blocks) {
        return TemplateExamples.without(blocks, log);
    }

    /** Whether lessons are grouped under subheadings or have their parts written under them. */
    private static boolean grouped(List<Block> blocks) {
        return blocks.stream().anyMatch(b -> b.is(Block.Kind.HEADING) || b.is(Block.Kind.LIST_ITEM) && b.level() > 0);
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
        if (LayoutProse.withoutField(layout, SectionKind.SUMMARY)) {
            int before = draft.extras.size();
            extra("Notes", intro);
            if (draft.extras.size() > before) {
                draft.extras.add(0, draft.extras.remove(before)); // the text above every section comes first
            }
        } else if (hasSummary || draft.has("analysis.summary")) {
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
        methodFromStory();
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
        boolean causeSection = sections.stream().anyMatch(s -> s.kind() == SectionKind.ROOT_CAUSE);
        for (ReadSection s : sections) {
            if (texts.get("analysis.rootCause") == null && !labelled && !causeSection
                    && s.kind() == SectionKind.WENT_WRONG) {
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
                    blocks.subList(i + 1, end), conventions, time, log);
            draft.responders.removeIf(r -> {
                boolean twice = listed.stream().anyMatch(l -> l.value().name().equals(r.value().name())
                        && l.value().role().equalsIgnoreCase(r.value().role()));
                if (twice) {
                    log.context(r.lines(), "names " + r.value().name() + ", listed in the response team");
                }
                return twice;
            });
            // The team as listed comes first; people a fact sheet names one by one follow it.
            draft.responders.addAll(0, listed);
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

    private void impact(ReadSection impactSection, List<Block> written) {
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
        var times = StatsReader.read(blocks, log);
        stated(times);
        // A labelled line read into a field of its own ("Users Affected: 1200") is not also the impact's summary.
        List<dev.hindsight.importer.blocks.Lines> read = new java.util.ArrayList<>();
        reading.users().ifPresent(u -> read.add(u.lines()));
        reading.services().forEach(s -> read.add(s.lines()));
        times.forEach(t -> read.add(t.lines()));
        List<Block> rest = blocks.stream().filter(b -> !b.is(Block.Kind.LIST_ITEM) || read.stream().noneMatch(l ->
                l.contains(b.lines().first()) && l.contains(b.lines().last()))
                && !(seedLayout && WholeSections.unfilled(b, log))).toList();
        if (LayoutProse.withoutField(layout, SectionKind.IMPACT)) {
            noFieldFor(impactSection, rest);
        } else {
            text("impact.summary", rest, draft.impact::summary);
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
            Analysis.RootCause read = c.value();
            if (read.summary().isBlank() && read.whatHappened().isBlank() && read.whyItHappened().isBlank()
                    && read.whyNotCaughtEarlier().isBlank()) {
                log.skip(c.lines(), "the root cause's parts hold only the template's placeholders, not filled in");
                return;
            }
            // A labelled one-sentence root cause ("**Root Cause:** ...") read before, and a section that explains
            // it without restating it: the sentence is the summary, the section the rest.
            Analysis.RootCause labelled = draft.has("analysis.rootCause") ? draft.analysis.build().rootCause() : null;
            if (labelled != null && read.summary().isBlank() && !labelled.summary().isBlank()) {
                read = new Analysis.RootCause(labelled.summary(), read.whatHappened(), read.whyItHappened(),
                        read.whyNotCaughtEarlier());
            }
            // A root cause written whole has no summary: what happened stands for it.
            String shown = read.summary().isBlank() ? read.whatHappened() : read.summary();
            if (texts.putIfAbsent("analysis.rootCause", shown) == null) {
                draft.analysis.rootCause(read);
                draft.field("analysis.rootCause", shown, c.lines());
            }
        });
    }

    /** Each safe link is a reference; the lines around them are kept by the leftovers rule. */
    private void references(List<Block> blocks) {
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

    /** Prose of a section the seed layout has no field for: kept as an extra section under its heading. */
    private void noFieldFor(ReadSection section, List<Block> left) {
        List<Block> prose = LayoutProse.prose(left, log);
        if (!prose.isEmpty()) {
            log.note("section '" + section.section().title() + "' has text the " + layout + " layout has no field"
                    + " for; kept as an extra section");
            extra(section.section().title(), prose);
        }
    }

    /** "- Incident ticket: [URL]": a named link left as the template's placeholder. */
    private static boolean unfilledLink(Block b) {
        if (!b.is(Block.Kind.LIST_ITEM)) {
            return false;
        }
        return dev.hindsight.importer.read.LabelledLines.read(b.text()).map(l -> !l.value().isBlank()
                && dev.hindsight.importer.read.Placeholders.isUnfilled(l.value())).orElse(false);
    }

    void extra(String heading, List<Block> blocks) {
        ProseReader.text(blocks).ifPresent(t -> draft.extras.add(new Sourced<>(
                new ExtraSection(heading.isBlank() ? "Notes" : heading, t.value()), t.lines())));
    }

    /** A free-text field from the blocks' prose; a second section of the same kind is added below the first. */
    /** A layout that writes no method tells it in the story ("the alert paged …"): the method its words name. */
    private void methodFromStory() {
        String story = draft.story;
        if (!seedLayout || story == null || draft.has("detection.method")
                || !dev.hindsight.importer.read.DiscoveryWords.toldIn(layout)) {
            return;
        }
        dev.hindsight.importer.read.DiscoveryWords.of(story).flatMap(conventions::discoveryMethod).ifPresent(m -> {
            draft.detection.method(m);
            log.note("detection method " + m + " taken from the words of the detection story");
        });
    }

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
