package dev.hindsight.incident;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.actions.ActionStatus;
import dev.hindsight.actions.Priority;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Analysis.Finding;
import dev.hindsight.incident.Analysis.Lesson;
import dev.hindsight.incident.Analysis.LessonKind;
import dev.hindsight.incident.Analysis.MeasureKind;
import dev.hindsight.incident.Analysis.PreventionMeasure;
import dev.hindsight.incident.Analysis.RootCause;
import dev.hindsight.incident.Analysis.Why;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import dev.hindsight.timeline.EventKind;
import dev.hindsight.timeline.TimelineEvent;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Supplier;

/**
 * Random, valid post-mortems for property tests: the same seed gives the same record. Text uses words and
 * the punctuation people type (including table-breaking pipes), never leading Markdown markers, so any
 * difference after a round trip is a real loss. Times are whole seconds in zones whose abbreviations name
 * them unambiguously.
 */
public final class RecordGenerator {

    private static final String[] WORDS = ("database cache queue checkout payments login search api gateway edge "
            + "certificate deploy rollback replica primary latency errors timeout retry region cluster node disk "
            + "memory cpu config flag migration index lock table dns balancer proxy worker cron backup alert "
            + "dashboard runbook pager customers orders invoices shipping mobile web partner vendor").split(" ");
    private static final String[] PUNCTUATION = {",", ".", " |", " &", " 50%", " /", "'s", ":", " -", " $12"};
    private static final String[] NAMES = {"Priya Natarajan", "Sam Okafor", "Lea Fischer", "Jonas Weber",
        "Ana Costa", "Kenji Sato", "Maya Levi", "Omar Haddad", "Ines Duarte", "Tom Becker"};
    private static final ZoneId[] ZONES = {ZoneId.of("UTC"), ZoneId.of("America/Los_Angeles"),
        ZoneId.of("Europe/Berlin"), ZoneId.of("America/New_York")};

    private final Random random;
    private final Conventions conventions;

    public RecordGenerator(long seed, Conventions conventions) {
        this.random = new Random(seed);
        this.conventions = conventions;
    }

    public String words(int min, int max) {
        int n = min + random.nextInt(max - min + 1);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < n; i++) {
            String word = WORDS[random.nextInt(WORDS.length)];
            out.append(i == 0 ? Character.toUpperCase(word.charAt(0)) + word.substring(1) : word);
            if (i < n - 1) {
                out.append(random.nextInt(6) == 0 ? PUNCTUATION[random.nextInt(PUNCTUATION.length)] : "").append(' ');
            }
        }
        return out.toString();
    }

    /** Sentences, sometimes in two paragraphs. */
    public String paragraph() {
        String first = words(6, 14) + ".";
        return random.nextInt(3) == 0 ? first + "\n\n" + words(5, 10) + "." : first + " " + words(4, 9) + ".";
    }

    public String name() {
        return NAMES[random.nextInt(NAMES.length)];
    }

    public <T> T pick(List<T> options) {
        return options.get(random.nextInt(options.size()));
    }

    public <T> List<T> some(int min, int max, Supplier<T> each) {
        int n = min + random.nextInt(max - min + 1);
        List<T> out = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            out.add(each.get());
        }
        return out;
    }

    public boolean chance(int inN) {
        return random.nextInt(inN) == 0;
    }

    public int between(int min, int max) {
        return min + random.nextInt(max - min + 1);
    }

    public PostMortem record() {
        ZoneId zone = ZONES[random.nextInt(ZONES.length)];
        Instant start = Instant.parse("2024-01-01T00:00:00Z").plus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES)
                .plusSeconds(random.nextInt(60));
        List<TimelineEvent> events = new ArrayList<>();
        Instant at = start;
        List<EventKind> kinds = List.of(EventKind.STARTED, EventKind.DETECTED, EventKind.ACKNOWLEDGED,
                EventKind.ROOT_CAUSE_IDENTIFIED, EventKind.MITIGATION_STARTED, EventKind.RESOLVED);
        for (EventKind kind : kinds) {
            events.add(new TimelineEvent(at, zone, words(3, 8), kind, null, null));
            if (chance(2)) {
                at = at.plusSeconds(between(30, 7200));
                events.add(new TimelineEvent(at, zone, words(3, 8), EventKind.NOTE, null, null));
            }
            at = at.plusSeconds(between(60, chance(5) ? 200_000 : 5_400));
        }
        LocalDate written = LocalDate.ofInstant(at, zone).plusDays(between(0, 3));
        int levels = conventions.severityScale().levels().size();
        List<String> roles = conventions.roles();
        return PostMortem.builder()
                .id(String.format("INC-%d-%04d", written.getYear(), between(1, 9999)))
                .title(words(4, 10))
                .dateWritten(written)
                .status(pick(List.of(Status.values())))
                .author(name()).owner(name())
                .nextReviewDate(written.plusDays(between(7, 60)))
                .severity(conventions.severityScale().severity(between(1, levels)))
                .initialSeverity(chance(2) ? conventions.severityScale().severity(between(1, levels)) : null)
                .severityAssessment(chance(2) ? words(5, 12) : "")
                .detection(new Detection(pick(conventions.discoveryMethods()), words(5, 12), null, name(),
                        words(5, 10), some(0, 3, () -> words(3, 7))))
                .impact(new Impact(words(5, 12), some(1, 3, () -> pick(conventions.serviceCatalogue())),
                        some(0, 2, () -> pick(List.of("Web", "iOS", "Android", "Public API"))),
                        new Impact.UsersAffected(chance(3) ? null : (long) between(1, 90_000),
                                chance(2) ? null : between(1, 1000) / 10.0, ""),
                        some(0, 2, () -> pick(List.of("eu-west-1", "us-east-1", "ap-south-1"))), words(3, 8),
                        words(3, 8), words(3, 8), "$" + between(0, 90) + ",000",
                        new YesNo(random.nextBoolean(), ""), pick(List.of("Low", "Medium", "High")),
                        new YesNo(random.nextBoolean(), ""), new YesNo(random.nextBoolean(), ""),
                        new YesNo(random.nextBoolean(), ""), chance(2) ? null : (long) between(0, 99_999), "",
                        some(0, 3, () -> new Impact.BlastRadiusFigure(pick(conventions.blastRadiusMeasures()),
                                chance(3) ? null : (long) between(0, 5000)))))
                .responders(some(1, 4, () -> new Responder(name(), pick(roles), pick(List.of("SRE", "Payments",
                        "Platform")), pick(conventions.disciplines()), null, "")))
                .timeZone(zone)
                .timeline(new dev.hindsight.timeline.Timeline(events))
                .analysis(new Analysis(paragraph(), words(6, 12), paragraph(),
                        new RootCause(words(6, 12), paragraph(), words(6, 14), words(6, 14)),
                        some(0, 3, () -> new Finding(words(2, 5), words(4, 9), words(4, 9), "")),
                        some(0, 5, () -> new Why("Why " + words(3, 7).toLowerCase() + "?", words(4, 10))),
                        words(6, 12), paragraph(), some(0, 3, () -> words(3, 8)), words(4, 9),
                        some(0, 3, () -> Finding.of(words(3, 8))), some(0, 3, () -> Finding.of(words(3, 8))),
                        some(0, 2, () -> Finding.of(words(3, 8))), some(0, 2, () -> words(3, 7)),
                        some(0, 2, () -> words(3, 7)),
                        some(0, 4, () -> new Lesson(pick(List.of(LessonKind.values())), words(2, 5), words(4, 9),
                                words(3, 8))),
                        paragraph(), some(0, 4, () -> new PreventionMeasure(pick(List.of(MeasureKind.values())),
                                words(3, 8), random.nextBoolean())),
                        words(5, 10), some(0, 2, () -> words(3, 7)), some(0, 2, () -> words(3, 7)), ""))
                .actionItems(some(0, 5, () -> new ActionItem("", words(3, 8), "", name(),
                        pick(List.of(Priority.values())), written.plusDays(between(1, 90)),
                        pick(List.of(ActionStatus.values())), chance(2) ? "OPS-" + between(1, 999) : "")))
                .reviewers(some(0, 3, () -> new Reviewer(name(), pick(List.of("Engineering Manager", "SRE Lead")),
                        pick(List.of(ReviewState.values())), chance(2) ? written.plusDays(between(0, 9)) : null)))
                .reviewMeeting(chance(2) ? ReviewMeeting.none() : new ReviewMeeting(written.plusDays(between(1, 9)),
                        some(1, 3, () -> new ReviewMeeting.Attendee(name(), pick(roles))),
                        some(0, 3, () -> words(3, 8)), List.of()))
                .build();
    }
}
