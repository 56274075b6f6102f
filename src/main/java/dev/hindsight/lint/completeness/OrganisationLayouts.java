package dev.hindsight.lint.completeness;

import dev.hindsight.incident.FindingRecount;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jdbi.v3.core.Handle;

/**
 * The layouts a record may be written in and what each one's template needs filled in: the built-in five
 * ({@link TemplateNeeds}), then the organisation's own templates, read off each template's placeholders
 * ({@link OrganisationTemplateNeeds}). Immutable; thread-safe.
 */
public final class OrganisationLayouts {

    /** The built-in layouts alone: for what belongs to no organisation (a file linted on its own). */
    public static final OrganisationLayouts BUILT_IN = new OrganisationLayouts(Map.of());

    private final Map<String, TemplateNeeds> own;

    private OrganisationLayouts(Map<String, TemplateNeeds> own) {
        this.own = Map.copyOf(own);
    }

    /** The organisation's templates' needs, from their sources by name. */
    public static OrganisationLayouts of(Map<String, String> sources) {
        Map<String, TemplateNeeds> own = new HashMap<>();
        sources.forEach((name, source) -> own.put(name.toLowerCase(Locale.ROOT),
                OrganisationTemplateNeeds.read(source)));
        return new OrganisationLayouts(own);
    }

    /**
     * What a template's save or removal does to the counts of findings kept beside incidents (an
     * {@link dev.hindsight.template.OrganisationTemplates.Changes}): marks them all behind for the recount when the
     * sections the template asks for changed, and only then (a new description, or wording outside its
     * placeholders, judges no record differently).
     *
     * @param before the source before, null for a new template
     * @param after  the source now, null for a removed one
     */
    public static void recountWhenSectionsChange(Handle h, String before, String after) {
        if (!sections(before).equals(sections(after))) {
            FindingRecount.markAllBehind(h);
        }
    }

    private static TemplateNeeds sections(String source) {
        return source == null ? new TemplateNeeds(0, List.of()) : OrganisationTemplateNeeds.read(source);
    }

    /** What a layout's template needs: a built-in's, else the organisation's own; empty for one nobody knows. */
    Optional<TemplateNeeds> needs(String layout) {
        Optional<TemplateNeeds> builtIn = TemplateNeeds.of(layout);
        return builtIn.isPresent() ? builtIn : Optional.ofNullable(own.get(layout.toLowerCase(Locale.ROOT)));
    }
}
