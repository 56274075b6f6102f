package dev.hindsight.lint.blame;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.ToDoubleFunction;
import opennlp.tools.doccat.DoccatModel;
import opennlp.tools.doccat.DocumentCategorizerME;

/**
 * Measures the blame check on the labelled sets with the learned stage trained leaving each set out, the honest
 * proxy for unseen text once every set has shaped the rules (docs/lint.md):
 * {@code java -cp target/test-classes:target/classes:$(cat target/classpath.txt)
 * dev.hindsight.lint.blame.LikelyBlameCrossValidation [shipped|loso|real|cost|misses SET [loso]]}
 * ({@code -Dblame.only=REGEX} for some sets' folds only). Deterministic; prints only.
 */
public final class LikelyBlameCrossValidation {

    private static final double[] THRESHOLDS = {0.5, 0.6, 0.65, 0.7, 0.8};

    private record Count(int tp, int fp, int fn) {
        Count plus(Count o) {
            return new Count(tp + o.tp, fp + o.fp, fn + o.fn);
        }

        String figures() {
            return String.format(Locale.ROOT, "%.3f / %.3f", tp / (double) Math.max(1, tp + fp),
                    tp / (double) Math.max(1, tp + fn));
        }
    }

    private final BlameWords words = BlameWords.builtIn();
    private final BlameCheck rules = new BlameCheck(words);

    public static void main(String[] args) throws Exception {
        LikelyBlameCrossValidation cv = new LikelyBlameCrossValidation();
        String mode = args.length == 0 ? "loso" : args[0];
        switch (mode) {
            case "shipped" -> cv.shipped();
            case "loso" -> cv.leaveOneSetOut();
            case "real" -> cv.realRecords();
            case "cost" -> cv.cost();
            case "misses" -> cv.misses(args[1], args.length > 2 && args[2].equals("loso"));
            default -> throw new IllegalArgumentException("shipped, loso, real, cost or misses SET [loso]: " + mode);
        }
    }

    /** The shipped model on every set: rules, and rules or the learned stage (in-sample for the sets it saw). */
    private void shipped() throws Exception {
        System.out.println("set | sentences (blame) | rules | rules or blame.likely");
        for (String set : LikelyBlameTraining.SETS) {
            List<LikelyBlameTraining.Labelled> data = LikelyBlameTraining.labelled(set);
            Count r = count(data, s -> 0, 1.0);
            Count both = count(data, LikelyBlame::of, LikelyBlame.THRESHOLD);
            System.out.printf(Locale.ROOT, "%s | %d (%d) | %s | %s%n", set, data.size(),
                    data.stream().filter(LikelyBlameTraining.Labelled::blame).count(), r.figures(), both.figures());
        }
    }

    /** Each set measured with a model trained on every other set and the real negatives. */
    private void leaveOneSetOut() throws Exception {
        List<LikelyBlameTraining.Labelled> negatives = LikelyBlameTraining.realNegatives();
        Count pooledRules = new Count(0, 0, 0);
        Count[] pooled = new Count[THRESHOLDS.length];
        java.util.Arrays.fill(pooled, new Count(0, 0, 0));
        System.out.println("left out | rules | rules or model at p > " + java.util.Arrays.toString(THRESHOLDS));
        for (String out : LikelyBlameTraining.SETS) {
            if (!out.matches(".*(" + System.getProperty("blame.only", "") + ").*")) {
                continue;
            }
            List<LikelyBlameTraining.Labelled> train = new ArrayList<>();
            for (String set : LikelyBlameTraining.SETS) {
                if (!set.equals(out)) {
                    train.addAll(LikelyBlameTraining.labelled(set));
                }
            }
            train.addAll(negatives);
            ToDoubleFunction<String> model = scorer(LikelyBlameTraining.train(train));
            List<LikelyBlameTraining.Labelled> test = LikelyBlameTraining.labelled(out);
            Count r = count(test, s -> 0, 1.0);
            pooledRules = pooledRules.plus(r);
            StringBuilder line = new StringBuilder(out + " | " + r.figures());
            for (int t = 0; t < THRESHOLDS.length; t++) {
                Count c = count(test, model, THRESHOLDS[t]);
                pooled[t] = pooled[t].plus(c);
                line.append(" | ").append(c.figures());
            }
            System.out.println(line);
        }
        StringBuilder line = new StringBuilder("pooled | " + pooledRules.figures());
        for (Count c : pooled) {
            line.append(" | ").append(c.figures());
        }
        System.out.println(line);
    }

    /**
     * Real records the model has not seen: the documents split in two by their place in a fixed order, a model trained
     * on the labelled sets and one half's negatives, and the learned stage's findings counted on the other half.
     */
    private void realRecords() throws Exception {
        List<LikelyBlameTraining.Labelled> labelled = new ArrayList<>();
        for (String set : LikelyBlameTraining.SETS) {
            labelled.addAll(LikelyBlameTraining.labelled(set));
        }
        List<LikelyBlameTraining.Labelled> real = LikelyBlameTraining.realSentences();
        List<String> documents = real.stream().map(LikelyBlameTraining.Labelled::document).distinct().sorted().toList();
        for (int half = 0; half < 2; half++) {
            int h = half;
            java.util.function.Predicate<LikelyBlameTraining.Labelled> inHalf =
                    l -> documents.indexOf(l.document()) % 2 == h;
            List<LikelyBlameTraining.Labelled> train = new ArrayList<>(labelled);
            for (LikelyBlameTraining.Labelled l : real) {
                if (!inHalf.test(l) && !rules.blames(l.text()) && LikelyBlameTraining.gated(l)) {
                    train.add(l);
                }
            }
            ToDoubleFunction<String> model = scorer(LikelyBlameTraining.train(train));
            int judged = 0;
            for (LikelyBlameTraining.Labelled l : real) {
                if (!inHalf.test(l) || rules.blames(l.text())) {
                    continue;
                }
                if (!LikelyBlameTraining.gated(l)) {
                    continue;
                }
                judged++;
                double p = model.applyAsDouble(l.text());
                if (p > THRESHOLDS[0] && ProseGate.hasVerb(Token.of(l.text()))) {
                    System.out.printf(Locale.ROOT, "half %d\t%.2f\t%s %s: %s%n", half, p, l.document(), l.field(),
                            l.text());
                }
            }
            System.out.printf(Locale.ROOT, "half %d: %d sentences through the cheap gate%n", half, judged);
        }
    }

    /** CPU a sentence of the model's judgement and of the shipped check, over the real records' sentences. */
    private void cost() throws Exception {
        List<String> real = LikelyBlameTraining.realSentences().stream().map(LikelyBlameTraining.Labelled::text)
                .toList();
        java.lang.management.ThreadMXBean mx = java.lang.management.ManagementFactory.getThreadMXBean();
        ToDoubleFunction<String> model = LikelyBlame::of;
        double sink = 0;
        for (int round = 0; round < 8; round++) {
            long t0 = mx.getCurrentThreadCpuTime();
            for (String s : real) {
                sink += model.applyAsDouble(s);
            }
            long t1 = mx.getCurrentThreadCpuTime();
            for (String s : real) {
                sink += rules.check("analysis.summary", s).size();
            }
            long t2 = mx.getCurrentThreadCpuTime();
            for (String s : real) {
                sink += LikelyBlame.words(s).length;
            }
            long t3 = mx.getCurrentThreadCpuTime();
            System.out.printf(Locale.ROOT, "model %.1f us (its words %.1f us), check %.1f us a sentence%n",
                    (t1 - t0) / 1e3 / real.size(), (t3 - t2) / 1e3 / real.size(), (t2 - t1) / 1e3 / real.size());
        }
        System.out.println(sink > 0 ? "" : " ");
    }

    /** A set's misses and false findings, each with whether the gate let it through and the model's probability. */
    private void misses(String set, boolean leftOut) throws Exception {
        ToDoubleFunction<String> model = LikelyBlame::of;
        if (leftOut) {
            List<LikelyBlameTraining.Labelled> train = new ArrayList<>();
            for (String other : LikelyBlameTraining.SETS) {
                if (!other.equals(set)) {
                    train.addAll(LikelyBlameTraining.labelled(other));
                }
            }
            train.addAll(LikelyBlameTraining.realNegatives());
            model = scorer(LikelyBlameTraining.train(train));
        }
        for (LikelyBlameTraining.Labelled l : LikelyBlameTraining.labelled(set)) {
            boolean byRules = rules.blames(l.text());
            String gate = gate(l.text());
            double p = gate.equals("open") ? model.applyAsDouble(l.text()) : -1;
            boolean found = byRules || gate.equals("open") && p > LikelyBlame.THRESHOLD;
            if (found != l.blame()) {
                System.out.printf(Locale.ROOT, "%s\t%s\t%.2f\t%s%n", l.blame() ? "MISS" : "FALSE", gate, p,
                        l.text());
            }
        }
    }

    private ToDoubleFunction<String> scorer(DoccatModel model) {
        DocumentCategorizerME c = new DocumentCategorizerME(model);
        return s -> c.categorize(LikelyBlame.words(s))[c.getIndex(LikelyBlame.BLAME)];
    }

    /** Why the gate stays shut on a sentence the rules leave alone, or "open". */
    private String gate(String sentence) {
        List<Token> tokens = Token.of(sentence);
        if (tokens.isEmpty() || words.framings.anyIn(tokens)) {
            return "framed";
        }
        if (!ProseGate.open(null, sentence, tokens)) {
            return "shape";
        }
        return ProseGate.hasVerb(tokens) ? "open" : "noverb";
    }

    private Count count(List<LikelyBlameTraining.Labelled> data, ToDoubleFunction<String> model, double threshold) {
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (LikelyBlameTraining.Labelled l : data) {
            boolean found = rules.blames(l.text()) || threshold < 1.0 && gate(l.text()).equals("open")
                    && model.applyAsDouble(l.text()) > threshold;
            if (found && l.blame()) {
                tp++;
            } else if (found) {
                fp++;
            } else if (l.blame()) {
                fn++;
            }
        }
        return new Count(tp, fp, fn);
    }
}
