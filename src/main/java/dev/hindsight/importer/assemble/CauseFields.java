package dev.hindsight.importer.assemble;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.CauseSection;
import dev.hindsight.importer.read.FindingsReader;
import dev.hindsight.importer.read.FiveWhysReader;
import dev.hindsight.importer.read.ImportLog;
import dev.hindsight.importer.read.RootCauseReader;
import dev.hindsight.importer.read.Sourced;
import dev.hindsight.importer.read.TemplateExamples;
import dev.hindsight.importer.sections.ReadSection;
import dev.hindsight.importer.sections.SectionKind;
import dev.hindsight.importer.sections.WrittenWhole;
import dev.hindsight.incident.Analysis;
import java.util.List;
import java.util.Optional;

/**
 * The analysis sections into their fields: the root cause (whole, in parts, or with its factors and whys in a
 * seed layout's one section), five whys without the template's, and findings (contributing factors, what went
 * well, wrong, lucky). One per document; not thread-safe.
 */
final class CauseFields {

    /** A question holding a bracketed placeholder ("Why [answer from #2]?"). */
    private static final java.util.regex.Pattern TEMPLATE_QUESTION = java.util.regex.Pattern.compile(
            "\\[[^\\]]*(?:answer|#)[^\\]]*]");

    private final RecordDraft draft;
    private final ImportLog log;
    private final String layout;
    private final boolean seedLayout;
    private final DraftText text;

    CauseFields(RecordDraft draft, ImportLog log, String layout, boolean seedLayout, DraftText text) {
        this.draft = draft;
        this.log = log;
        this.layout = layout;
        this.seedLayout = seedLayout;
        this.text = text;
    }

    /** The findings of a section, each line one title where the layout writes them whole. */
    List<Sourced<Analysis.Finding>> findingsIn(List<Block> blocks, SectionKind kind) {
        return FindingsReader.read(findings(blocks), seedLayout ? log : null, WrittenWhole.in(layout, kind));
    }

    /**
     * A root-cause section; in a seed layout, which writes one record entry a line, its list items are the
     * contributing factors and its numbered whys the five whys ({@link CauseSection}), and a heading naming a
     * part of the cause ("Why did it happen?") says which part its prose is.
     */
    void cause(ReadSection section, List<String> written) {
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
    List<Sourced<Analysis.Why>> filled(List<Sourced<Analysis.Why>> whys) {
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

    /** A findings section without the template's example items ("E.g. Oncall identified the impact quickly"). */
    private List<Block> findings(List<Block> blocks) {
        return TemplateExamples.without(blocks, log);
    }
    void rootCause(Optional<Sourced<Analysis.RootCause>> cause) {
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
            if (text.putIfAbsent("analysis.rootCause", shown) == null) {
                draft.analysis.rootCause(read);
                draft.field("analysis.rootCause", shown, c.lines());
            }
        });
    }
}
