package dev.hindsight.importer.read;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.incident.Analysis;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * Reads the five whys: "1. Why did X? — Because Y", "**Why did X?** Y", a question item with its answer nested
 * under it or in the paragraph after it, "Q: ... / A: ..." or "Why ...? / Because ..." on consecutive lines, one
 * heading per question, and a table with why and because columns. Stateless; thread-safe.
 *
 * <p>A step written as a statement without a question ("The pool was exhausted because ...") is kept as an
 * answer with an empty question, so a chain written that way is not lost.
 */
public final class FiveWhysReader {

    /** "Why 1:", "Why #2 -", "Q3:", "Question 1:", "1.", "2)": numbering before the question itself. */
    private static final Pattern NUMBERING = Pattern.compile(
            "(?i)^\\s*(?:(?:why\\s*#?\\d{1,2}|q\\d{0,2}|question\\s*\\d{0,2})\\s*[:.)-]\\s*|\\d{1,2}[.)]\\s+)");
    /** What may stand between a question and its answer, or before an answer on its own line. */
    private static final Pattern ANSWER_LEAD = Pattern.compile(
            "(?i)^\\s*+(?:[—–:=>→-]++\\s*+|a\\d{0,2}\\s*[:.)-]\\s*+|answer\\s*\\d{0,2}\\s*[:.)-]\\s*+)*+");
    private static final Pattern ANSWER_LINE = Pattern.compile("(?i)^\\s*(?:a\\d{0,2}\\s*[:.)]|answer\\b|because\\b)");
    private static final Pattern QUESTION_LINE = Pattern.compile("(?i)^\\s*(?:q\\d{0,2}\\s*[:.)]|question\\b|why\\b)");
    /** How far into a line the question mark is looked for: a question is a sentence, not a page. */
    private static final int QUESTION = 500;

    private FiveWhysReader() {
    }

    public static List<Sourced<Analysis.Why>> read(List<Block> blocks) {
        return read(blocks, null);
    }

    /** As {@link #read(List)}; headings without a question, intros and table headers are noted as context. */
    public static List<Sourced<Analysis.Why>> read(List<Block> blocks, ImportLog log) {
        Chain chain = new Chain(log);
        for (ListEntries.Entry e : ListEntries.of(blocks)) {
            switch (e.kind()) {
                case HEADING -> {
                    if (e.text().endsWith("?")) {
                        chain.question(clean(e.text()), e.lines());
                    } else {
                        chain.context(e);
                    }
                }
                case INTRO, HEADER -> chain.context(e);
                case ROW -> row(e, chain);
                case ITEM -> {
                    StringBuilder nested = new StringBuilder();
                    for (Block n : e.nested()) {
                        nested.append(nested.isEmpty() ? "" : "\n").append(n.text().strip());
                    }
                    chain.text(e.text(), e.block().lines());
                    if (!nested.isEmpty()) {
                        chain.text(nested.toString(), e.lines());
                    }
                }
                default -> {
                    List<WrittenLine> lines = WrittenLine.of(e.block());
                    if (lines.size() > 1 && lines.stream().anyMatch(FiveWhysReader::startsAStep)) {
                        lines.forEach(l -> chain.text(l.text(), l.lines()));
                    } else {
                        chain.text(ProseReader.render(e.block()), e.lines());
                    }
                }
            }
        }
        return chain.finish();
    }

    private static boolean startsAStep(WrittenLine l) {
        String t = l.scanned();
        return QUESTION_LINE.matcher(t).lookingAt() || ANSWER_LINE.matcher(t).lookingAt()
                || NUMBERING.matcher(t).lookingAt() || t.strip().endsWith("?");
    }

    private static void row(ListEntries.Entry e, Chain chain) {
        List<String> cells = e.block().cells();
        int question = -1;
        int answer = -1;
        for (int c = 0; c < e.header().size() && c < cells.size(); c++) {
            String h = e.header().get(c).toLowerCase(Locale.ROOT);
            if (question < 0 && (h.contains("why") || h.contains("question"))) {
                question = c;
            } else if (answer < 0 && (h.contains("because") || h.contains("answer") || h.contains("reason")
                    || h.contains("cause"))) {
                answer = c;
            }
        }
        if (question < 0) {
            for (int c = 0; c + 1 < cells.size() && question < 0; c++) {
                if (cells.get(c).strip().endsWith("?")) {
                    question = c;
                    answer = c + 1;
                }
            }
        }
        if (question >= 0 && answer >= 0) {
            chain.add(clean(cells.get(question)), answer(cells.get(answer)), e.lines());
        } else {
            chain.text(e.block().text(), e.lines());
        }
    }

    /** Numbering and "Q:" removed from a question. */
    private static String clean(String question) {
        return NUMBERING.matcher(question.strip()).replaceFirst("").strip();
    }

    /** "— ", "A:", "Answer:" removed from the start of an answer; "Because" stays, it is part of what was said. */
    private static String answer(String text) {
        return ANSWER_LEAD.matcher(text).replaceFirst("").strip();
    }

    /** The chain being read: a question waits for its answer in the next piece of text. */
    private static final class Chain {
        private final ImportLog log;
        private final List<Sourced<Analysis.Why>> out = new ArrayList<>();
        private final List<ListEntries.Entry> unplaced = new ArrayList<>();
        private String question;
        private Lines questionLines;

        Chain(ImportLog log) {
            this.log = log;
        }

        void context(ListEntries.Entry e) {
            if (log != null) {
                log.context(e.lines(), "'" + e.text() + "' introduces the five whys");
            } else {
                unplaced.add(e);
            }
        }

        void question(String q, Lines lines) {
            flush();
            question = q;
            questionLines = lines;
        }

        void text(String raw, Lines lines) {
            String t = clean(raw);
            if (t.isEmpty()) {
                return;
            }
            boolean isAnswer = ANSWER_LINE.matcher(t).lookingAt();
            int mark = isAnswer ? -1 : t.substring(0, Math.min(t.length(), QUESTION)).indexOf('?');
            if (mark >= 0) {
                String rest = answer(t.substring(mark + 1));
                if (rest.isEmpty()) {
                    question(t.substring(0, mark + 1), lines);
                } else {
                    flush();
                    add(t.substring(0, mark + 1), rest, lines);
                }
                return;
            }
            int because = t.toLowerCase(Locale.ROOT).indexOf(" because ");
            if (question == null && t.regionMatches(true, 0, "why ", 0, 4) && because > 0) {
                add(t.substring(0, because).strip(), t.substring(because + 1).strip(), lines);
            } else if (question != null) {
                String q = question;
                Lines ql = questionLines;
                question = null;
                add(q, answer(t), ql.span(lines));
            } else {
                add("", answer(t), lines);
            }
        }

        void add(String q, String a, Lines lines) {
            Lines all = lines;
            for (ListEntries.Entry e : unplaced) {
                all = all.span(e.lines());
            }
            unplaced.clear();
            out.add(new Sourced<>(new Analysis.Why(q, a), all));
        }

        /** A question nobody answered is still a step of the chain. */
        private void flush() {
            if (question != null) {
                String q = question;
                question = null;
                add(q, "", questionLines);
            }
        }

        List<Sourced<Analysis.Why>> finish() {
            flush();
            for (ListEntries.Entry e : unplaced) {
                out.add(new Sourced<>(new Analysis.Why("", e.text()), e.lines()));
            }
            return out;
        }
    }
}
