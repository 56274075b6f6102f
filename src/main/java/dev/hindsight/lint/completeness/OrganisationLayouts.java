package dev.hindsight.lint.completeness;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.hindsight.incident.ExtraSection;
import dev.hindsight.incident.FindingRecount;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import java.util.ArrayList;
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

    /**
     * A record read from a file written in one of the organisation's own templates ({@code hindsight lint --template}):
     * the importer knows the built-in layouts' headings only, so a section under a heading of the template's own
     * ("What broke") is kept as an extra section and the field it belongs in is left empty, which the template's
     * sections would then find empty though the file fills it. An extra section headed as one of the template's
     * sections whose fields are all empty is taken as that section's text, in its first field (a list such as the
     * timeline is left to the importer, and text its field cannot hold, a severity, stays an extra section). A record
     * in a built-in layout, or one nobody knows, is unchanged.
     */
    public PostMortem readAs(PostMortem record) {
        TemplateNeeds needs = own.get(record.layout().toLowerCase(Locale.ROOT));
        if (needs == null) {
            return record;
        }
        record = readLabels(record, needs);
        if (record.extraSections().isEmpty()) {
            return record;
        }
        SectionValues values = new SectionValues(record);
        List<ExtraSection> extras = new ArrayList<>(record.extraSections());
        PostMortem read = record;
        for (TemplateNeeds.Section section : needs.sections()) {
            if (!unfilled(section, values)) {
                continue;
            }
            ExtraSection extra = extras.stream().filter(e -> sameHeading(e.heading(), section.name())
                    && !e.body().isBlank()).findFirst().orElse(null);
            if (extra == null) {
                continue;
            }
            ObjectNode tree = Json.mapper().valueToTree(read);
            if (!put(tree, section.fields().get(0), extra.body().strip())) {
                continue;
            }
            try {
                read = Json.read(Json.write(tree), PostMortem.class);
                extras.remove(extra);
            } catch (InvalidInput e) {
                // Text its field cannot hold (a severity is an object): kept as the extra section it was read as.
            }
        }
        return read == record ? record : read.toBuilder().extraSections(extras).build();
    }

    /** Where the import puts the paragraphs it finds no section for: the opening text of a document. */
    private static final List<String> UNPLACED = List.of("analysis.summary", "analysis.narrative");

    /**
     * As {@link #readAs} for a section the template names by a bold label of its own ("**What broke:** ..."): the
     * importer knows the built-in layouts' labels only, so it keeps such a line as a paragraph of the opening text
     * ("What broke: A stale lock ..."). A paragraph there that starts with the label of one of the template's
     * sections whose fields are all empty is taken out and its rest put in the section's first field.
     */
    private static PostMortem readLabels(PostMortem record, TemplateNeeds needs) {
        PostMortem read = record;
        for (TemplateNeeds.Section section : needs.sections()) {
            SectionValues values = new SectionValues(read);
            if (!unfilled(section, values)) {
                continue;
            }
            ObjectNode tree = Json.mapper().valueToTree(read);
            for (String prose : UNPLACED) {
                JsonNode at = tree.at("/" + prose.replace('.', '/'));
                if (!at.isTextual()) {
                    continue;
                }
                List<String> paragraphs = new ArrayList<>(List.of(at.asText().split("\n\\s*\n")));
                int labelled = labelledBy(paragraphs, normal(section.name()));
                if (labelled < 0) {
                    continue;
                }
                String paragraph = paragraphs.remove(labelled).strip();
                String rest = paragraph.substring(paragraph.indexOf(':') + 1).strip();
                if (rest.isEmpty() || !put(tree, prose, String.join("\n\n", paragraphs).strip())
                        || !put(tree, section.fields().get(0), rest)) {
                    break;
                }
                try {
                    read = Json.read(Json.write(tree), PostMortem.class);
                } catch (InvalidInput e) {
                    // Text its field cannot hold (a severity is an object): left in the opening text it was read into.
                }
                break;
            }
        }
        return read;
    }

    /** Whether the section has fields and the record fills none of them: only then is text looked for elsewhere. */
    private static boolean unfilled(TemplateNeeds.Section section, SectionValues values) {
        return !section.fields().isEmpty() && section.fields().stream()
                .allMatch(f -> values.state(f, text -> false) == SectionValues.State.EMPTY);
    }

    /** The first paragraph that opens with {@code label} and a colon, or -1. */
    private static int labelledBy(List<String> paragraphs, String label) {
        for (int i = 0; i < paragraphs.size(); i++) {
            String p = paragraphs.get(i).strip();
            int colon = p.indexOf(':');
            if (colon > 0 && colon <= label.length() + 4 && normal(p.substring(0, colon)).equals(label)) {
                return i;
            }
        }
        return -1;
    }

    private static boolean sameHeading(String heading, String name) {
        return normal(heading).equals(normal(name));
    }

    private static String normal(String heading) {
        // By hand, not "\\s*:$": a pattern tried at every space of a long run takes time growing with its square.
        String words = heading.strip();
        if (words.endsWith(":")) {
            words = words.substring(0, words.length() - 1).strip();
        }
        return words.toLowerCase(Locale.ROOT);
    }

    /** Puts {@code text} at a dotted path of objects, unless something other than text or nothing is there. */
    private static boolean put(ObjectNode tree, String path, String text) {
        String[] steps = path.split("\\.");
        ObjectNode node = tree;
        for (int i = 0; i < steps.length - 1; i++) {
            JsonNode next = node.get(steps[i]);
            if (next == null || next.isNull()) {
                node = node.putObject(steps[i]);
            } else if (next instanceof ObjectNode object) {
                node = object;
            } else {
                return false;
            }
        }
        JsonNode at = node.get(steps[steps.length - 1]);
        if (at != null && !at.isNull() && !at.isTextual()) {
            return false;
        }
        node.put(steps[steps.length - 1], text);
        return true;
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
