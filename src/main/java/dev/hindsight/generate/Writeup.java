package dev.hindsight.generate;

import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.Analysis.Lesson;
import dev.hindsight.incident.Analysis.LessonKind;
import dev.hindsight.incident.Analysis.RootCause;
import dev.hindsight.incident.Analysis.Why;
import dev.hindsight.incident.Detection;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.YesNo;
import dev.hindsight.timeline.Gap;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The written part of a synthetic post-mortem: how it was detected, what it did, and the analysis. Sentences come
 * from the word pools, about this incident's service and cause, so a full-text search has real phrases to find
 * and recurring causes and factors to group by.
 */
record Writeup(WordPools pools, Wording words, WordPools.Cause cause, String symptom, Odds odds) {

    String title() {
        return Wording.sentence(words.service() + " " + symptom + " after " + cause.trigger());
    }

    Detection detection(String method, String firstResponder) {
        return Detection.builder()
                .method(method)
                .story(words.any(pools.detectionStories(method)))
                .firstResponder(firstResponder)
                .earlierSignals(odds.chance(0.4) ? words.fill(cause.notCaught()) : "")
                .gaps(odds.chance(0.5) ? List.of(words.fill(odds.pick(pools.factors()).description())) : List.of())
                .build();
    }

    /**
     * What the incident did; {@code severityShare} runs from 1 for the most severe level to near 0 for the mildest,
     * and scales how many users were hit.
     */
    Impact impact(double severityShare, List<String> measures) {
        List<String> services = new ArrayList<>(List.of(words.service()));
        if (odds.chance(0.35)) {
            services.add(words.other());
        }
        long users = Math.round(odds.logNormal(2_000 * Math.pow(20, severityShare * 2), 1.0));
        List<Impact.BlastRadiusFigure> radius = new ArrayList<>();
        for (String measure : measures) {
            radius.add(new Impact.BlastRadiusFigure(measure, odds.chance(0.3) ? null : users / odds.between(5, 400)));
        }
        return Impact.builder()
                .summary(words.any(pools.impact()))
                .services(services)
                .appsAndApis(odds.chance(0.6) ? List.of(odds.pick(pools.apps())) : List.of())
                .users(new Impact.UsersAffected(users, Math.min(100.0, Math.round(severityShare * 400) / 10.0
                        + odds.between(1, 50) / 10.0), ""))
                .regions(List.of(words.region()))
                .userFacingErrors(Wording.sentence(words.service() + " " + symptom + "."))
                .serviceDegradation(words.any(pools.impact()))
                .slaBreach(new YesNo(severityShare > 0.6 && odds.chance(0.5), ""))
                .dataLoss(new YesNo(odds.chance(0.03), ""))
                .failedRequests(odds.chance(0.5) ? users * odds.between(2, 40) : null)
                .blastRadius(radius)
                .build();
    }

    Analysis analysis(Duration lasted, List<WordPools.Factor> factors) {
        String summary = words.fill(cause.summary()) + ". " + Wording.sentence(words.service()) + " " + symptom
                + " for " + Gap.describe(lasted) + ". " + words.any(pools.impact()) + " "
                + words.any(pools.resolutions());
        List<Finding> contributing = factors.stream()
                .map(f -> new Finding(f.title(), words.fill(f.description()), "", "")).toList();
        // Three whys, each answered by the next layer of the cause: what broke, what allowed it, why unseen.
        List<String> asked = pools.whyQuestions();
        List<Why> whys = odds.chance(0.4) ? List.of(
                new Why(words.fill(asked.get(0)), words.fill(cause.summary()) + "."),
                new Why(words.fill(asked.get(1)), words.fill(cause.detail())),
                new Why(words.fill(asked.get(2)), words.fill(cause.notCaught()))) : List.of();
        return Analysis.builder()
                .summary(summary)
                .oneLineSummary(title())
                .narrative(words.fill(cause.detail()) + " " + words.fill(cause.notCaught()))
                .rootCause(new RootCause(words.fill(cause.summary()), words.fill(cause.detail()),
                        contributing.isEmpty() ? "" : contributing.get(0).description(), words.fill(cause.notCaught())))
                .contributingFactors(contributing)
                .fiveWhys(whys)
                .resolutionSummary(words.fill(cause.fix()))
                .resolution(words.fill(cause.fix()) + " " + words.any(pools.resolutions()))
                .mitigationSteps(List.of(words.fill(cause.fix())))
                .wentWell(findings(pools.wentWell(), 2))
                .wentWrong(findings(pools.wentWrong(), 2))
                .gotLucky(findings(pools.gotLucky(), 1))
                .lessons(odds.chance(0.5) ? List.of(new Lesson(odds.pick(List.of(LessonKind.values())),
                        "", words.any(pools.lessons()), "")) : List.of())
                .build();
    }

    private List<Finding> findings(List<String> lines, int most) {
        int count = odds.between(0, most);
        List<Finding> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(Finding.of(words.any(lines)));
        }
        return out;
    }
}
