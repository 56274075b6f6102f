package dev.hindsight.generate;

import dev.hindsight.actions.ActionItem;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.IncidentHistory;
import dev.hindsight.incident.IncidentId;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Responder;
import dev.hindsight.incident.Status;
import dev.hindsight.review.FollowUpReview;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.severity.Severity;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Year;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.SplittableRandom;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Realistic synthetic post-mortems for filling a store: for trying Hindsight at scale, for benchmarks and for
 * insights worth looking at. Spread over the three years before {@code now}, more of them recently; severities
 * weighted toward the milder levels; some services far more incident-prone than others; each incident a whole
 * record that keeps the rules, with one revision as a store would hold it. The same seed and {@code now} give the
 * same incidents, field for field. Immutable; thread-safe.
 */
public final class SyntheticIncidents {

    /** The most one run makes: more would take hours and outgrow a laptop's disk. */
    public static final int MOST = 5_000_000;
    static final Duration SPAN = Duration.ofDays(3 * 365);
    /** A store is generated as if the newest incident was resolved at least this long ago. */
    private static final Duration SETTLED = Duration.ofHours(1);
    private static final double RESTRICTED = 0.02;

    private final Conventions conventions;
    private final WordPools pools;
    private final long seed;
    private final Instant now;

    public SyntheticIncidents(Conventions conventions, long seed, Instant now) {
        this.conventions = Objects.requireNonNull(conventions, "conventions is null");
        this.pools = WordPools.standard();
        this.seed = seed;
        this.now = Objects.requireNonNull(now, "now is null");
    }

    /**
     * {@code count} incidents, oldest first, numbered per year as the store issues them (INC-2025-0001...).
     * Drawn lazily: memory holds the start times, not the records.
     */
    public Stream<IncidentHistory> incidents(int count) {
        if (count < 1 || count > MOST) {
            throw new IllegalArgumentException("count is " + count + "; between 1 and " + MOST);
        }
        long[] starts = startTimes(count);
        int[] numbers = new int[count];
        int year = 0;
        int number = 0;
        for (int i = 0; i < count; i++) {
            int y = LocalDate.ofInstant(Instant.ofEpochSecond(starts[i]), conventions.timeZone()).getYear();
            number = y == year ? number + 1 : 1;
            year = y;
            numbers[i] = number;
        }
        return IntStream.range(0, count).mapToObj(i -> {
            Instant started = Instant.ofEpochSecond(starts[i]);
            Year y = Year.from(started.atZone(conventions.timeZone()));
            return incident(i, started, IncidentId.issue(y, numbers[i]));
        });
    }

    /**
     * Start times, sorted. The rate grows over the span (an organisation has more incidents as it grows): the
     * density rises linearly to more than twice its starting value.
     */
    private long[] startTimes(int count) {
        SplittableRandom random = new SplittableRandom(seed);
        long latest = now.minus(Duration.ofDays(1)).getEpochSecond();
        long span = SPAN.toSeconds();
        long[] starts = new long[count];
        for (int i = 0; i < count; i++) {
            // Inverse of the distribution with density proportional to 0.6 + 0.8 x on [0, 1].
            double x = (-0.6 + Math.sqrt(0.36 + 1.6 * random.nextDouble())) / 0.8;
            starts[i] = latest - span + (long) (x * span) / 60 * 60 + random.nextInt(60);
        }
        Arrays.sort(starts);
        return starts;
    }

    /** Incident number {@code index} of the run, starting at {@code started}, stored as {@code id}. */
    IncidentHistory incident(int index, Instant started, String id) {
        Odds odds = Odds.forIncident(seed, index);
        ZoneId zone = ZoneId.of(odds.pick(pools.zones()));
        WordPools.Service service = odds.weighted(pools.services(), WordPools.Service::weight);
        WordPools.Service other = odds.weighted(pools.services().stream().filter(s -> s != service).toList(),
                WordPools.Service::weight);
        WordPools.Cause cause = odds.weighted(pools.causes(), WordPools.Cause::weight);
        int levels = conventions.severityScale().levels().size();
        // Milder levels are far more common: level l is drawn in proportion to l squared.
        List<Integer> scale = IntStream.rangeClosed(1, levels).boxed().toList();
        int level = odds.weighted(scale, l -> l * l);
        double severityShare = levels == 1 ? 1 : (levels - level) / (double) (levels - 1);

        List<WordPools.Person> people = responders(odds, service, level);
        WordPools.Person commander = people.get(0);
        String scribe = people.size() > 2 ? people.get(2).name() : commander.name();
        Wording words = new Wording(service.name(), other.name(), service.team(), commander.name(),
                odds.pick(pools.regions()), cause.trigger(), odds);
        ResponseTimeline response = ResponseTimeline.draw(started, now.minus(SETTLED), zone, scribe, words, pools,
                odds);
        Writeup writeup = new Writeup(pools, words, cause, odds.pick(pools.symptoms()), odds);
        String method = odds.weighted(conventions.discoveryMethods(),
                m -> pools.discoveryWeights().getOrDefault(m, 3));
        Instant written = earlier(response.resolved().plus(Duration.ofMinutes(
                (long) (odds.logNormal(3 * 24 * 60, 0.7)))), now);

        FollowUp followUp = new FollowUp(conventions, pools, odds, zone, response.resolved(), written, now);
        Status status = followUp.status();
        ReviewMeeting meeting = followUp.meeting(status, people);
        LocalDate reviewStart = meeting.date() != null ? meeting.date() : followUp.day(written);
        Instant statusAt = status == Status.FINAL
                ? earlier(reviewStart.plusDays(odds.between(0, 5)).atStartOfDay(zone).toInstant()
                .plus(Duration.ofHours(odds.between(9, 17))), now)
                : written;
        statusAt = statusAt.isBefore(written) ? written : statusAt;
        int itemCount = Math.max(0, (int) Math.round(odds.logNormal(2.5 + severityShare * 2, 0.5)) - 1);
        List<ActionItem> items = followUp.actionItems(words, owners(service, people), itemCount);
        List<FollowUpReview> followUps = followUp.followUps(status, reviewStart);
        Instant lastChange = followUp.lastChange(statusAt, items);

        PostMortem record = PostMortem.builder()
                .id(id).revision(1)
                .title(writeup.title())
                .dateWritten(followUp.day(written))
                .status(status)
                .access(odds.chance(RESTRICTED) ? new Access(true, List.of(commander.account()),
                        List.of(pools.securityGroup())) : Access.open())
                .author(commander.name())
                .owner(service.team())
                .lastUpdated(lastChange)
                .nextReviewDate(followUps.stream().filter(f -> !f.done()).map(FollowUpReview::date)
                        .min(LocalDate::compareTo).orElse(null))
                .severity(conventions.severityScale().severity(level))
                .initialSeverity(odds.chance(0.15) ? initialSeverity(odds, level, levels) : null)
                .detection(writeup.detection(method, people.get(Math.min(1, people.size() - 1)).name()))
                .impact(writeup.impact(severityShare, conventions.blastRadiusMeasures()))
                .responders(asResponders(people, response, odds))
                .timeZone(zone)
                .timeline(response.timeline())
                .analysis(writeup.analysis(response.duration(),
                        odds.distinct(pools.factors(), WordPools.Factor::weight, odds.between(1, 3))))
                .actionItems(items)
                .reviewers(followUp.reviewers(status, reviewStart, people))
                .reviewMeeting(meeting)
                .knowledgeSharing(followUp.knowledgeSharing(status))
                .followUpReviews(followUps)
                .finalWaiver(followUp.waiver(status, items, commander.account(), statusAt))
                .build();
        return new IncidentHistory(id, List.of(
                new IncidentHistory.Version(1, commander.account(), lastChange, List.of(), record)));
    }

    /** More severe incidents pull in more people; the owning team's engineers are among them. */
    private List<WordPools.Person> responders(Odds odds, WordPools.Service service, int level) {
        int count = switch (level) {
            case 1 -> odds.between(5, 9);
            case 2 -> odds.between(3, 6);
            default -> odds.between(2, 4);
        };
        List<WordPools.Person> fromTeam = pools.people().stream().filter(p -> p.team().equals(service.team())).toList();
        List<WordPools.Person> chosen = new ArrayList<>();
        chosen.add(odds.pick(pools.people()));
        if (!fromTeam.isEmpty()) {
            WordPools.Person lead = odds.pick(fromTeam);
            if (!chosen.contains(lead)) {
                chosen.add(lead);
            }
        }
        while (chosen.size() < Math.min(count, pools.people().size())) {
            WordPools.Person next = odds.pick(pools.people());
            if (!chosen.contains(next)) {
                chosen.add(next);
            }
        }
        return chosen;
    }

    /** The owning team's people own most of the follow-up work; responders own the rest. */
    private List<WordPools.Person> owners(WordPools.Service service, List<WordPools.Person> people) {
        List<WordPools.Person> owners = new ArrayList<>(people);
        pools.people().stream().filter(p -> p.team().equals(service.team())).forEach(owners::add);
        return owners;
    }

    private List<Responder> asResponders(List<WordPools.Person> people, ResponseTimeline response, Odds odds) {
        List<String> roles = pools.responseRoles();
        long responding = Duration.between(response.acknowledged(), response.mitigated()).toSeconds();
        List<Responder> out = new ArrayList<>(people.size());
        for (int i = 0; i < people.size(); i++) {
            WordPools.Person person = people.get(i);
            String wanted = roles.get(Math.min(i, roles.size() - 1));
            Instant joined = i == 0 ? response.acknowledged()
                    : response.acknowledged().plusSeconds((long) (responding * 0.5 * odds.unit()));
            out.add(new Responder(person.name(), conventions.role(wanted).orElse(wanted), person.team(),
                    conventions.disciplines().contains(person.discipline()) ? person.discipline() : "", joined, ""));
        }
        return out;
    }

    /** Severity first assigned one level off the final one, within the scale. */
    private Severity initialSeverity(Odds odds, int level, int levels) {
        int first = level == 1 ? 2 : level == levels ? level - 1 : odds.chance(0.5) ? level - 1 : level + 1;
        return conventions.severityScale().severity(Math.max(1, Math.min(levels, first)));
    }

    private static Instant earlier(Instant a, Instant b) {
        return a.isBefore(b) ? a : b;
    }
}
