package dev.hindsight.lint.completeness;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.json.Json;
import dev.hindsight.template.Specimen;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an organisation's own template needs filled in, read off the template the way docs/templates.md tells its
 * writers to mark a placeholder: {@code {{^field}}{{#placeholders}}[One sentence]{{/placeholders}}{{/field}}}. A
 * field the template writes a placeholder for when it is empty is one the template asks for; the section is named by
 * the bold label on the placeholder's line ("**Root cause:**") or else the heading above it, and the placeholder's
 * text is what the section holds until someone writes it. Only fields of the record itself count ({@code
 * analysis.summary}, {@code severity.label}), at the template's top level: a placeholder inside a list is the
 * list's items', a value the document works out ({@code duration}) is no section anyone fills, and action items
 * have rules of their own. Stateless.
 */
final class OrganisationTemplateNeeds {

    /** Any section tag: {{#name}}, {{^name}} or {{/name}}. */
    private static final Pattern SECTION_TAG = Pattern.compile("\\{\\{\\s*([#^/])\\s*([\\w.]+)\\s*}}");
    /** {@code {{^field}}{{#placeholders}}text{{/placeholders}}}: what the template writes when field is empty. */
    private static final Pattern WHEN_EMPTY = Pattern.compile(
            "\\{\\{\\^\\s*([\\w.]+)\\s*}}\\s*\\{\\{#\\s*placeholders\\s*}}(.*?)\\{\\{/\\s*placeholders\\s*}}",
            Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern HEADING = Pattern.compile("^ {0,3}#{1,6}[ \\t]+(.*?)[ \\t#]*$", Pattern.MULTILINE);
    private static final Pattern BOLD_LABEL = Pattern.compile("\\*\\*([^*]+?)\\*\\*");
    /** Fields with rules of their own (completeness.no-action-items), as in the built-in layouts' needs. */
    private static final Set<String> OWN_RULES = Set.of("actionItems");
    /** The sections whose content only writes or hides a placeholder or a note: never a scope of their own. */
    private static final Set<String> SWITCHES = Set.of("placeholders", "guidance");
    /** The record's JSON with every part filled: a variable is a field of the record when it names a node here. */
    private static final JsonNode RECORD = Json.mapper().valueToTree(Specimen.record());

    private OrganisationTemplateNeeds() {
    }

    /**
     * The template's sections, in its order; none when it marks no placeholder for a field of the record. One pass:
     * the section tags and headings are walked once, beside the placeholders, however long the template.
     */
    static TemplateNeeds read(String source) {
        Map<String, Need> sections = new LinkedHashMap<>();
        Deque<String> open = new ArrayDeque<>();
        Matcher tag = SECTION_TAG.matcher(source);
        boolean tagFound = tag.find();
        List<int[]> headingSpans = headings(source);
        int heading = -1;
        Matcher m = WHEN_EMPTY.matcher(source);
        while (m.find()) {
            // The sections open where this placeholder starts: every tag before it, in order.
            while (tagFound && tag.start() < m.start()) {
                step(open, tag.group(1), tag.group(2));
                tagFound = tag.find();
            }
            int lineStart = source.lastIndexOf('\n', m.start() - 1) + 1;
            while (heading + 1 < headingSpans.size() && headingSpans.get(heading + 1)[0] < lineStart) {
                heading++;
            }
            String field = m.group(1);
            if (OWN_RULES.contains(field) || !isRecordField(field) || !open.isEmpty()) {
                continue;
            }
            String name = sectionName(source, lineStart, m.start(), heading < 0 ? null : headingSpans.get(heading),
                    field);
            Need need = sections.computeIfAbsent(name, n -> new Need(new LinkedHashSet<>(), new LinkedHashSet<>(),
                    new ArrayList<>()));
            need.fields().add(field);
            for (String line : TAG.matcher(m.group(2)).replaceAll("").split("\\R")) {
                if (!line.isBlank()) {
                    need.placeholders().add(TemplatePlaceholders.normal(line));
                    need.written().add(line.strip());
                }
            }
        }
        List<TemplateNeeds.Section> out = new ArrayList<>();
        sections.forEach((name, need) -> out.add(new TemplateNeeds.Section(name, List.copyOf(need.fields()),
                ask(name, need.written()), need.placeholders())));
        return new TemplateNeeds(0, List.copyOf(out));
    }

    private record Need(Set<String> fields, Set<String> placeholders, List<String> written) {
    }

    private static String ask(String name, List<String> written) {
        return written.isEmpty() ? "Write the " + name + " section your organisation's template asks for."
                : "Write what the template asks for in " + name + " (its placeholder: " + written.get(0) + ").";
    }

    static boolean isRecordField(String dotted) {
        JsonNode node = RECORD;
        for (String name : dotted.split("\\.")) {
            node = node.path(name);
        }
        return !node.isMissingNode() && !node.isNull();
    }

    /**
     * One section tag walked: an opening pushes, a closing pops to its opening (sections left open inside it end
     * with it; a stray close, in a broken template, closes nothing). The switches are no scope of their own.
     */
    private static void step(Deque<String> open, String kind, String name) {
        if (SWITCHES.contains(name)) {
            return;
        }
        if (kind.equals("/")) {
            if (open.contains(name)) {
                while (!open.pop().equals(name)) {
                    // sections left open inside it end with it
                }
            }
        } else {
            open.push(name);
        }
    }

    /** Where each heading line starts and its text's span, in order. */
    private static List<int[]> headings(String source) {
        List<int[]> out = new ArrayList<>();
        Matcher heading = HEADING.matcher(source);
        while (heading.find()) {
            out.add(new int[] {heading.start(), heading.start(1), heading.end(1)});
        }
        return out;
    }

    /** The bold label on the placeholder's line before it, else the nearest heading above, else the field's name. */
    private static String sectionName(String source, int lineStart, int at, int[] heading, String field) {
        Matcher label = BOLD_LABEL.matcher(source).region(lineStart, at);
        String name = null;
        while (label.find()) {
            name = label.group(1);
        }
        if (name == null && heading != null) {
            name = source.substring(heading[1], heading[2]);
        }
        name = name == null ? "" : TAG.matcher(name).replaceAll("").replaceAll("[:\\s]+$", "").strip();
        return name.isEmpty() ? field : name;
    }
}
