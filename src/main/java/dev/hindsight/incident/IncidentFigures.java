package dev.hindsight.incident;

import dev.hindsight.metrics.Metric;
import dev.hindsight.metrics.ResponseMetrics;
import dev.hindsight.metrics.ResponseTargets;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.Reviewer;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.statement.PreparedBatch;

/**
 * The row insights read for one incident (incident_figures): its response times as its page measures them (timeline
 * milestones, else the times the document reports), what they are grouped by, and when its post-mortem became
 * final. Written in the transaction that saves the record. Stateless.
 */
final class IncidentFigures {

    private static final int NAME_MAX = 300;
    /** Characters of names kept per column: whole names, as many as fit. */
    private static final int NAMES_MAX = 4000;
    private static final int METHOD_MAX = 200;

    private IncidentFigures() {
    }

    /** Replaces the incidents' rows; the incidents' own rows are already written (their created_at is read). */
    static void write(Handle h, List<PostMortem> records) {
        List<String> ids = Rows.ids(records);
        Map<String, Long> previousFinal = new HashMap<>();
        h.createQuery("SELECT incident_id, final_at FROM incident_figures WHERE incident_id IN (<ids>)")
                .bindList("ids", ids)
                .map((rs, ctx) -> {
                    long at = rs.getLong("final_at");
                    return new java.util.AbstractMap.SimpleEntry<>(rs.getString("incident_id"),
                            rs.wasNull() ? null : at);
                })
                .forEach(e -> previousFinal.put(e.getKey(), e.getValue()));
        Map<String, Long> finalized = finalizedEvents(h, records);
        h.createUpdate("DELETE FROM incident_figures WHERE incident_id IN (<ids>)").bindList("ids", ids).execute();
        PreparedBatch rows = h.prepareBatch("""
                INSERT INTO incident_figures (incident_id, restricted, severity_level, status, started_at,
                       detect_seconds, acknowledge_seconds, mitigate_seconds, resolve_seconds, discovery_method,
                       resolved_at, final_at, services, teams, factors)
                SELECT id, :restricted, :level, :status, COALESCE(:started, created_at), :detect, :acknowledge,
                       :mitigate, :resolve, :method, :resolved, :final, :services, :teams, :factors
                FROM incidents WHERE id = :id""");
        for (PostMortem record : records) {
            ResponseMetrics metrics = record.responseMetrics(ResponseTargets.none());
            rows.bind("id", record.id())
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
                    .bind("final", finalAt(record, finalized.get(record.id()), previousFinal.containsKey(record.id()),
                            previousFinal.get(record.id())))
                    .bind("services", names(record.impact().services().stream()))
                    .bind("teams", names(record.responders().stream().map(Responder::team)))
                    .bind("factors", names(record.analysis().contributingFactors().stream()
                            .map(Analysis.Finding::title)))
                    .add();
        }
        Rows.execute(rows);
    }

    /** The time of each final record's first "incident.finalized" event, for those the store saw become final. */
    private static Map<String, Long> finalizedEvents(Handle h, List<PostMortem> records) {
        Map<String, Long> out = new HashMap<>();
        List<String> finals = records.stream().filter(r -> r.status() == Status.FINAL).map(PostMortem::id).toList();
        if (finals.isEmpty()) {
            return out;
        }
        h.createQuery("""
                SELECT incident_id, MIN(occurred_at) AS first FROM incident_events
                WHERE incident_id IN (<ids>) AND type = :type GROUP BY incident_id""")
                .bindList("ids", finals).bind("type", IncidentEvent.Type.INCIDENT_FINALIZED.code())
                .map((rs, ctx) -> Map.entry(rs.getString("incident_id"), rs.getLong("first")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /**
     * When the post-mortem first became final, or null while it is not: the first "incident.finalized" event when
     * the store saw it happen; else the time already kept for it; else, for a stored incident that becomes final
     * in this save, the save's time (its event is written just after); else (an incident imported, restored or
     * generated already final) the time on its final waiver, then the day of its last approval, then its last
     * change.
     */
    private static Long finalAt(PostMortem record, Long event, boolean stored, Long previousFinal) {
        if (record.status() != Status.FINAL) {
            return null;
        }
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

    /**
     * The names stripped, folded to lower case and each kept once, between bars ("|checkout|payments api|"); a bar
     * inside a name becomes a slash so the bars always separate names.
     */
    static String names(java.util.stream.Stream<String> names) {
        Set<String> kept = new LinkedHashSet<>();
        names.filter(Objects::nonNull).map(n -> clip(n.strip().toLowerCase(Locale.ROOT).replace('|', '/'), NAME_MAX))
                .filter(n -> !n.isEmpty()).forEach(kept::add);
        StringBuilder out = new StringBuilder("|");
        for (String name : kept) {
            if (out.length() + name.length() + 1 > NAMES_MAX) {
                break;
            }
            out.append(name).append('|');
        }
        return out.toString();
    }

    private static String clip(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }
}
