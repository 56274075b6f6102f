package dev.hindsight.web;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.related.SimilarIncident;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;

/**
 * The incident page's related incidents: the past post-mortems Hindsight finds most alike, each with why, and
 * apart from them the links the authors typed into the record themselves.
 *
 * @param found  the most alike incidents the reader may see, most alike first
 * @param linked the record's own related-incident links, as written
 */
public record RelatedPanel(List<Found> found, List<Linked> linked) {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyy-MM-dd");

    /** One alike incident: its severity in the organisation's words, the day it started in the reader's zone. */
    public record Found(String id, String title, String severity, String started, String reasons) {
    }

    /** A link an author typed: to an incident here (by id) or elsewhere (by URL), and how they relate. */
    public record Linked(String id, String url, String relation) {
        public String href() {
            return id.isEmpty() ? url : "/incidents/" + id;
        }

        public String text() {
            return id.isEmpty() ? url : id;
        }

        /** Only web addresses become links: a typed "javascript:" must never be one. */
        public boolean linkable() {
            return !id.isEmpty() || url.startsWith("https://") || url.startsWith("http://");
        }
    }

    static RelatedPanel of(PostMortem record, List<SimilarIncident> similar, Conventions conventions, ZoneId zone) {
        var scale = conventions.severityScale();
        List<Found> found = similar.stream().map(s -> new Found(s.id(), s.title().isEmpty() ? s.id() : s.title(),
                s.severity() == null ? "No severity" : scale.severity(s.severity()).label(),
                s.startedAt() == null ? "start not recorded" : "started " + DAY.format(s.startedAt().atZone(zone)),
                String.join("; ", s.reasons()))).toList();
        List<Linked> linked = record.relatedIncidents().stream()
                .filter(r -> !r.id().isEmpty() || !r.url().isEmpty())
                .map(r -> new Linked(r.id(), r.url(), r.relation())).toList();
        return new RelatedPanel(found, linked);
    }
}
