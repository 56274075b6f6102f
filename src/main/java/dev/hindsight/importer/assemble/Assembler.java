package dev.hindsight.importer.assemble;

import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.Imported;
import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.importer.blocks.SourceText;
import dev.hindsight.importer.read.Milestones;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.ProseReader;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.read.TimeContext;
import dev.hindsight.importer.sections.Classifier;
import dev.hindsight.importer.sections.DocSection;
import dev.hindsight.importer.sections.Outline;
import dev.hindsight.importer.sections.ReadSection;
import dev.hindsight.importer.sections.SectionKind;
import dev.hindsight.importer.sections.Vocabulary;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The last stage of the reading pipeline: classifies the document's sections, has each read by the extractor for
 * its kind, and assembles the record with the report of where every line went. Any document with text gives a
 * record: what cannot be placed is kept as an extra section or reported as skipped. Stateless, thread-safe.
 */
public final class Assembler {

    private Assembler() {
    }

    public static Imported read(SourceText source, Conventions conventions, ActionPolicy policy) {
        return read(source, conventions, policy, null);
    }

    /**
     * Reads a document already recognised as one of the seed layouts: the layout's headings and labels (data in
     * {@code importer/sections.json}) break the classifier's ties, and the record says which layout it came in.
     *
     * @param seed the recognised layout, or null to let the headings say
     */
    public static Imported read(SourceText source, Conventions conventions, ActionPolicy policy,
                                dev.hindsight.template.BuiltInTemplate seed) {
        source = FactTables.asLines(source);
        ImportLog log = new ImportLog();
        Vocabulary vocabulary = Vocabulary.builtIn();
        String hint = seed != null ? seed.templateName() : "";
        Outline outline = Outline.of(headings(source.blocks(), vocabulary, hint));
        String layout = seed != null ? seed.templateName()
                : vocabulary.layoutOf(outline.sections().stream().map(DocSection::title).toList());
        SourceText stripped = TemplateGuidance.strip(source, layout, log);
        if (stripped != source) {
            outline = Outline.of(headings(stripped.blocks(), vocabulary, hint));
        }
        Headline headline = Headline.of(outline, vocabulary, log).orElseThrow(() -> InvalidInput.of("document",
                "the document has no text to read"));
        List<ReadSection> classified = new Classifier(vocabulary).classify(outline, headline.section(), layout);

        RecordDraft draft = new RecordDraft();
        // The layout's own opening words ("Incident Post-Mortem:") are the template's, not the title.
        String title = dev.hindsight.importer.read.TemplateTitles.without(headline.title(), layout);
        if (!title.isBlank()) {
            draft.record.title(title);
            draft.field("title", title, headline.lines());
        }
        headline.id().filter(dev.hindsight.incident.IncidentId::isValid).ifPresent(id -> {
            draft.record.id(id);
            draft.field("id", id, headline.lines());
        });
        LineAccount account = new LineAccount(source);
        List<Block> opening = header(outline, headline.section());
        TimeContext time = TimeContext.of(stripped.blocks(), headline.text(), log);
        SectionFields fields = new SectionFields(draft, conventions, time, log, seed != null, layout, source);
        fields.dueYear(time.orYearIn(opening));
        FrontMatterItems.Read front = FrontMatterItems.read(source, opening, vocabulary, time.orYearIn(opening), log);
        draft.actionItems.addAll(front.items());
        List<Block> header = front.rest();
        fields.written(source.lines());
        fields.timelineSection(classified);
        List<Block> intro = HeaderFields.read(header, draft, time, conventions, log, layout);
        List<ReadSection> sections = ClosingFacts.read(classified, draft, time, conventions, log, layout);
        HeadedFields headed = new HeadedFields(draft, new LabelledFact(draft, time, conventions, log), log, layout,
                account);
        for (ReadSection whole : sections) {
            ReadSection section = headed.take(whole).orElse(null);
            if (section == null) {
                account.context(whole.section().heading().lines(), "heading of a field, read with its text");
                continue;
            }
            if (section.kind() == SectionKind.METADATA) {
                fields.extra(section.section().title(), withoutBareHeader(HeaderFields.read(section.blocks(), draft,
                        time, conventions, log, layout), log));
            } else if (section.kind() == SectionKind.SUMMARY) {
                List<Block> rest = HeaderFields.read(section.blocks(), draft, time, conventions, log, layout);
                if (seed != null) {
                    // A seed layout's summary labels ("**One-line summary:**") are fields of their own, not its text.
                    section = new ReadSection(section.kind(), section.section(), rest, section.why());
                }
            }
            if (section.section().heading() != null) {
                account.context(section.section().heading().lines(), section.kind() == SectionKind.OTHER
                        ? "heading of the extra section" : "heading of the section read as " + section.kind()
                        .described() + " (" + section.why() + ")");
            }
            fields.read(section);
        }
        if (!intro.isEmpty()) {
            fields.introduction(intro, sections.stream().anyMatch(s -> s.kind() == SectionKind.SUMMARY));
        }
        fields.fallbacks(header, sections);
        if (title.isBlank()) {
            untitled(draft, log);
        }
        if (seed != null) {
            SeedActionItems.settle(draft.actionItems, source.lines(), layout, draft.dateWritten(),
                    dev.hindsight.importer.sections.WrittenWhole.in(layout, SectionKind.ACTION_ITEMS));
        }

        java.util.Set<TimelineEvent> merged = mergeTwins(draft.events, account);
        List<Sourced<TimelineEvent>> events = new ArrayList<>(draft.events);
        events.sort(Comparator.comparing((Sourced<TimelineEvent> e) -> e.value().at()));
        // In a layout that marks milestones ("Alert fired *(Detected)*"), the looser words only where none is marked.
        if (Milestones.readIn(layout) && !(Milestones.marksWrittenBy(layout) && events.stream().anyMatch(e ->
                !isDerived(e) && dev.hindsight.importer.read.MilestoneMarks.of(e.value().text()).isPresent()))) {
            seedMilestones(events, merged);
        }
        if (Milestones.marksWrittenBy(layout)) {
            unmark(events, layout, source);
        }
        Reopenings.settle(events);
        MeasuredTimes.settle(layout, draft.reportedTimes, events, log);
        List<ImportReport.Field> read = draft.fields(events);
        read.forEach(f -> f.from().forEach(lines -> account.field(lines, f.field())));
        account.log(log);
        if (seed != null) {
            subheadings(sections, account);
        }
        source.skipped().forEach(s -> account.skipped(s.lines(), s.reason()));
        int extrasBefore = draft.extras.size();
        keepLeftovers(source, sections, account, draft);
        if (draft.extras.size() != extrasBefore) {
            read = draft.fields(events); // the leftovers kept are fields too; nothing else has changed
        }
        for (Sourced<ExtraSection> extra : draft.extras) {
            account.extra(extra.lines(), extra.value().heading());
        }

        PostMortem record = Consistency.settle(draft.build(events, time), conventions, log);
        List<ImportReport.Extra> extras = draft.extras.stream()
                .map(e -> new ImportReport.Extra(e.value().heading(), e.lines())).toList();
        ImportReport report = new ImportReport(source.format(), layout, read, log.guesses(), extras, log.skipped(),
                log.notes(), account.uses("not part of any section the reader could place"));
        return new Imported(seed, record, log.notes(), report);
    }

    /**
     * A document headed only by the template's own title ("# Post-Incident Review Template") is titled by its
     * one-line summary, when it has one.
     */
    private static void untitled(RecordDraft draft, ImportLog log) {
        String oneLine = draft.analysis.build().oneLineSummary();
        if (oneLine.isBlank()) {
            throw InvalidInput.of("title", "the document has no title (or only the template's placeholder)");
        }
        draft.record.title(oneLine);
        log.note("the document is headed by the template's own title; its one-line summary is the title");
    }

    /**
     * The headings of subsections read with the section above them ("### Approvals" under "## Review and
     * Approval") say where its parts stand: context, where no reader said more. Only in a seed layout, whose
     * subsections are the layout's own; elsewhere an unread subsection is kept whole, heading and all.
     */
    private static void subheadings(List<ReadSection> sections, LineAccount account) {
        for (ReadSection section : sections) {
            for (Block b : section.blocks()) {
                if (b.is(Block.Kind.HEADING) && section.kind() != SectionKind.OTHER) {
                    account.context(b.lines(), "a subsection heading within the section read as "
                            + section.kind().described());
                }
            }
        }
    }

    /** Headings written as plain lines, and labels heading a list or table ("Impact:"), made headings. */
    private static List<Block> headings(List<Block> blocks, Vocabulary vocabulary, String hint) {
        return dev.hindsight.importer.sections.LabelHeadings.of(
                dev.hindsight.importer.sections.PlainHeadings.of(blocks, vocabulary, hint), vocabulary, hint);
    }

    /** A fact table whose every row was read leaves its header row ("| Field | Value |"): that is context too. */
    private static List<Block> withoutBareHeader(List<Block> left, ImportLog log) {
        if (left.stream().anyMatch(b -> b.is(Block.Kind.TABLE_ROW))) {
            return left;
        }
        left.stream().filter(b -> b.is(Block.Kind.TABLE_HEADER)).forEach(b -> log.context(b.lines(),
                "the header of a table of facts, each read"));
        return left.stream().filter(b -> !b.is(Block.Kind.TABLE_HEADER)).toList();
    }

    /** The front matter, anything before the first heading, and the title section's own text. */
    private static List<Block> header(Outline outline, int titleSection) {
        List<Block> out = new ArrayList<>();
        for (DocSection s : outline.sections()) {
            if (s.heading() == null || s.index() == titleSection) {
                out.addAll(s.blocks());
            }
        }
        return out;
    }

    /**
     * Lines inside a read section that its extractor did not use ("We were paged twice." between timeline entries)
     * are kept as an extra section under the section's heading, so the record holds every word of the document.
     */
    private static void keepLeftovers(SourceText source, List<ReadSection> sections, LineAccount account,
                                      RecordDraft draft) {
        List<Lines> open = account.unclaimed();
        if (open.isEmpty()) {
            return;
        }
        for (ReadSection section : sections) {
            List<Block> left = section.blocks().stream()
                    .filter(b -> open.stream().anyMatch(l -> l.contains(b.lines().first())))
                    .toList();
            if (left.isEmpty()) {
                continue;
            }
            String heading = section.section().title().isBlank() ? "Notes" : section.section().title()
                    + (section.kind() == SectionKind.OTHER ? "" : " (notes)");
            ProseReader.text(left).ifPresent(text -> draft.extras.add(new Sourced<>(
                    new ExtraSection(heading, text.value()), text.lines())));
        }
    }

    /**
     * A milestone read from a header label ("Resolved: 15:30 UTC") or from prose ("from 16:58 to 18:46") names the
     * same moment as a timeline entry the document also wrote: the entry becomes that milestone, instead of the
     * timeline holding the moment twice. An entry that already is another milestone keeps it, and the derived one
     * stays beside it.
     */
    private static java.util.Set<TimelineEvent> mergeTwins(List<Sourced<TimelineEvent>> events, LineAccount account) {
        // By identity: another entry equal in every field is not the one that took the derived kind.
        java.util.Set<TimelineEvent> merged = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        List<Sourced<TimelineEvent>> derived = events.stream().filter(Assembler::isDerived).toList();
        for (Sourced<TimelineEvent> d : derived) {
            for (int i = 0; i < events.size(); i++) {
                Sourced<TimelineEvent> twin = events.get(i);
                if (twin != d && !derived.contains(twin) && twin.value().at().equals(d.value().at())) {
                    TimelineEvent t = twin.value();
                    if (t.kind() != dev.hindsight.timeline.EventKind.NOTE && t.kind() != d.value().kind()) {
                        // "rolled back" (mitigated) at the moment the summary says the outage ended: both hold
                        continue;
                    }
                    if (t.kind() == dev.hindsight.timeline.EventKind.NOTE) {
                        TimelineEvent taken = new TimelineEvent(t.at(), t.zone(), t.text(), d.value().kind(),
                                t.author(), t.source(), t.result(), t.details());
                        events.set(i, new Sourced<>(taken, twin.lines()));
                        merged.add(taken);
                    }
                    events.remove(d);
                    account.context(d.lines(), "the same moment as timeline entry at " + twin.lines());
                    break;
                }
            }
        }
        return merged;
    }

    /**
     * A seed layout whose timeline is plain text says its milestones in looser words ("Alert fired", "began")
     * than any document may be read by: its entries are read with those words, data in
     * {@code importer/milestone-words.json}, in time order.
     */
    private static void seedMilestones(List<Sourced<TimelineEvent>> events, java.util.Set<TimelineEvent> merged) {
        // An entry that took a stated start or end at its moment ("Duration: 9:47 am to 12:15 pm") keeps it.
        List<TimelineEvent> notes = events.stream().map(Sourced::value).map(e -> isDerived(new Sourced<>(e,
                Lines.of(1))) || merged.contains(e) ? e : new TimelineEvent(e.at(), e.zone(), e.text(), EventKind.NOTE,
                e.author(),
                e.source(), e.result(), e.details())).toList();
        List<TimelineEvent> guessed = Milestones.guess(notes);
        for (int i = 0; i < events.size(); i++) {
            events.set(i, new Sourced<>(guessed.get(i), events.get(i).lines()));
        }
    }

    /** Whether an entry is marked as its milestone: then the marks say which entries are milestones, not words. */
    /** In a layout that writes a milestone's name on its entry ("Detected: ..."), the mark is not the text. */
    private static void unmark(List<Sourced<TimelineEvent>> events, String layout, SourceText source) {
        for (int i = 0; i < events.size(); i++) {
            TimelineEvent e = events.get(i).value();
            Lines at = events.get(i).lines();
            var mark = dev.hindsight.importer.read.MilestoneMarks.of(e.text()).filter(m -> m.kind() == e.kind())
                    .filter(m -> dev.hindsight.importer.read.MilestoneMarks.writtenAsDecoration(layout, e.kind(),
                            written(source, at)));
            if (mark.isPresent()) {
                events.set(i, new Sourced<>(new TimelineEvent(e.at(), e.zone(), mark.get().text(), e.kind(),
                        e.author(), e.source(), e.result(), e.details()), events.get(i).lines()));
            }
        }
    }

    /** The source lines an event was read from, as written. */
    private static String written(SourceText source, Lines at) {
        StringBuilder out = new StringBuilder();
        for (int n = Math.max(1, at.first()); n <= Math.min(at.last(), source.lines().size()); n++) {
            out.append(source.line(n)).append('\n');
        }
        return out.toString();
    }

    /** Whether an event was read from outside the timeline: a header label or a sentence of prose. */
    private static boolean isDerived(Sourced<TimelineEvent> event) {
        String source = event.value().source();
        return source != null && (source.endsWith("(prose)") || source.endsWith("(header)"));
    }
}
