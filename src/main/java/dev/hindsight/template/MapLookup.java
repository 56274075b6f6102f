package dev.hindsight.template;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.AbstractObjectHandler;
import com.github.mustachejava.util.Wrapper;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * How Mustache finds a tag's value in a document view. A view is nothing but maps, lists, strings and
 * booleans ({@link View}), and {@link TemplateCheck} only accepts names that resolve through maps, so a name
 * is looked up in the innermost map that has it, outwards, and a dotted name's later parts inside what the
 * first part found: the same answers as Mustache's reflective lookup, which guards every lookup against the
 * scope's class and was half the cost of rendering the review layout. Stateless, thread-safe.
 */
final class MapLookup extends AbstractObjectHandler {

    /** Mustache's own engine (templates without a plan) counts each repeated item against the render's limits. */
    @Override
    public java.io.Writer iterate(com.github.mustachejava.Iteration iteration, java.io.Writer writer, Object object,
                                  List<Object> scopes) {
        if (writer instanceof TidyText counted) {
            counted.step();
            return super.iterate((w, next, s) -> {
                counted.step();
                return iteration.next(w, next, s);
            }, writer, object, scopes);
        }
        return super.iterate(iteration, writer, object, scopes);
    }

    @Override
    public Wrapper find(String name, List<Object> scopes) {
        String[] parts = parts(name);
        return s -> lookup(parts, s);
    }

    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
        if (name == null) {
            return scopes -> null;
        }
        // Split once, when the template is compiled, not on every lookup.
        String[] parts = parts(name);
        return scopes -> lookup(parts, scopes);
    }

    /**
     * A name's parts, interned: a view's keys are string literals, so an interned part is the very key object and
     * a hash map finds it without comparing characters.
     */
    static String[] parts(String name) {
        String[] parts = name.split("\\.", -1);
        for (int i = 0; i < parts.length; i++) {
            parts[i] = parts[i].intern();
        }
        return parts;
    }

    static Object lookup(String[] parts, List<Object> scopes) {
        Object value = null;
        for (int i = scopes.size() - 1; i >= 0; i--) {
            value = get(scopes.get(i), parts[0]);
            if (value != null) {
                break;
            }
        }
        for (int i = 1; i < parts.length && value != null; i++) {
            value = get(value, parts[i]);
        }
        return value;
    }

    /** Views are hash maps: asking for the class first is a cheaper test than asking for the interface. */
    private static Object get(Object scope, String key) {
        if (scope instanceof HashMap<?, ?> map) {
            return map.get(key);
        }
        return scope instanceof Map<?, ?> map ? map.get(key) : null;
    }
}
