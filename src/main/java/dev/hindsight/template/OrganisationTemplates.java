package dev.hindsight.template;

import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.NotFound;
import dev.hindsight.store.Database;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.jdbi.v3.core.Handle;

/**
 * The organisation's own document templates, kept in the store so every node renders with the same ones.
 * A template is checked when it is saved: a broken section or an unknown variable is refused with its line,
 * and nothing is saved. Compiled templates are cached per node and dropped when they change. Thread-safe.
 */
public final class OrganisationTemplates {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9-]{0,63}");
    private static final int MAX_SOURCE = 200_000;
    /** The store keeps 300 characters of a description (V4). */
    private static final int DESCRIPTION_MAX = 300;
    /** Who saved it, kept in 200 characters (saved_by): the command line's author is any text. */
    private static final int AUTHOR_MAX = 200;

    private final Database database;
    private final Clock clock;
    private final Changes changes;
    private final ConcurrentHashMap<String, Compiled> cache = new ConcurrentHashMap<>();

    /** For what only reads templates, or saves them where nothing is judged by them (tests). */
    public OrganisationTemplates(Database database, Clock clock) {
        this(database, clock, (h, before, after) -> { });
    }

    /** Telling {@code changes} of every template saved or removed, in the transaction that does it. */
    public OrganisationTemplates(Database database, Clock clock, Changes changes) {
        this.database = database;
        this.clock = clock;
        this.changes = java.util.Objects.requireNonNull(changes, "changes is null");
    }

    /**
     * Told of a template saved or removed, in its transaction: the lint judges records by their template's sections
     * (what it writes placeholders for), so the counts of findings kept beside incidents may need recounting.
     */
    public interface Changes {
        /**
         * @param before the template's source before, null when it is new
         * @param after  its source now, null when it was removed
         */
        void changed(Handle h, String before, String after);
    }

    /** A saved template as listed. */
    public record Saved(String name, String description, String source, String savedBy, Instant savedAt) {
    }

    private record Compiled(Instant savedAt, DocumentTemplate template) {
    }

    /** Checks a template without saving it. */
    public static DocumentTemplate check(String name, String source) {
        List<FieldProblem> problems = new java.util.ArrayList<>();
        if (name == null || !NAME.matcher(name).matches()) {
            problems.add(new FieldProblem("name", "'" + name + "' is not a template name: use lower-case letters, "
                    + "digits and '-', at most 64 characters"));
        } else if (BuiltInTemplate.named(name).isPresent()) {
            problems.add(new FieldProblem("name", "'" + name + "' is a built-in template; choose another name"));
        }
        if (source == null || source.isBlank()) {
            problems.add(new FieldProblem("source", "is empty"));
        } else if (source.length() > MAX_SOURCE) {
            problems.add(new FieldProblem("source", "is " + source.length() + " characters; at most " + MAX_SOURCE));
        }
        if (!problems.isEmpty()) {
            throw new InvalidInput(problems);
        }
        try {
            return DocumentTemplate.compile(name, source, TimeStyle.ISO_24);
        } catch (TemplateProblem e) {
            throw InvalidInput.of(e.line() > 0 ? "source:" + e.line() : "source", e.getMessage());
        }
    }

    /** Saves (adds or replaces) a template after checking it. */
    public Saved save(String name, String description, String source, String savedBy) {
        check(name, source);
        Instant now = clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS);
        String about = description == null ? "" : description.strip();
        if (about.length() > DESCRIPTION_MAX) {
            throw InvalidInput.of("description", "is " + about.length() + " characters; at most " + DESCRIPTION_MAX);
        }
        if (savedBy == null || savedBy.isBlank() || savedBy.length() > AUTHOR_MAX) {
            throw InvalidInput.of("author", "must be given, at most " + AUTHOR_MAX + " characters");
        }
        Instant saved = database.jdbi().inTransaction(h -> {
            Optional<Map.Entry<String, Long>> before = h.createQuery(
                            "SELECT source, saved_at FROM document_templates WHERE name = :name")
                    .bind("name", name).map((rs, ctx) -> Map.entry(rs.getString("source"), rs.getLong("saved_at")))
                    .findOne();
            // Each save of a name later than the last, even within one millisecond: a node knows a template changed
            // by its saved time (the linter judges records by its sections, OrganisationLintSettings).
            long at = Math.max(now.toEpochMilli(), before.map(b -> b.getValue() + 1).orElse(Long.MIN_VALUE));
            if (before.isPresent()) {
                h.createUpdate("""
                        UPDATE document_templates SET description = :description, source = :source, saved_by = :by,
                               saved_at = :at WHERE name = :name""")
                        .bind("name", name).bind("description", about).bind("source", source).bind("by", savedBy)
                        .bind("at", at).execute();
            } else {
                h.createUpdate("""
                        INSERT INTO document_templates (name, description, source, saved_by, saved_at)
                        VALUES (:name, :description, :source, :by, :at)""")
                        .bind("name", name).bind("description", about).bind("source", source).bind("by", savedBy)
                        .bind("at", at).execute();
            }
            changes.changed(h, before.map(Map.Entry::getKey).orElse(null), source);
            return Instant.ofEpochMilli(at);
        });
        cache.remove(name);
        return new Saved(name, about, source, savedBy, saved);
    }

    public Optional<Saved> find(String name) {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT name, description, source, saved_by, saved_at FROM document_templates WHERE name = :name")
                .bind("name", name)
                .map((rs, ctx) -> new Saved(rs.getString("name"), rs.getString("description"), rs.getString("source"),
                        rs.getString("saved_by"), Instant.ofEpochMilli(rs.getLong("saved_at"))))
                .findOne());
    }

    public List<Saved> list() {
        return database.jdbi().withHandle(h -> h.createQuery(
                        "SELECT name, description, source, saved_by, saved_at FROM document_templates ORDER BY name")
                .map((rs, ctx) -> new Saved(rs.getString("name"), rs.getString("description"), rs.getString("source"),
                        rs.getString("saved_by"), Instant.ofEpochMilli(rs.getLong("saved_at"))))
                .list());
    }

    public void remove(String name) {
        int removed = database.jdbi().inTransaction(h -> {
            Optional<String> before = h.createQuery("SELECT source FROM document_templates WHERE name = :name")
                    .bind("name", name).mapTo(String.class).findOne();
            int gone = h.createUpdate("DELETE FROM document_templates WHERE name = :name").bind("name", name).execute();
            if (gone > 0) {
                changes.changed(h, before.orElse(null), null);
            }
            return gone;
        });
        cache.remove(name);
        if (removed == 0) {
            throw new NotFound("template '" + name + "'");
        }
    }

    /**
     * When each of the organisation's templates was last saved, by name, read in a transaction the caller holds: what
     * tells a node that another changed one (the linter judges a record by its template's sections).
     */
    public static Map<String, Instant> savedTimes(Handle h) {
        Map<String, Instant> out = new java.util.TreeMap<>();
        h.createQuery("SELECT name, saved_at FROM document_templates")
                .map((rs, ctx) -> Map.entry(rs.getString("name"), Instant.ofEpochMilli(rs.getLong("saved_at"))))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** Each of the organisation's templates' source, by name, read in a transaction the caller holds. */
    public static Map<String, String> sources(Handle h) {
        Map<String, String> out = new java.util.TreeMap<>();
        h.createQuery("SELECT name, source FROM document_templates")
                .map((rs, ctx) -> Map.entry(rs.getString("name"), rs.getString("source")))
                .forEach(e -> out.put(e.getKey(), e.getValue()));
        return out;
    }

    /** The compiled template, recompiled only when another node or command saved a newer one. */
    public Optional<DocumentTemplate> compiled(String name) {
        return find(name).map(saved -> cache.compute(name, (n, cached) ->
                cached != null && cached.savedAt().equals(saved.savedAt()) ? cached
                        : new Compiled(saved.savedAt(), DocumentTemplate.compile(n, saved.source(), TimeStyle.ISO_24)))
                .template());
    }

    /** The templates to render with: built-in layouts, then this organisation's. */
    /** Every template's name: the built-in ones, then the organisation's. */
    public List<String> names() {
        return Templates.names(list().stream().map(Saved::name).toList());
    }

    /**
     * The template a record is shown in when none is asked for: the layout its team writes it in, unless that
     * template has since been removed; else the SEV document.
     */
    public String defaultFor(dev.hindsight.incident.PostMortem record) {
        return names().contains(record.layout()) ? record.layout() : BuiltInTemplate.SEV.templateName();
    }

    public Templates templates() {
        return new Templates(this::compiled);
    }
}
