package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.TimeContext;
import dev.hindsight.importer.sections.SectionKind;
import dev.hindsight.incident.Analysis;
import java.util.List;
import java.util.function.BiConsumer;

/**
 * The parts of a review that a document may spread over several sections and that are gathered as they come:
 * prevention measures by kind, the review meeting ("Review Meeting" and "Action Item Review"), the communication,
 * related incidents (a section of their own, or a label in the references). One per document; not thread-safe.
 */
final class ReviewParts {

    private final RecordDraft draft;
    private final TimeContext time;
    private final ImportLog log;
    private final String layout;
    private final LabelledFact facts;
    /** Keeps blocks as an extra section under a heading (communication notes in no shape of their own). */
    private final BiConsumer<String, List<Block>> extra;

    ReviewParts(RecordDraft draft, TimeContext time, ImportLog log, String layout, LabelledFact facts,
                BiConsumer<String, List<Block>> extra) {
        this.draft = draft;
        this.time = time;
        this.log = log;
        this.layout = layout;
        this.facts = facts;
        this.extra = extra;
    }

    /**
     * A seed layout's prevention measures: its checklists, by the kind their subsection names; the blocks left
     * (the section's prose) returned.
     */
    List<Block> measures(List<Block> blocks) {
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
    /** Follow-up reviews written into the review cadence with their days, across the sections read. */
    private final List<dev.hindsight.review.FollowUpReview> followUps = new java.util.ArrayList<>();

    void meeting(List<Block> blocks) {
        List<Block> rest = LabelledFacts.read(blocks, facts, draft, layout, t -> t.field().equals("nextReviewDate"));
        var read = dev.hindsight.importer.read.ReviewMeetingReader.read(rest, log, layout);
        if (read.found()) {
            var m = read.meeting();
            meeting = new dev.hindsight.review.ReviewMeeting(m.date() != null ? m.date() : meeting.date(),
                    joined(meeting.attendees(), m.attendees()), joined(meeting.discussionPoints(),
                    m.discussionPoints()), joined(meeting.cadence(), m.cadence()));
            draft.record.reviewMeeting(meeting);
            if (!read.followUps().isEmpty()) {
                followUps.addAll(read.followUps());
                draft.record.followUpReviews(followUps);
            }
            read.used().forEach(b -> draft.field("reviewMeeting", b.text(), b.lines()));
        }
        // What is neither is kept under the section's heading by the assembler's leftovers rule.
    }

    /** A communication section: what was sent, where, and how well it went; the rest is kept as notes. */
    void communication(String title, List<Block> blocks) {
        var read = dev.hindsight.importer.read.CommunicationReader.read(blocks, time, log, layout);
        if (!read.found()) {
            // Notes about communication in no shape of its own: kept whole under the heading, as written.
            extra.accept(title, blocks);
            return;
        }
        draft.record.communication(read.communication());
        read.used().forEach(b -> draft.field("communication", b.text(), b.lines()));
    }

    /**
     * In a references list, a label naming related incidents with the incidents listed under it ("- **Related
     * Postmortems:**" then "  - INC-2023-0198"): those are the related incidents. Returns the other blocks.
     */
    List<Block> relatedUnderLabel(List<Block> blocks) {
        List<Block> rest = new java.util.ArrayList<>();
        for (int i = 0; i < blocks.size(); i++) {
            Block b = blocks.get(i);
            var label = b.is(Block.Kind.LIST_ITEM) && b.text().indexOf('\n') < 0
                    ? dev.hindsight.importer.read.LabelledLines.read(b.text().strip())
                    : java.util.Optional.<dev.hindsight.importer.read.LabelledLines.Labelled>empty();
            boolean related = label.isPresent() && dev.hindsight.importer.sections.Vocabulary.builtIn()
                    .kindOf(label.get().label(), layout).filter(k -> k == SectionKind.RELATED_INCIDENTS).isPresent();
            String value = related ? label.get().value().strip() : "";
            if (related && !value.isEmpty() && !dev.hindsight.importer.read.Placeholders.isUnfilled(value)) {
                // "- **Related Postmortems:** INC-2025-0198, INC-2025-0201": the incidents written on its line.
                log.context(b.lines(), "names the related incidents written after it");
                related(onLine(value, b));
                continue;
            }
            if (!related || !value.isEmpty()) {
                rest.add(b);
                continue;
            }
            int end = i + 1;
            while (end < blocks.size() && blocks.get(end).is(Block.Kind.LIST_ITEM) && blocks.get(end).level() > b.level()) {
                end++;
            }
            log.context(b.lines(), "introduces the related incidents listed under it");
            related(blocks.subList(i + 1, end));
            i = end - 1;
        }
        return rest;
    }

    /**
     * The incidents a label's value lists, split at commas and semicolons, each an item of its own on the label's
     * line; the line's links go with them in order when there is one for each, else with the whole value.
     */
    private static List<Block> onLine(String value, Block line) {
        String[] parts = value.split("[,;]\\s*");
        if (parts.length != line.links().size() && !line.links().isEmpty()) {
            return List.of(Block.item(line.level(), "-", value, null, false, line.links(), line.lines()));
        }
        List<Block> out = new java.util.ArrayList<>();
        for (int i = 0; i < parts.length; i++) {
            out.add(Block.item(line.level(), "-", parts[i].strip(), null, false,
                    line.links().isEmpty() ? List.of() : List.of(line.links().get(i)), line.lines()));
        }
        return out;
    }

    /** Related incidents, one an item; added to those a section before gave. */
    private final List<dev.hindsight.incident.RelatedIncident> related = new java.util.ArrayList<>();

    void related(List<Block> blocks) {
        for (var r : dev.hindsight.importer.read.RelatedIncidentsReader.read(blocks, log)) {
            draft.field("relatedIncidents[" + related.size() + "]", r.value().id().isEmpty() ? r.value().url()
                    : r.value().id(), r.lines());
            related.add(r.value());
        }
        draft.record.relatedIncidents(List.copyOf(related));
    }

    private static <T> List<T> joined(List<T> a, List<T> b) {
        List<T> out = new java.util.ArrayList<>(a);
        out.addAll(b);
        return out;
    }
}
