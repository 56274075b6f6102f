package dev.hindsight.importer.layouts;

import dev.hindsight.importer.layouts.ReviewBlocks.Block;
import dev.hindsight.importer.layouts.ReviewBlocks.Item;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.Analysis.Lesson;
import dev.hindsight.incident.Analysis.LessonKind;
import dev.hindsight.incident.Analysis.MeasureKind;
import dev.hindsight.incident.Analysis.PreventionMeasure;
import dev.hindsight.incident.Analysis.Why;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the written analysis of a review: the primary root cause, contributing factors, five whys, what went
 * well and wrong, lessons learned by kind and the prevention checklists. Numbered items are "**Title**" with
 * labelled points under them; items still showing the template's placeholders are left out. Stateless.
 */
final class ReviewAnalysisReader {

    private static final Pattern SEED_PLACEHOLDER = Pattern.compile("(?i)\\[(?:specific [^\\]]*|specify|answer from #\\d)\\]");

    private static final Pattern TRAILING_COLON = Pattern.compile(":$");

    private ReviewAnalysisReader() {
    }

    static void read(ReviewSections sections, ReviewDraft draft, ReviewTimelineReader timeline) {
        List<Block> cause = ReviewBlocks.blocks(sections.joined(new String[] {"Primary Root Cause"},
                new String[] {"Root Cause Analysis", "Root Cause"}));
        String summary = draft.rootCause.isEmpty() ? timeline.rootCause : draft.rootCause;
        draft.analysis.rootCause(new Analysis.RootCause(summary, text(cause, "What happened"),
                text(cause, "Why it happened"), text(cause, "Why it wasn't caught earlier", "Why it was not caught earlier",
                        "Why wasn't it caught earlier")));
        List<Finding> factors = findings(sections.lines("Contributing Factors"), "Description", "Impact");
        if (factors.isEmpty()) {
            factors = timeline.factors.stream().map(Finding::of).toList();
        }
        draft.analysis.contributingFactors(factors);
        draft.analysis.fiveWhys(whys(sections.lines("Five Whys Analysis", "Five Whys")));
        draft.analysis.wentWell(findings(sections.joined(new String[] {"Positive Aspects"},
                new String[] {"What Went Well"}), "What", "Why it helped"));
        draft.analysis.effectiveProcedures(bullets(sections.lines("Effective Procedures")));
        draft.analysis.wentWrong(findings(sections.joined(new String[] {"Issues Identified"},
                new String[] {"What Went Wrong"}), "What", "Impact"));
        draft.analysis.procedureGaps(bullets(sections.lines("Gaps in Procedures")));
        List<Lesson> lessons = new ArrayList<>(lessons(sections.lines("Lessons Learned"), LessonKind.GENERAL));
        lessons.addAll(lessons(sections.lines("Technical Lessons"), LessonKind.TECHNICAL));
        lessons.addAll(lessons(sections.lines("Process Lessons"), LessonKind.PROCESS));
        lessons.addAll(lessons(sections.lines("Communication Lessons"), LessonKind.COMMUNICATION));
        draft.analysis.lessons(lessons);
        List<Block> prevention = ReviewBlocks.blocks(sections.lines("Prevention Measures", "Prevention"));
        draft.analysis.prevention(ReviewPlaceholders.value(prevention.stream().filter(b -> b.label() == null)
                .map(Block::value).filter(v -> !v.isEmpty()).reduce((a, b) -> a + "\n\n" + b).orElse("")));
        List<PreventionMeasure> measures = new ArrayList<>(measures(prevention, MeasureKind.TECHNICAL));
        measures.addAll(measures(ReviewBlocks.blocks(sections.lines("Monitoring Improvements")), MeasureKind.MONITORING));
        measures.addAll(measures(ReviewBlocks.blocks(sections.lines("Process Improvements")), MeasureKind.PROCESS));
        measures.addAll(measures(ReviewBlocks.blocks(sections.lines("Technical Improvements")), MeasureKind.TECHNICAL));
        draft.analysis.preventionMeasures(measures);
        draft.analysis.mitigationSteps(timeline.mitigationSteps);
        draft.analysis.resolution(timeline.resolution);
    }

    /** A labelled block's text (its paragraphs, then any items as bullets), placeholders read as empty. */
    private static String text(List<Block> blocks, String... labels) {
        for (String label : labels) {
            Block b = ReviewBlocks.block(blocks, label);
            if (b != null) {
                StringBuilder out = new StringBuilder(ReviewPlaceholders.value(b.value()));
                for (Item item : b.items()) {
                    if (!ReviewPlaceholders.isUnfilled(item.text())) {
                        out.append(out.length() == 0 ? "" : "\n").append("- ").append(item.text());
                    }
                }
                return out.toString();
            }
        }
        return "";
    }

    /** Every top-level item of every block. */
    private static List<Item> items(List<String> lines) {
        List<Item> out = new ArrayList<>();
        ReviewBlocks.blocks(lines).forEach(b -> out.addAll(b.items()));
        return out;
    }

    /** {title, text after it}: "**Title**" or "**Title** - words"; an item that is not bold is all title. */
    private static String[] titled(Item item) {
        // What "^\\*\\*(.*?)\\*\\*:?\\s*(?:[-–—:]\\s*)?(.*)$" (with '.' matching anything) reads, by hand: the
        // title runs to the first "**" after the opening one, and the rest always matches.
        String t = item.text().strip();
        int close = t.startsWith("**") ? t.indexOf("**", 2) : -1;
        if (close < 0) {
            return new String[] {ReviewPlaceholders.value(item.text()), ""};
        }
        int rest = close + 2;
        if (rest < t.length() && t.charAt(rest) == ':') {
            rest++;
        }
        rest = RegexSpace.skip(t, rest);
        if (rest < t.length() && "-\u2013\u2014:".indexOf(t.charAt(rest)) >= 0) {
            rest = RegexSpace.skip(t, rest + 1);
        }
        return new String[] {ReviewPlaceholders.value(withoutTrailingColon(t.substring(2, close)).strip()),
            t.substring(rest).strip()};
    }

    /** What TRAILING_COLON removes: a colon at the end, or (left to the pattern) before a final line end. */
    private static String withoutTrailingColon(String title) {
        for (int i = 0; i < title.length(); i++) {
            if (ReviewLines.endsLine(title.charAt(i))) {
                return TRAILING_COLON.matcher(title).replaceAll("");
            }
        }
        return title.endsWith(":") ? title.substring(0, title.length() - 1) : title;
    }

    private static List<Finding> findings(List<String> lines, String whatLabel, String impactLabel) {
        List<Finding> out = new ArrayList<>();
        for (Item item : items(lines)) {
            String[] titled = titled(item);
            String what = orEmpty(item.child(whatLabel));
            if (what.isEmpty() && !item.children().stream().anyMatch(c -> c.is(whatLabel))) {
                what = ReviewPlaceholders.value(titled[1]);
            }
            String impact = orEmpty(item.child(impactLabel));
            String severity = orEmpty(item.child("Severity"));
            if (!(titled[0].isEmpty() && what.isEmpty() && impact.isEmpty() && severity.isEmpty())) {
                out.add(new Finding(titled[0], what, impact, severity));
            }
        }
        return out;
    }

    private static List<Why> whys(List<String> lines) {
        List<Why> out = new ArrayList<>();
        for (Item item : items(lines)) {
            String[] titled = titled(item);
            String question = SEED_PLACEHOLDER.matcher(titled[0]).find() ? "" : titled[0];
            String answer = item.children().isEmpty() ? ReviewPlaceholders.value(titled[1])
                    : ReviewPlaceholders.value(item.children().get(0).text());
            boolean seedQuestion = question.isEmpty() || question.equalsIgnoreCase("Why did the incident occur?");
            if (!(answer.isEmpty() && seedQuestion)) {
                out.add(new Why(question, answer));
            }
        }
        return out;
    }

    private static List<String> bullets(List<String> lines) {
        return items(lines).stream().map(Item::text).filter(t -> !ReviewPlaceholders.isUnfilled(t)).toList();
    }

    private static List<Lesson> lessons(List<String> lines, LessonKind kind) {
        List<Lesson> out = new ArrayList<>();
        for (Item item : items(lines)) {
            String[] titled = titled(item);
            String learned = orEmpty(item.child("What we learned"));
            if (learned.isEmpty() && item.children().stream().noneMatch(c -> c.is("What we learned"))) {
                learned = ReviewPlaceholders.value(titled[1]);
            }
            String apply = orEmpty(item.child("How to apply"));
            if (!(titled[0].isEmpty() && learned.isEmpty() && apply.isEmpty())) {
                out.add(new Lesson(kind, titled[0], learned, apply));
            }
        }
        return out;
    }

    /** Checklist items ("- [x] text"); the template's own lines with "[specific ...]" left in are skipped. */
    private static List<PreventionMeasure> measures(List<Block> blocks, MeasureKind kind) {
        List<PreventionMeasure> out = new ArrayList<>();
        for (Block b : blocks) {
            for (Item item : b.items()) {
                String text = ReviewLines.unboxed(item.text());
                if (!ReviewPlaceholders.isUnfilled(text) && !SEED_PLACEHOLDER.matcher(text).find()) {
                    out.add(new PreventionMeasure(kind, text, ReviewLines.ticked(item.text())));
                }
            }
        }
        return out;
    }

    private static String orEmpty(String s) {
        return s == null ? "" : s;
    }
}
