package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.importer.words.ReadingWords;
import dev.hindsight.incident.Analysis;
import dev.hindsight.kernel.Coded;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Lessons and prevention measures grouped under subsection headings that name their kind ("### Technical
 * Lessons", "### Monitoring Improvements"): the kind is the one whose name or alias the heading holds, the items
 * under it are of that kind. A lesson is a title with "What we learned:" and "How to apply:" under it; a measure is
 * a checklist item, ticked when done. Items before any such heading are of the general (or default) kind.
 * Stateless; thread-safe.
 */
public final class KindedLists {

    private KindedLists() {
    }

    public static List<Sourced<Analysis.Lesson>> lessons(List<Block> blocks, ImportLog log) {
        List<Sourced<Analysis.Lesson>> out = new ArrayList<>();
        Analysis.LessonKind kind = Analysis.LessonKind.GENERAL;
        List<Block> group = new ArrayList<>();
        for (Block b : blocks) {
            if (b.is(Block.Kind.HEADING)) {
                lessonsIn(group, kind, out, log);
                group.clear();
                kind = kindIn(b.text(), Analysis.LessonKind.values(), Analysis.LessonKind.GENERAL);
                log.context(b.lines(), "the lessons below are " + kind.name().toLowerCase(Locale.ROOT));
            } else {
                group.add(b);
            }
        }
        lessonsIn(group, kind, out, log);
        return out;
    }

    private static void lessonsIn(List<Block> group, Analysis.LessonKind kind, List<Sourced<Analysis.Lesson>> out,
                                  ImportLog log) {
        for (ListEntries.Entry e : ListEntries.of(TemplateExamples.without(group, log))) {
            if (e.kind() != ListEntries.Kind.ITEM && e.kind() != ListEntries.Kind.PARAGRAPH) {
                log.context(e.lines(), "introduces the lessons that follow");
                continue;
            }
            // A lesson whose parts are written under it is titled by its whole line.
            Analysis.Finding head = e.nested().isEmpty() ? FindingsReader.split(e.text())
                    : new Analysis.Finding(e.text(), "", "", "");
            String learned = head.description();
            String apply = "";
            for (Block n : e.nested()) {
                var labelled = LabelledLines.read(n.text().strip());
                String label = labelled.map(l -> ReadingWords.normal(l.label())).orElse("");
                String value = labelled.map(LabelledLines.Labelled::value).map(v -> Placeholders.isUnfilled(v) ? ""
                        : v).orElse(n.text().strip());
                if (label.startsWith("how to apply") || label.equals("action") || label.equals("apply")) {
                    apply = join(apply, value);
                } else {
                    learned = join(learned, value);
                }
            }
            out.add(new Sourced<>(new Analysis.Lesson(kind, head.title(), learned, apply), e.lines()));
        }
    }

    public static List<Sourced<Analysis.PreventionMeasure>> measures(List<Block> blocks, ImportLog log) {
        List<Sourced<Analysis.PreventionMeasure>> out = new ArrayList<>();
        Analysis.MeasureKind kind = null;
        for (Block b : blocks) {
            if (b.is(Block.Kind.HEADING)) {
                kind = kindIn(b.text(), Analysis.MeasureKind.values(), null);
                log.context(b.lines(), kind == null ? "a group of measures of no kind of its own"
                        : "the measures below are " + kind.name().toLowerCase(Locale.ROOT));
                continue;
            }
            if (!b.is(Block.Kind.LIST_ITEM) || b.checked() == null) {
                continue;
            }
            String text = b.text().strip();
            if (Placeholders.isUnfilled(text) || TemplateExamples.isExample(text)) {
                log.skip(b.lines(), "'" + text + "' is the template's example, not filled in");
                continue;
            }
            out.add(new Sourced<>(new Analysis.PreventionMeasure(kind, text, b.checked()), b.lines()));
        }
        return out;
    }

    /** Whether a heading names a kind of prevention measure ("Monitoring Improvements"; not "Action Items"). */
    public static boolean namesMeasureKind(String heading) {
        return kindIn(heading, Analysis.MeasureKind.values(), null) != null;
    }

    /** Whether blocks hold a checklist of measures: the items with a box. */
    public static boolean isChecklist(Block b) {
        return b.is(Block.Kind.LIST_ITEM) && b.checked() != null;
    }

    /** The kind whose name or alias is a word of the heading, or the fallback. */
    static <K extends Enum<K> & Coded> K kindIn(String heading, K[] kinds, K fallback) {
        String words = " " + ReadingWords.normal(heading) + " ";
        for (K k : kinds) {
            if (words.contains(" " + k.name().toLowerCase(Locale.ROOT) + " ")) {
                return k;
            }
            for (String alias : k.aliases()) {
                if (words.contains(" " + ReadingWords.normal(alias) + " ")) {
                    return k;
                }
            }
        }
        return fallback;
    }

    private static String join(String a, String b) {
        return a.isEmpty() ? b : b.isEmpty() ? a : a + "\n" + b;
    }
}
