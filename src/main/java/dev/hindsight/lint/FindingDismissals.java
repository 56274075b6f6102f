package dev.hindsight.lint;

import dev.hindsight.incident.OpenFindings;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.ReadersView;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.Database;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.BiConsumer;
import org.jdbi.v3.core.Handle;

/**
 * Findings dismissed on records, with their reasons. Who may dismiss is who may edit the incident: the caller passes
 * the reader's view of the incidents, so a restricted incident they may not see is not found, as everywhere else.
 * A dismissal must name a finding the record has now (under the organisation's settings), so a typo is refused
 * rather than kept as a dismissal that never matches. Thread-safe.
 */
public final class FindingDismissals {

    private static final int AUTHOR_MAX = 200;

    private final Database database;
    private final OrganisationLintSettings settings;
    private final Clock clock;
    private final BiConsumer<Handle, String> changed;

    public FindingDismissals(Database database, OrganisationLintSettings settings, Clock clock) {
        this(database, settings, clock, (h, id) -> { });
    }

    private FindingDismissals(Database database, OrganisationLintSettings settings, Clock clock,
                              BiConsumer<Handle, String> changed) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.changed = Objects.requireNonNull(changed, "changed is null");
    }

    /**
     * These dismissals, telling {@code changed} the incident's id in the transaction of every dismissal and
     * reinstatement, after the row is written: where a stored count of an incident's findings is rewritten, so the
     * count and the dismissals commit together.
     */
    public FindingDismissals whenChanged(BiConsumer<Handle, String> changed) {
        return new FindingDismissals(database, settings, clock, changed);
    }

    /** What a person asks to dismiss, and why. */
    public record Request(String rule, String field, String excerpt, String reason) {
        public Request {
            excerpt = excerpt == null ? "" : excerpt;
            reason = reason == null ? null : reason.strip();
        }

        /** Every problem with the request at once, each naming its field. */
        void check() {
            List<FieldProblem> problems = new ArrayList<>();
            if (rule == null || rule.isBlank()) {
                problems.add(new FieldProblem("rule", "is required: the finding's rule id"));
            } else if (!ReviewAssistant.rules().containsKey(rule)) {
                problems.add(new FieldProblem("rule", "'" + clip(rule) + "' is not a rule; the rules are "
                        + String.join(", ", ReviewAssistant.rules().keySet())));
            }
            if (field == null || field.isBlank()) {
                problems.add(new FieldProblem("field", "is required: the finding's field"));
            } else if (field.length() > Dismissal.MAX_FIELD) {
                problems.add(new FieldProblem("field", "is " + field.length() + " characters; at most "
                        + Dismissal.MAX_FIELD));
            }
            if (excerpt.length() > Dismissal.MAX_EXCERPT) {
                problems.add(new FieldProblem("excerpt", "is " + excerpt.length() + " characters; at most "
                        + Dismissal.MAX_EXCERPT));
            }
            if (reason == null || reason.isEmpty()) {
                problems.add(new FieldProblem("reason", "is required: say why the finding does not apply here"));
            } else if (reason.length() > Dismissal.MAX_REASON) {
                problems.add(new FieldProblem("reason", "is " + reason.length() + " characters; at most "
                        + Dismissal.MAX_REASON));
            }
            if (!problems.isEmpty()) {
                throw new InvalidInput(problems);
            }
        }
    }

    /** Every dismissal on an incident, standing and reinstated, oldest first, for a reader who may see it. */
    public List<Dismissal> list(ReadersView view, String incidentId) {
        view.get(incidentId);
        return of(incidentId);
    }

    /**
     * Every dismissal on an incident, standing and reinstated, oldest first, without asking who reads: for what
     * counts findings for everyone ({@link RecordLint#findings(PostMortem, java.util.Collection)}).
     */
    public List<Dismissal> of(String incidentId) {
        return database.jdbi().withHandle(h -> of(h, incidentId));
    }

    /** As {@link #of(String)}, in a transaction the caller holds (a save that recounts findings, say). */
    public static List<Dismissal> of(Handle h, String incidentId) {
        return h.createQuery("SELECT * FROM finding_dismissals WHERE incident_id = :id ORDER BY number")
                .bind("id", incidentId).map((rs, ctx) -> read(rs)).list();
    }

    /**
     * As {@link #of(Handle, String)} for many incidents in one query (a restore's batch): each named incident's
     * dismissals, oldest first; an incident with none is not in the map.
     */
    public static java.util.Map<String, List<Dismissal>> of(Handle h, java.util.Collection<String> incidentIds) {
        java.util.Map<String, List<Dismissal>> out = new java.util.HashMap<>();
        if (incidentIds.isEmpty()) {
            return out;
        }
        h.createQuery("SELECT * FROM finding_dismissals WHERE incident_id IN (<ids>) ORDER BY incident_id, number")
                .bindList("ids", List.copyOf(incidentIds)).map((rs, ctx) -> read(rs))
                .forEach(d -> out.computeIfAbsent(d.incidentId(), id -> new ArrayList<>()).add(d));
        return out;
    }

    /**
     * Dismisses a finding the record has now.
     *
     * @throws NotFound     when the reader may not see the incident, or it does not exist
     * @throws InvalidInput when the request is incomplete, names no finding the record has, or the finding is
     *                      dismissed already
     */
    public Dismissal dismiss(ReadersView view, String incidentId, Request request, String by) {
        request.check();
        requireAuthor(by);
        PostMortem record = view.get(incidentId);
        boolean found = settings.recordLint().underSettings(record).stream()
                .anyMatch(f -> Dismissal.matches(request.rule(), request.field(), request.excerpt(), f));
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.jdbi().inTransaction(h -> {
            // Take the incident's row first, so two dismissals on one incident number themselves in turn.
            h.createUpdate("UPDATE incidents SET revision = revision WHERE id = :id").bind("id", record.id())
                    .execute();
            List<Dismissal> all = of(h, record.id());
            for (Dismissal d : all) {
                if (d.standing() && d.rule().equals(request.rule()) && d.field().equals(request.field())
                        && Dismissal.spaced(d.excerpt()).equals(Dismissal.spaced(request.excerpt()))) {
                    throw InvalidInput.of("excerpt", "this finding is already dismissed (dismissal " + d.number()
                            + ", by " + d.dismissedBy() + "); reinstate it first to dismiss it again");
                }
            }
            if (!found) {
                throw InvalidInput.of("excerpt", "the record has no " + request.rule() + " finding on "
                        + clip(request.field()) + " with this excerpt now; it may have been rewritten");
            }
            int number = all.stream().mapToInt(Dismissal::number).max().orElse(0) + 1;
            Dismissal made = new Dismissal(record.id(), number, request.rule(), request.field(), request.excerpt(),
                    request.reason(), by, now, null, null);
            h.createUpdate("""
                    INSERT INTO finding_dismissals (incident_id, number, rule, field, excerpt, reason, dismissed_by,
                                                    dismissed_at)
                    VALUES (:incident, :number, :rule, :field, :excerpt, :reason, :by, :at)""")
                    .bind("incident", made.incidentId()).bind("number", number).bind("rule", made.rule())
                    .bind("field", made.field()).bind("excerpt", made.excerpt()).bind("reason", made.reason())
                    .bind("by", by).bind("at", now.toEpochMilli()).execute();
            OpenFindings.recount(h, database.kind(), record, settings.conventions());
            changed.accept(h, record.id());
            return made;
        });
    }

    /**
     * Reinstates a dismissal: the finding shows again wherever it still matches. The dismissal is kept, marked with
     * who reinstated it and when.
     *
     * @throws NotFound     when the reader may not see the incident, or it has no such dismissal
     * @throws InvalidInput when the dismissal was reinstated already
     */
    public Dismissal reinstate(ReadersView view, String incidentId, int number, String by) {
        requireAuthor(by);
        PostMortem record = view.get(incidentId);
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        return database.jdbi().inTransaction(h -> {
            Dismissal d = of(h, record.id()).stream().filter(x -> x.number() == number).findFirst()
                    .orElseThrow(() -> new NotFound("dismissal " + number + " on incident " + record.id()));
            if (!d.standing()) {
                throw InvalidInput.of("number", "dismissal " + number + " was reinstated already, by "
                        + d.reinstatedBy());
            }
            int updated = h.createUpdate("""
                    UPDATE finding_dismissals SET reinstated_by = :by, reinstated_at = :at
                    WHERE incident_id = :incident AND number = :number AND reinstated_at IS NULL""")
                    .bind("by", by).bind("at", now.toEpochMilli()).bind("incident", record.id())
                    .bind("number", number).execute();
            if (updated == 0) {
                throw InvalidInput.of("number", "dismissal " + number + " was reinstated already");
            }
            OpenFindings.recount(h, database.kind(), record, settings.conventions());
            changed.accept(h, record.id());
            return new Dismissal(d.incidentId(), d.number(), d.rule(), d.field(), d.excerpt(), d.reason(),
                    d.dismissedBy(), d.dismissedAt(), by, now);
        });
    }

    private static Dismissal read(ResultSet rs) throws SQLException {
        long reinstatedAt = rs.getLong("reinstated_at");
        boolean reinstated = !rs.wasNull();
        return new Dismissal(rs.getString("incident_id"), rs.getInt("number"), rs.getString("rule"),
                rs.getString("field"), rs.getString("excerpt"), rs.getString("reason"), rs.getString("dismissed_by"),
                Instant.ofEpochMilli(rs.getLong("dismissed_at")), rs.getString("reinstated_by"),
                reinstated ? Instant.ofEpochMilli(reinstatedAt) : null);
    }

    private static void requireAuthor(String by) {
        if (by == null || by.isBlank() || by.length() > AUTHOR_MAX) {
            throw InvalidInput.of("author", "must be given, at most " + AUTHOR_MAX + " characters");
        }
    }

    private static String clip(String text) {
        return text.length() > 100 ? text.substring(0, 100) + "…" : text;
    }
}
