package dev.hindsight.incident;

import dev.hindsight.conventions.Conventions;
import java.util.List;
import dev.hindsight.store.DatabaseKind;
import java.util.ServiceLoader;
import org.jdbi.v3.core.Handle;

/**
 * How many findings the review assistant has open on a record, by level: counted when the record is saved and kept
 * beside it (incident_findings), so the incident list shows the count without checking records as it reads. The
 * review assistant reads records, so this package cannot name it: its implementation ({@code dev.hindsight.lint})
 * is found once with {@link ServiceLoader}. Implementations are thread-safe.
 */
public interface OpenFindings {

    /** A record's open findings by level. */
    record Counts(int errors, int warnings, int notes) {

        public static final Counts NONE = new Counts(0, 0, 0);

        public int total() {
            return errors + warnings + notes;
        }
    }

    /**
     * A record's counts and what they were counted under: the version of the organisation's lint settings, and how
     * many times findings were dismissed or reinstated on the record (a number that only grows, so a count taken
     * before a dismissal can be told from one taken after it).
     */
    record Counted(Counts counts, int settingsVersion, int dismissalEvents) {
    }

    /**
     * Counted under the installation's conventions, reading the settings in force and the record's dismissals
     * through {@code h}: in the transaction that saves the record, so they are read as they commit.
     */
    default Counted of(Handle h, PostMortem record, Conventions conventions) {
        return of(h, List.of(record), conventions).get(0);
    }

    /**
     * As {@link #of(Handle, PostMortem, Conventions)} for each record, in their order, reading the settings once and
     * every record's dismissals in one query: what a save of many incidents at once (a restore's batch) counts with.
     */
    List<Counted> of(Handle h, List<PostMortem> records, Conventions conventions);

    /**
     * What of the installation's conventions the findings depend on, as text that is the same for the same
     * conventions on every node and in every run (whatever order their maps keep): the kept counts are counted
     * under its digest ({@link FindingConventions}), so a node started with other conventions has them recounted.
     */
    String conventionsJudgedBy(Conventions conventions);

    /** The version of the organisation's lint settings in force, as {@code h} sees it: what counts should be under. */
    int settingsVersion(Handle h);

    /**
     * Counts the record's findings again, in a transaction the caller holds: after what changes the count without
     * a save (a finding dismissed or reinstated).
     */
    static void recount(Handle h, DatabaseKind kind, PostMortem record, Conventions conventions) {
        IncidentFindings.write(h, kind, List.of(record), conventions);
    }

    /** The one implementation on the class path. */
    static OpenFindings installed() {
        return Installed.ONE;
    }

    /** Loaded on first use, once: a build without the review assistant fails loudly instead of counting nothing. */
    final class Installed {
        private static final OpenFindings ONE = ServiceLoader.load(OpenFindings.class).findFirst()
                .orElseThrow(() -> new IllegalStateException("no " + OpenFindings.class.getName()
                        + " on the class path (META-INF/services): the review assistant is missing from this build"));

        private Installed() {
        }
    }
}
