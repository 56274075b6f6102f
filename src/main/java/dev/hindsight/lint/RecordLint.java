package dev.hindsight.lint;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.blame.BlameWords;
import dev.hindsight.lint.completeness.OrganisationLayouts;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The findings people are shown for a record: what the review assistant finds, under the organisation's settings,
 * less what was dismissed on that record. Every place that shows or counts findings (the editor, the API, the
 * pages' counts, the warning on moving to review, the command line) asks here, so they agree. Built once per
 * settings and the installation's conventions (its severity scale, response targets and action policy, which the
 * consistency rules judge by; {@link OrganisationLintSettings#recordLint()} keeps the one in force); immutable;
 * thread-safe.
 */
public final class RecordLint {

    private static final RecordLint BUILT_IN = new RecordLint(LintSettings.BUILT_IN, Conventions.defaults());

    private final LintSettings settings;
    private final Conventions conventions;
    private final ReviewAssistant assistant;
    private final OrganisationLayouts layouts;

    public RecordLint(LintSettings settings, Conventions conventions) {
        this(settings, conventions, OrganisationLayouts.BUILT_IN);
    }

    /** Also judging the sections of the organisation's own templates, for records written in them. */
    public RecordLint(LintSettings settings, Conventions conventions, OrganisationLayouts layouts) {
        this.settings = Objects.requireNonNull(settings, "settings is null");
        this.conventions = Objects.requireNonNull(conventions, "conventions is null");
        this.layouts = Objects.requireNonNull(layouts, "layouts is null");
        this.assistant = new ReviewAssistant(settings.words(BlameWords.builtIn()), conventions, layouts);
    }

    /** The layouts records are judged by (a document read in one of them: {@link DocumentLint}). */
    OrganisationLayouts layouts() {
        return layouts;
    }

    /**
     * Under the built-in settings and the seed templates' conventions: every rule on at its own level, the word
     * lists as shipped. For what belongs to no installation (tests, benchmarks); an installation's linter is
     * {@link #builtIn(Conventions)}.
     */
    public static RecordLint builtIn() {
        return BUILT_IN;
    }

    /** Under the built-in settings and the installation's conventions. */
    public static RecordLint builtIn(Conventions conventions) {
        return conventions.equals(BUILT_IN.conventions) ? BUILT_IN : new RecordLint(LintSettings.BUILT_IN, conventions);
    }

    public LintSettings settings() {
        return settings;
    }

    /** The conventions its rules judge by. */
    public Conventions conventions() {
        return conventions;
    }

    /** The findings on a record with nothing dismissed: a document read from a file, or a draft not yet saved. */
    public List<Finding> findings(PostMortem record) {
        return findings(record, List.of());
    }

    /**
     * The findings on a record as it stands, less those its standing dismissals match; reinstated dismissals are
     * ignored, so a caller may pass the record's whole list ({@link FindingDismissals#of}).
     */
    public List<Finding> findings(PostMortem record, Collection<Dismissal> dismissals) {
        return standing(underSettings(record), dismissals);
    }

    /** Of findings under the settings ({@link #underSettings}), those no standing dismissal matches. */
    static List<Finding> standing(List<Finding> underSettings, Collection<Dismissal> dismissals) {
        List<Finding> out = new ArrayList<>();
        for (Finding finding : underSettings) {
            if (dismissedBy(finding, dismissals).isEmpty()) {
                out.add(finding);
            }
        }
        return out;
    }

    /** The findings the record's standing dismissals hide, each with the dismissal that hides it. */
    public List<Dismissed> dismissed(PostMortem record, Collection<Dismissal> dismissals) {
        return dismissed(underSettings(record), dismissals);
    }

    /** Of findings under the settings ({@link #underSettings}), those a standing dismissal hides, with it. */
    static List<Dismissed> dismissed(List<Finding> underSettings, Collection<Dismissal> dismissals) {
        List<Dismissed> out = new ArrayList<>();
        for (Finding finding : underSettings) {
            dismissedBy(finding, dismissals).ifPresent(d -> out.add(new Dismissed(finding, d)));
        }
        return out;
    }

    /** A finding hidden on a record, and the dismissal that hides it. */
    public record Dismissed(Finding finding, Dismissal dismissal) {
    }

    /** The findings under the organisation's settings, with none dismissed: what a new dismissal must name. */
    List<Finding> underSettings(PostMortem record) {
        List<Finding> out = new ArrayList<>();
        for (Finding finding : assistant.findings(record)) {
            settings.apply(finding).ifPresent(out::add);
        }
        return out;
    }

    private static Optional<Dismissal> dismissedBy(Finding finding, Collection<Dismissal> dismissals) {
        for (Dismissal d : dismissals) {
            if (d.standing() && d.matches(finding)) {
                return Optional.of(d);
            }
        }
        return Optional.empty();
    }
}
