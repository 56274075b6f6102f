package dev.hindsight.demo;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.IncidentQuery;
import dev.hindsight.incident.IncidentSummary;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Five believable post-mortems for trying Hindsight out ({@code serve --demo}), for screenshots and as
 * realistic records for benchmarks. They differ in severity, status, time zone and discovery method, and two
 * have timelines crossing a daylight-saving change, so every part of the record and its rendering has
 * something to show. All dates are fixed in 2026; ids are left to the store.
 */
public final class DemoIncidents {

    private DemoIncidents() {
    }

    /** The demo incidents, in the words of the given conventions (severity labels, roles, measures). */
    public static List<PostMortem> all(Conventions conventions) {
        Vocabulary words = new Vocabulary(conventions);
        return List.of(
                CertificateExpiry.build(words),
                MigrationLock.build(words),
                CacheStampede.build(words),
                DnsMisconfiguration.build(words),
                PaymentProviderOutage.build(words));
    }

    /**
     * Stores each demo incident whose title is not stored yet, so loading the demo twice adds nothing the
     * second time. Returns how many were created.
     */
    public static int load(Incidents incidents, String author) {
        Set<String> stored = storedTitles(incidents);
        int created = 0;
        for (PostMortem demo : all(incidents.conventions())) {
            if (stored.add(demo.title())) {
                incidents.create(demo, author);
                created++;
            }
        }
        return created;
    }

    /** Every stored title, page by page: a store may hold more incidents than one page lists. */
    private static Set<String> storedTitles(Incidents incidents) {
        Set<String> titles = new HashSet<>();
        IncidentQuery page = IncidentQuery.all();
        while (true) {
            List<IncidentSummary> found = incidents.list(page);
            found.forEach(summary -> titles.add(summary.title()));
            if (found.size() < page.limit()) {
                return titles;
            }
            page = page.page(page.offset() + page.limit(), page.limit());
        }
    }
}
