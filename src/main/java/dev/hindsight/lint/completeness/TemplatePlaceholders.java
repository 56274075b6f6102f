package dev.hindsight.lint.completeness;

import dev.hindsight.importer.read.Placeholders;
import dev.hindsight.lint.RuleData;
import dev.hindsight.template.BuiltInTemplate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text a template writes where a value is missing ("[Brief description of user/system impact]", "&lt;Some text
 * here...&gt;"), read from the built-in templates themselves so the rule and the documents never disagree, plus
 * the shapes any template's placeholder takes ("[Name]", "TBD", "YYYY-MM-DD", "E.g. ..."). A field still holding
 * one was never filled in. Immutable; thread-safe.
 */
final class TemplatePlaceholders {

    /** {@code {{^field}}{{#placeholders}}text{{/placeholders}}}: what the template writes when field is empty. */
    private static final Pattern WHEN_EMPTY = Pattern.compile(
            "\\{\\{\\^([\\w.]+)}}\\s*\\{\\{#placeholders}}(.*?)\\{\\{/placeholders}}", Pattern.DOTALL);
    private static final Pattern TAG = Pattern.compile("\\{\\{[^}]*}}");
    private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*+]\\s+|\\d+[.)]\\s+)+(?:\\[[ xX]]\\s+)?");
    /** Compiled once rather than by {@code replaceAll} for every field checked. */
    private static final Pattern SPACES = Pattern.compile("\\s+");

    /** Per layout, per template variable: the placeholder lines, normalised. */
    private static final Map<String, Map<String, Set<String>>> BY_LAYOUT = read();

    private TemplatePlaceholders() {
    }

    /** True when the text, line by line, is only the layout's placeholder for this field or a placeholder shape. */
    static boolean isPlaceholder(String layout, String field, String text) {
        return isPlaceholder(BY_LAYOUT.getOrDefault(layout, Map.of()).getOrDefault(field, Set.of()), text);
    }

    /**
     * True when the text, line by line, is only one of {@code own} (normalised placeholder lines: an organisation's
     * template's, see {@link OrganisationTemplateNeeds}) or a placeholder shape.
     */
    static boolean isPlaceholder(Set<String> own, String text) {
        boolean any = false;
        // Line by line as "\R" splits it, a line cut only when it is reached: most texts fail on their first line,
        // and splitting all of a long one first cost more than the check. A "\r\n" makes an empty line between its
        // two characters, which is blank and skipped as an empty line is.
        for (int from = 0, to; from <= text.length(); from = to + 1) {
            to = from;
            while (to < text.length() && !lineBreak(text.charAt(to))) {
                to++;
            }
            String line = text.substring(from, to);
            if (line.isBlank()) {
                continue;
            }
            any = true;
            String plain = line.replace("\\", "");
            // The line normalised only when a comparison can use it: with placeholders of the field's own to
            // compare with, or "e.g" in it to start with (normalising only cuts, joins spaces and lowers letters).
            String n = own.isEmpty() && !mentionsExample(plain) ? null : normal(line);
            if (!(n != null && own.contains(n)) && !Placeholders.isUnfilled(plain)
                    && !(n != null && (n.startsWith("e.g.") || n.startsWith("e.g ")))) {
                return false;
            }
        }
        return any;
    }

    /**
     * Whether "e.g" is in the text, its letters in either case: a line without it cannot start with it once
     * normalised, since no character but 'E' and 'G' lowers to 'e' and 'g'.
     */
    static boolean mentionsExample(String text) {
        for (int i = text.indexOf('.', 1); i > 0 && i + 1 < text.length(); i = text.indexOf('.', i + 1)) {
            if ((text.charAt(i - 1) | 0x20) == 'e' && (text.charAt(i + 1) | 0x20) == 'g') {
                return true;
            }
        }
        return false;
    }

    /** The characters {@code \R} breaks a line at ("\r\n" is two of them). */
    private static boolean lineBreak(char c) {
        return c == '\n' || c == '\r' || c == '\u000B' || c == '\f' || c == '\u0085' || c == '\u2028'
                || c == '\u2029';
    }

    private static Map<String, Map<String, Set<String>>> read() {
        Map<String, Map<String, Set<String>>> out = new HashMap<>();
        for (BuiltInTemplate t : BuiltInTemplate.values()) {
            Map<String, Set<String>> fields = new HashMap<>();
            Matcher m = WHEN_EMPTY.matcher(RuleData.template(t));
            while (m.find()) {
                for (String line : TAG.matcher(m.group(2)).replaceAll("").split("\\R")) {
                    if (!line.isBlank()) {
                        fields.computeIfAbsent(m.group(1), k -> new HashSet<>()).add(normal(line));
                    }
                }
            }
            out.put(t.templateName(), Map.copyOf(fields));
        }
        return Map.copyOf(out);
    }

    /** A placeholder line as it is compared: no list mark or escapes, spaces folded, lower case. */
    static String normal(String line) {
        String s = LIST_MARK.matcher(line.replace("\\", "").strip()).replaceFirst("");
        return SPACES.matcher(s).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
    }
}
