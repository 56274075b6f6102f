package dev.hindsight.template;

import com.github.mustachejava.Code;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.codes.ExtendCode;
import com.github.mustachejava.codes.IterableCode;
import com.github.mustachejava.codes.NotIterableCode;
import com.github.mustachejava.codes.PartialCode;
import com.github.mustachejava.codes.ValueCode;
import dev.hindsight.conventions.Conventions;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Checks that every tag of a template names a variable a document has, resolving names the way Mustache
 * does: innermost section first, outwards. The variables are those of {@link Specimen}, a record with every
 * list filled, so a list's items are known even where a real record's list is empty.
 */
final class TemplateCheck {

    private static final Map<String, Object> SPECIMEN = DocumentView.of(Specimen.record(), Conventions.defaults(),
            TimeStyle.ISO_24, RenderOptions.defaults());

    private TemplateCheck() {
    }

    /** The variables a template may use, as their example values: what docs/templates.md lists. */
    static Map<String, Object> variables() {
        return SPECIMEN;
    }

    static void check(String name, String source, Mustache compiled) {
        Deque<Object> scopes = new ArrayDeque<>();
        scopes.push(SPECIMEN);
        walk(name, source, compiled.getCodes(), scopes, 0, 0);
    }

    /**
     * @param depth sections around these codes
     * @param lists of those, the ones that repeat for each item of a list
     */
    private static void walk(String name, String source, Code[] codes, Deque<Object> scopes, int depth, int lists) {
        if (codes == null) {
            return;
        }
        for (Code code : codes) {
            if (code instanceof PartialCode || code instanceof ExtendCode) {
                throw new TemplateProblem(name, lineOf(source, code.getName()), "'" + code.getName()
                        + "': templates cannot include other templates or files");
            }
            boolean section = code instanceof IterableCode || code instanceof NotIterableCode;
            if (!section && !(code instanceof ValueCode)) {
                walk(name, source, code.getCodes(), scopes, depth, lists);
                continue;
            }
            Object value = resolve(code.getName(), scopes);
            if (value == null) {
                throw new TemplateProblem(name, lineOf(source, code.getName()), "unknown variable '" + code.getName()
                        + "' (see docs/templates.md for every variable a document has)");
            }
            if (section) {
                boolean repeats = value instanceof List<?> && code instanceof IterableCode;
                checkNesting(name, source, code.getName(), depth + 1, lists + (repeats ? 1 : 0));
                Object inner = value instanceof List<?> list ? (list.isEmpty() ? Map.of() : list.get(0)) : value;
                boolean pushes = inner instanceof Map && code instanceof IterableCode;
                if (pushes) {
                    scopes.push(inner);
                }
                walk(name, source, code.getCodes(), scopes, depth + 1, lists + (repeats ? 1 : 0));
                if (pushes) {
                    scopes.pop();
                }
            }
        }
    }

    /**
     * Sections nest only so deep, and lists repeat inside one another only so deep: each list inside a list
     * multiplies the work by its length, and six timelines deep is billions of lines.
     */
    private static void checkNesting(String name, String source, String tag, int depth, int lists) {
        if (depth > RenderLimits.MAX_SECTION_DEPTH) {
            throw new TemplateProblem(name, lineOf(source, tag), "'" + tag + "' is " + depth + " sections deep; at most "
                    + RenderLimits.MAX_SECTION_DEPTH + " sections may be nested");
        }
        if (lists > RenderLimits.MAX_LIST_DEPTH) {
            throw new TemplateProblem(name, lineOf(source, tag), "'" + tag + "' repeats a list inside " + (lists - 1)
                    + " other lists; at most " + RenderLimits.MAX_LIST_DEPTH + " lists may be repeated inside one another");
        }
    }

    private static Object resolve(String dotted, Deque<Object> scopes) {
        if (".".equals(dotted)) {
            return scopes.peek();
        }
        String[] parts = dotted.split("\\.");
        for (Object scope : scopes) {
            if (scope instanceof Map<?, ?> map && map.containsKey(parts[0])) {
                Object value = map.get(parts[0]);
                for (int i = 1; i < parts.length && value != null; i++) {
                    value = value instanceof Map<?, ?> inner ? inner.get(parts[i]) : null;
                }
                return value;
            }
        }
        return null;
    }

    /** The first line on which a tag with that name appears; 0 when it cannot be found. */
    static int lineOf(String source, String tagName) {
        Matcher m = Pattern.compile("\\{\\{\\{?\\s*[#^/&>$<]?\\s*" + Pattern.quote(tagName) + "\\s*\\}?\\}\\}")
                .matcher(source);
        if (!m.find()) {
            return 0;
        }
        int line = 1;
        for (int i = 0; i < m.start(); i++) {
            if (source.charAt(i) == '\n') {
                line++;
            }
        }
        return line;
    }
}
