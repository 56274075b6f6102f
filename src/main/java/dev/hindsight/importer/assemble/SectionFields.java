package dev.hindsight.importer.assemble;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.ActionItemReader;
import dev.hindsight.importer.read.FiveWhysReader;
import dev.hindsight.importer.read.HeadCounts;
import dev.hindsight.importer.read.ImpactReader;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.PeopleReader;
import dev.hindsight.importer.read.ProseActions;
import dev.hindsight.importer.read.ReviewersReader;
import dev.hindsight.importer.read.RootCauseReader;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.read.StatsReader;
import dev.hindsight.importer.read.TimeContext;
import dev.hindsight.importer.read.TimelineReader;
import dev.hindsight.importer.read.Times;
import dev.hindsight.importer.sections.ReadSection;
import dev.hindsight.importer.sections.SectionKind;
import dev.hindsight.importer.sections.WrittenWhole;
import dev.hindsight.incident.Link;
import dev.hindsight.timeline.EventKind;
import java.util.List;

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

    /** The context due dates written without a year are read in: the incident's, or the opening lines' year. */
    private TimeContext dueYear;

    void dueYear(TimeContext context) {
        this.dueYear = context;
    }


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
        this.text = new DraftText(draft, log, layout);
        this.impact = new ImpactFields(draft, conventions, log, layout, seedLayout, text);
        this.cause = new CauseFields(draft, log, layout, seedLayout, text);
        this.entryFacts = new EntryFacts(draft, conventions, time, log, layout, seedLayout, facts);
        this.parts = new ReviewParts(draft, time, log, layout, facts, text::extra);
    }

    /** The free-text fields and extra sections, as written so far. */
    private final DraftText text;
    private final ImpactFields impact;
    private final CauseFields cause;
    private final EntryFacts entryFacts;

    /** The parts a review gathers across sections: prevention measures, the meeting, communication, related. */
    private final ReviewParts parts;

    void read(ReadSection section) {
        List<Block> blocks = section.blocks();
        switch (section.kind()) {
            case SUMMARY -> text.text("analysis.summary", timelineTaken(blocks, timelineSection || seedLayout, false),
                    draft.analysis::summary);
            case NARRATIVE -> text.text("analysis.narrative", timelineTaken(blocks, false, true), draft.analysis::narrative);
            case RESOLUTION -> text.text("analysis.resolution", blocks, draft.analysis::resolution);
            case PREVENTION -> {
                prevention = section.section().index();
                text.text("analysis.prevention", seedLayout ? parts.measures(blocks) : blocks, draft.analysis::prevention);
            }
            case DETECTION -> text.text("detection.story", labelled(blocks, "detection."),
                    story -> draft.detection.story(draft.story = story));
            case METRICS -> {
                metricsSection = true;
                var times = StatsReader.read(blocks, log, MeasuredTimes.keptAsWritten(layout));
                impact.stated(times);
                if (LayoutProse.withoutField(layout, SectionKind.METRICS)) {
                    text.noFieldFor(section, LayoutProse.unread(blocks, times));
                } else {
                    text.text("analysis.supportingMetrics", blocks, draft.analysis::supportingMetrics);
                }
            }
            case IMPACT -> impact.impact(section, labelled(blocks, "impact."));
            case TIMELINE -> {
                List<Block> prose = LayoutProse.withoutField(layout, SectionKind.TIMELINE)
                        ? LayoutProse.untimedProse(blocks) : List.of();
                text.noFieldFor(section, prose);
                List<Block> entries = without(blocks, prose);
                // One timeline of several, under a heading that names its own day ("Incident 2 — points credited
                // twice (Thu 21 May)"): its entries are on that day.
                Block heading = section.section().heading();
                // The heading's line is the section's, already accounted for: what it says is not logged again.
                TimeContext on = heading != null && heading.text().length() <= 100
                        && heading.text().chars().anyMatch(Character::isDigit)
                        ? time.within(heading, new ImportLog()) : time;
                draft.events.addAll(TimelineReader.read(entryFacts.read(WrittenWhole.in(layout, SectionKind.TIMELINE)
                        ? WholeSections.timedItems(entries, log) : entries), on, log));
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
                    draft.actionItems.addAll(ActionItemReader.read(blocks, section.section().title(),
                            dueYear == null ? time : dueYear, log));
                }
            }
            case PEOPLE -> {
                List<Block> named = HeadCounts.read(blocks, log);
                draft.responders.addAll(seedLayout ? PeopleReader.readAsListed(named, conventions, time, log)
                        : PeopleReader.read(named, conventions, log));
            }
            case ROOT_CAUSE -> cause.cause(section, written);
            case CONTRIBUTING_FACTORS -> draft.contributingFactors.addAll(cause.findingsIn(blocks,
                    SectionKind.CONTRIBUTING_FACTORS));
            case FIVE_WHYS -> draft.fiveWhys.addAll(cause.filled(FiveWhysReader.read(blocks)));
            case WENT_WELL -> draft.wentWell.addAll(cause.findingsIn(blocks, SectionKind.WENT_WELL));
            case WENT_WRONG -> draft.wentWrong.addAll(cause.findingsIn(blocks, SectionKind.WENT_WRONG));
            case LUCKY -> draft.gotLucky.addAll(cause.findingsIn(blocks, SectionKind.LUCKY));
            case LESSONS -> {
                if (seedLayout && grouped(blocks)) {
                    // Lessons grouped by kind under subheadings, each with what was learned and how to apply it.
                    draft.lessons.addAll(dev.hindsight.importer.read.KindedLists.lessons(blocks, log));
                } else {
                    // "**What went well**" over a list, inside the lessons: that list is what went well.
                    LessonGroups.Split split = LessonGroups.of(blocks, layout);
                    split.labels().forEach((label, kind) -> log.context(label.lines(), "label in the lessons "
                            + "section: the list under it is " + kind.described()));
                    split.grouped().forEach((kind, listed) -> (kind == SectionKind.WENT_WELL ? draft.wentWell
                            : kind == SectionKind.WENT_WRONG ? draft.wentWrong : draft.gotLucky)
                            .addAll(cause.findingsIn(listed, kind)));
                    draft.lessons.addAll(dev.hindsight.importer.read.LessonsReader.read(split.lessons(), source));
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
                text.extra(section.section().title(), blocks);
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

    /** Whether lessons are grouped under subheadings or have their parts written under them. */
    private static boolean grouped(List<Block> blocks) {
        return blocks.stream().anyMatch(b -> b.is(Block.Kind.HEADING) || b.is(Block.Kind.LIST_ITEM) && b.level() > 0);
    }

    /** Whether the document has a section read as its timeline: then no other section's list is taken for one. */
    private boolean timelineSection;

    /**
     * Told which sections the document has: a timeline section, or a "What happened" section holding a timed list,
     * is where its timeline is, and then the summary's list of key times is not another.
     */
    void timelineSection(List<ReadSection> sections) {
        this.timelineSection = sections.stream().anyMatch(s -> s.kind() == SectionKind.TIMELINE
                || s.kind() == SectionKind.NARRATIVE && !timedList(s.blocks(), false).isEmpty());
    }

    /**
     * The blocks without a list of timed items, read as the timeline: in a "What happened" section always, in the
     * summary or the text under the title only when no section is the timeline ("- 1:00 AM — both hosts start the
     * job" in a note of one paragraph and a list).
     */
    private List<Block> timelineTaken(List<Block> blocks, boolean kept, boolean narrative) {
        List<Block> entries = kept ? List.of() : timedList(blocks, !narrative);
        if (entries.isEmpty()) {
            return blocks;
        }
        draft.events.addAll(TimelineReader.read(entries, time, log));
        return without(blocks, entries);
    }

    /**
     * The blocks, in their order, but those taken: looked up in a set, as a list made a chat export of 100K lines
     * quadratic; by identity, as the taken are these very blocks and a same-worded block elsewhere is not one.
     */
    static List<Block> without(List<Block> blocks, List<Block> taken) {
        java.util.Set<Block> set = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        set.addAll(taken);
        return blocks.stream().filter(b -> !set.contains(b)).toList();
    }

    /**
     * A list whose items start with times inside a "What happened" section: the timeline, written there. The
     * longest run of list items of which at least three top-level ones, and four in five, start with a time; with
     * {@code clock}, a time of day ("- 2026-10-16: alert …" lists dates, as a list of fixes does). With no such
     * list, a paragraph whose lines are a log's ({@link TimelineReader#logLines}).
     */
    private static List<Block> timedList(List<Block> blocks, boolean clock) {
        List<Block> best = List.of();
        int i = 0;
        while (i < blocks.size()) {
            if (best.isEmpty() && TimelineReader.logLines(blocks.get(i))) {
                // A log pasted as plain lines ("+00:12  Alert pages on-call"), one paragraph: the timeline too.
                best = blocks.subList(i, i + 1);
            }
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
                    String text = blocks.get(end).text();
                    timed += dev.hindsight.importer.sections.Classifier.startsWithTime(text) && (!clock
                            || Times.time(text.substring(0, Math.min(text.length(), 25))).isPresent()) ? 1 : 0;
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
            text.extra("Notes", intro);
            if (draft.extras.size() > before) {
                draft.extras.add(0, draft.extras.remove(before)); // the text above every section comes first
            }
        } else if (hasSummary || draft.has("analysis.summary")) {
            text.extra("Introduction", timelineTaken(intro, timelineSection || seedLayout, false));
        } else {
            text.text("analysis.summary", timelineTaken(intro, timelineSection || seedLayout, false),
                    draft.analysis::summary);
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
        if (text.get("analysis.rootCause") == null && !labelled) {
            cause.rootCause(RootCauseReader.fromSummary(prose));
        }
        // With no root cause section, "What went wrong" (or "Why") is where the document says it.
        boolean causeSection = sections.stream().anyMatch(s -> s.kind() == SectionKind.ROOT_CAUSE);
        for (ReadSection s : sections) {
            if (text.get("analysis.rootCause") == null && !labelled && !causeSection
                    && s.kind() == SectionKind.WENT_WRONG) {
                cause.rootCause(RootCauseReader.read(s.blocks()));
            }
        }
        // A post-mortem written as paragraphs says what it will do in one ("We are doing three things about it.").
        if (draft.actionItems.isEmpty() && sections.stream().noneMatch(s -> s.kind() == SectionKind.ACTION_ITEMS)) {
            draft.actionItems.addAll(ProseActions.read(prose, dueYear == null ? time : dueYear, log));
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
            List<Block> everywhere = new java.util.ArrayList<>(header);
            sections.forEach(s -> everywhere.addAll(s.blocks()));
            for (Sourced<dev.hindsight.timeline.TimelineEvent> e : TimelineReader.fromProse(prose, everywhere, time,
                    log)) {
                EventKind kind = e.value().kind();
                if (kind == EventKind.STARTED && !started || kind == EventKind.RESOLVED && !resolved) {
                    draft.events.add(e);
                }
            }
        }
        // "… at 15:10, which we take as the end of the incident": said once, wherever the report says it.
        List<Block> settling = new java.util.ArrayList<>(header);
        sections.forEach(s -> settling.addAll(s.blocks()));
        TimelineReader.settleStatedEnd(settling, draft.events, time, log);
        // A template's "Detection" section told in prose, with no timeline saying when it was noticed.
        if (draft.events.stream().noneMatch(e -> e.value().kind() == EventKind.DETECTED)) {
            sections.stream().filter(s -> s.kind() == SectionKind.DETECTION).findFirst()
                    .flatMap(s -> TimelineReader.detectedInProse(s.blocks(), time, log)).ifPresent(draft.events::add);
        }
        // Nor a detection section: the summary's sentence that says how it was found out, and when.
        if (draft.events.stream().noneMatch(e -> e.value().kind() == EventKind.DETECTED)) {
            // "from about 10:20 to 11:05 Mountain time … called the help line at 10:35": in the start's zone.
            TimeContext inZone = time.zone() != null ? time : draft.events.stream()
                    .filter(e -> e.value().kind() == EventKind.STARTED && e.value().zone() != null).findFirst()
                    .map(e -> time.withZone(e.value().zone(), new TimeContext.Origin("the zone the start was read in",
                            e.lines()))).orElse(time);
            TimelineReader.detectedInSentence(prose, inZone, log).ifPresent(draft.events::add);
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
        impact.statedInProse();
        // Only when nothing stated it: a labelled severity ("Level: 2") is not overridden by words in the prose,
        // and the prose (a SEV's narrative is long) is not read a second time for nothing.
        if (!text.has("severity") && !draft.has("severity")) {
            impact.severity(ImpactReader.read(prose, conventions, log));
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

    /** Fields a section's reader fills itself, from the section's text. */
    private static final java.util.Set<String> OWN_READER = java.util.Set.of("impact.summary", "impact.services",
            "impact.users", "detection.story");

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

    /** "- Incident ticket: [URL]": a named link left as the template's placeholder. */
    private static boolean unfilledLink(Block b) {
        if (!b.is(Block.Kind.LIST_ITEM)) {
            return false;
        }
        return dev.hindsight.importer.read.LabelledLines.read(b.text()).map(l -> !l.value().isBlank()
                && dev.hindsight.importer.read.Placeholders.isUnfilled(l.value())).orElse(false);
    }

    /** The blocks' prose kept as an extra section under the heading. */
    void extra(String heading, List<Block> blocks) {
        text.extra(heading, blocks);
    }

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

    private static String first(String text) {
        String line = text.strip().split("\n", 2)[0];
        return line.length() > 200 ? line.substring(0, 200) : line;
    }
}
