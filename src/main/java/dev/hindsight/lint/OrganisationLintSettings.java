package dev.hindsight.lint;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.completeness.OrganisationLayouts;
import dev.hindsight.store.Database;
import dev.hindsight.template.OrganisationTemplates;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Objects;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.jdbi.v3.core.Handle;
import org.jdbi.v3.core.JdbiException;

/**
 * The organisation's lint settings, kept in the store so every node and command lints alike. Each save is a new
 * version based on the one it read; a save based on an older version is refused ({@link StaleLintSettings}), so
 * nobody's change is overwritten unseen. Versions are kept: they are the settings' history. Version 0 is the
 * built-in settings, before anyone saved any. The linters it builds judge by the installation's conventions, given
 * once here. Thread-safe.
 */
public final class OrganisationLintSettings {

    private static final int AUTHOR_MAX = 200;

    private final Database database;
    private final Conventions conventions;
    private final Clock clock;
    /**
     * The linter for the version last read and the organisation's templates as they then stood, rebuilt only when
     * another node or command saved newer settings or changed a template.
     */
    private final AtomicReference<Built> built;

    public OrganisationLintSettings(Database database, Conventions conventions, Clock clock) {
        this.database = Objects.requireNonNull(database, "database is null");
        this.conventions = Objects.requireNonNull(conventions, "conventions is null");
        this.clock = Objects.requireNonNull(clock, "clock is null");
        this.built = new AtomicReference<>(new Built(Map.of(), new InForce(0, RecordLint.builtIn(conventions))));
    }

    /** The installation's conventions, which every linter built here judges by. */
    public Conventions conventions() {
        return conventions;
    }

    /**
     * One version of the settings: who saved it and when (for version 0, the built-in settings, nobody and never).
     */
    public record Saved(int version, LintSettings settings, String savedBy, Instant savedAt) {
        public Saved {
            Objects.requireNonNull(settings, "settings is null");
            savedBy = savedBy == null ? "" : savedBy;
        }

        /** The entity tag a client sends back as If-Match. */
        public String etag() {
            return "\"" + version + "\"";
        }
    }

    /** The linter for one version of the settings: what a count kept beside an incident was counted under. */
    public record InForce(int version, RecordLint lint) {
        public InForce {
            Objects.requireNonNull(lint, "lint is null");
        }
    }

    /** A linter and when each of the organisation's templates had been saved as it was built. */
    private record Built(Map<String, Instant> templates, InForce inForce) {
    }

    /** The settings in force. */
    public Saved current() {
        return database.jdbi().withHandle(OrganisationLintSettings::current);
    }

    /** The settings in force, read in a transaction the caller holds (a save that recounts findings, say). */
    public static Saved current(Handle h) {
        return h.createQuery("SELECT version, settings, saved_by, saved_at FROM lint_settings "
                        + "WHERE version = (SELECT MAX(version) FROM lint_settings)")
                .map((rs, ctx) -> new Saved(rs.getInt("version"), LintSettings.fromJson(rs.getString("settings")),
                        rs.getString("saved_by"), Instant.ofEpochMilli(rs.getLong("saved_at"))))
                .findOne().orElse(new Saved(0, LintSettings.BUILT_IN, "", null));
    }

    /** The version in force, without reading the settings themselves: for what only asks whether they changed. */
    public static int version(Handle h) {
        return h.createQuery("SELECT COALESCE(MAX(version), 0) FROM lint_settings").mapTo(Integer.class).one();
    }

    /** Every saved version, newest first: who changed the settings, when, and to what. */
    public List<Saved> history() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT version, settings, saved_by, saved_at FROM lint_settings ORDER BY version DESC")
                .map((rs, ctx) -> new Saved(rs.getInt("version"), LintSettings.fromJson(rs.getString("settings")),
                        rs.getString("saved_by"), Instant.ofEpochMilli(rs.getLong("saved_at"))))
                .list());
    }

    /**
     * Saves the settings as the version after {@code basedOn}.
     *
     * @throws StaleLintSettings when {@code basedOn} is not the version in force; nothing is saved
     */
    public Saved save(int basedOn, LintSettings settings, String by) {
        Objects.requireNonNull(settings, "settings is null");
        if (by == null || by.isBlank() || by.length() > AUTHOR_MAX) {
            throw InvalidInput.of("author", "must be given, at most " + AUTHOR_MAX + " characters");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.MILLIS);
        Saved saved = new Saved(basedOn + 1, settings, by, now);
        try {
            database.jdbi().useTransaction(h -> {
                Saved current = current(h);
                if (current.version() != basedOn) {
                    throw new StaleLintSettings(basedOn, current);
                }
                h.createUpdate("INSERT INTO lint_settings (version, settings, saved_by, saved_at) "
                                + "VALUES (:version, :settings, :by, :at)")
                        .bind("version", saved.version()).bind("settings", Json.write(settings.toJson()))
                        .bind("by", by).bind("at", now.toEpochMilli()).execute();
            });
        } catch (JdbiException e) {
            // Another writer based on the same version inserted the next one first.
            Saved current = current();
            if (current.version() != basedOn) {
                throw new StaleLintSettings(basedOn, current);
            }
            throw e;
        }
        return saved;
    }

    /**
     * The linter last built by {@link #inForce(Handle, Conventions)}, with the settings, conventions and templates it
     * was for.
     */
    private static final AtomicReference<Map.Entry<List<Object>, InForce>> LAST = new AtomicReference<>();

    /**
     * The linter for the settings in force under these conventions, read in a transaction the caller holds, for what
     * has no instance at hand (the store's count of findings, written as an incident is saved). Kept while the
     * settings read and the conventions are the same (compared whole, so two stores in one process never share a
     * stale one).
     */
    public static InForce inForce(Handle h, Conventions conventions) {
        Saved current = current(h);
        Map<String, Instant> templates = OrganisationTemplates.savedTimes(h);
        if (current.version() == 0 && templates.isEmpty()) {
            RecordLint seed = RecordLint.builtIn();
            if (seed.conventions().equals(conventions)) {
                return new InForce(0, seed);
            }
        }
        // Built once per settings, conventions and templates, not per record: a linter holds its rules' tables.
        List<Object> key = List.of(current, conventions, templates);
        Map.Entry<List<Object>, InForce> last = LAST.get();
        if (last != null && last.getKey().equals(key)) {
            return last.getValue();
        }
        InForce lint = new InForce(current.version(), lint(h, current.settings(), conventions, templates));
        LAST.set(Map.entry(key, lint));
        return lint;
    }

    /** A linter under these settings, judging the sections of the organisation's templates as well as the seeds'. */
    private static RecordLint lint(Handle h, LintSettings settings, Conventions conventions,
                                   Map<String, Instant> templates) {
        return templates.isEmpty() ? new RecordLint(settings, conventions)
                : new RecordLint(settings, conventions, OrganisationLayouts.of(OrganisationTemplates.sources(h)));
    }

    /** The linter for the settings in force; built again only when they changed since it was last asked for. */
    public RecordLint recordLint() {
        return database.jdbi().withHandle(this::recordLint);
    }

    /** As {@link #recordLint()}, reading the settings in a transaction the caller holds (a save's, say). */
    public RecordLint recordLint(Handle h) {
        return inForce(h).lint();
    }

    /** As {@link #recordLint(Handle)}, with the version of the settings it lints under. */
    public InForce inForce(Handle h) {
        Saved current = current(h);
        Map<String, Instant> templates = OrganisationTemplates.savedTimes(h);
        return built.updateAndGet(b -> b.inForce().version() == current.version() && b.templates().equals(templates)
                ? b : new Built(templates, new InForce(current.version(),
                lint(h, current.settings(), conventions, templates)))).inForce();
    }
}
