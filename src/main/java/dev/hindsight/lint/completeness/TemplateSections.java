package dev.hindsight.lint.completeness;

import dev.hindsight.incident.PostMortem;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.FindingLevel;
import dev.hindsight.lint.RecordRule;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * completeness.section-empty and completeness.section-placeholder: a section the record's template needs (its
 * layout, see {@link TemplateNeeds}, or an organisation's own, see {@link OrganisationTemplateNeeds}) that is empty,
 * or that still holds the template's placeholder. A record whose layout names no template known here is not judged.
 */
final class TemplateSections implements RecordRule {

    private final OrganisationLayouts layouts;

    TemplateSections(OrganisationLayouts layouts) {
        this.layouts = layouts;
    }

    @Override
    public List<Finding> check(PostMortem record) {
        var needs = layouts.needs(record.layout());
        if (needs.isEmpty()) {
            return List.of();
        }
        String layout = record.layout().toLowerCase(Locale.ROOT);
        SectionValues values = new SectionValues(record);
        List<Finding> out = new ArrayList<>();
        for (TemplateNeeds.Section section : needs.get().sections()) {
            boolean filled = false;
            String placeholderIn = null;
            for (String field : section.fields()) {
                SectionValues.State state = values.state(field,
                        text -> section.placeholder(layout, field, text));
                if (state == SectionValues.State.PLACEHOLDER) {
                    placeholderIn = placeholderIn == null ? field : placeholderIn;
                } else if (state == SectionValues.State.FILLED) {
                    filled = true;
                    break; // one filled field fills the section: the others' states would change nothing
                }
            }
            if (filled) {
                continue;
            }
            if (placeholderIn != null) {
                out.add(RecordRule.whole("completeness.section-placeholder", FindingLevel.WARNING, placeholderIn,
                        "The " + section.name() + " section still holds the template's placeholder, so readers "
                                + "learn nothing from it.",
                        "Replace the placeholder: " + section.ask()));
            } else {
                out.add(RecordRule.whole("completeness.section-empty", MissingWork.level(record),
                        section.fields().get(0), "The " + section.name() + " section the " + layout
                                + " template needs is empty.",
                        section.ask()));
            }
        }
        return out;
    }
}
