package dev.hindsight.lint.completeness;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

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

    /** What a layout's template needs: a built-in's, else the organisation's own; empty for one nobody knows. */
    Optional<TemplateNeeds> needs(String layout) {
        Optional<TemplateNeeds> builtIn = TemplateNeeds.of(layout);
        return builtIn.isPresent() ? builtIn : Optional.ofNullable(own.get(layout.toLowerCase(Locale.ROOT)));
    }
}
