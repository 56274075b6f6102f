package dev.hindsight.incident;

import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.metrics.ResponseTargets;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The rows insights read for one incident (incident_figures, incident_factors, incident_teams): its response times
 * as its page measures them (timeline milestones, else the times the document reports), what they are grouped by,
 * and when its post-mortem became final. Written in the transaction that saves the record. Stateless.
 */
final class IncidentFigures {

    private static final int FACTOR_MAX = 300;
    private static final int TEAM_MAX = 200;
    private static final int METHOD_MAX = 200;

    private IncidentFigures() {
    }

    /** Replaces the incident's rows; the incident's own row is already written (its created_at is read). */
    static void write(Handle h, PostMortem record) {
        String id = record.id();
        Long previousFinal = null;
        boolean stored = false;
        for (Long at : h.createQuery("SELECT final_at FROM incident_figures WHERE incident_id = :id").bind("id", id)
                .mapTo(Long.class).list()) {
            stored = true;
            previousFinal = at;
        }
        for (String table : new String[] {"incident_figures", "incident_factors", "incident_teams"}) {
            h.createUpdate("DELETE FROM " + table + " WHERE incident_id = :id").bind("id", id).execute();
        }
        ResponseMetrics metrics = record.responseMetrics(ResponseTargets.none());
        h.createUpdate("""
                INSERT INTO incident_figures (incident_id, restricted, severity_level, status, started_at,
                       detect_seconds, acknowledge_seconds, mitigate_seconds, resolve_seconds, discovery_method,
                       resolved_at, final_at)
                SELECT id, :restricted, :level, :status, COALESCE(:started, created_at), :detect, :acknowledge,
                       :mitigate, :resolve, :method, :resolved, :final
                FROM incidents WHERE id = :id""")
                .bind("id", id)
                .bind("restricted", record.access().restricted() ? 1 : 0)
                .bind("level", record.severity() == null ? null : record.severity().level())
                .bind("status", record.status().code())
                .bind("started", record.startedAt().map(Instant::toEpochMilli).orElse(null))
                .bind("detect", seconds(metrics, Metric.TIME_TO_DETECT))
                .bind("acknowledge", seconds(metrics, Metric.TIME_TO_ACKNOWLEDGE))
                .bind("mitigate", seconds(metrics, Metric.TIME_TO_MITIGATE))
                .bind("resolve", seconds(metrics, Metric.TIME_TO_RESOLVE))
                .bind("method", clip(record.detection().method().strip(), METHOD_MAX))
                .bind("resolved", record.resolvedAt().map(Instant::toEpochMilli).orElse(null))
                .bind("final", finalAt(h, record, stored, previousFinal))
                .execute();
        insertNames(h, "INSERT INTO incident_factors (incident_id, factor) VALUES (:id, :name)", id,
                folded(record.analysis().contributingFactors().stream().map(Analysis.Finding::title), FACTOR_MAX));
        insertNames(h, "INSERT INTO incident_teams (incident_id, team) VALUES (:id, :name)", id,
                folded(record.responders().stream().map(Responder::team), TEAM_MAX));
    }

    /**
     * When the post-mortem first became final, or null while it is not: the first "incident.finalized" event when
     * the store saw it happen; else the time already kept for it; else, for a stored incident that becomes final
     * in this save, the save's time (its event is written just after); else (an incident imported, restored or
     * generated already final) the time on its final waiver, then the day of its last approval, then its last
     * change.
     */
    private static Long finalAt(Handle h, PostMortem record, boolean stored, Long previousFinal) {
        if (record.status() != Status.FINAL) {
            return null;
        }
        Long event = h.createQuery("""
                SELECT MIN(occurred_at) FROM incident_events WHERE incident_id = :id AND type = :type""")
                .bind("id", record.id()).bind("type", IncidentEvent.Type.INCIDENT_FINALIZED.code())
                .mapTo(Long.class).one();
        if (event != null) {
            return event;
        }
        if (previousFinal != null) {
            return previousFinal;
        }
        Instant lastChange = record.lastUpdated();
        if (stored && lastChange != null) {
            return lastChange.toEpochMilli();
        }
        if (record.finalWaiver() != null && record.finalWaiver().at() != null) {
            return record.finalWaiver().at().toEpochMilli();
        }
        return record.reviewers().stream().filter(r -> r.state() == ReviewState.LGTM && r.date() != null)
                .map(Reviewer::date).max(java.time.LocalDate::compareTo)
                .map(d -> d.atStartOfDay(record.timeZone()).toInstant().toEpochMilli())
                .orElse(lastChange == null ? null : lastChange.toEpochMilli());
    }

    private static Long seconds(ResponseMetrics metrics, Metric metric) {
        return metrics.actual(metric).map(Duration::getSeconds).orElse(null);
    }

    private static Set<String> folded(java.util.stream.Stream<String> names, int max) {
        Set<String> out = new LinkedHashSet<>();
        names.filter(Objects::nonNull).map(n -> clip(n.strip().toLowerCase(Locale.ROOT), max))
                .filter(n -> !n.isEmpty()).forEach(out::add);
        return out;
    }

    private static void insertNames(Handle h, String sql, String id, Set<String> names) {
        if (names.isEmpty()) {
            return;
        }
        PreparedBatch batch = h.prepareBatch(sql);
        for (String name : names) {
            batch.bind("id", id).bind("name", name).add();
        }
        batch.execute();
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
