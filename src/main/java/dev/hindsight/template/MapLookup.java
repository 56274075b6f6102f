package dev.hindsight.template;

import com.github.mustachejava.Binding;
import com.github.mustachejava.Code;
import com.github.mustachejava.TemplateContext;
import com.github.mustachejava.reflect.AbstractObjectHandler;
import com.github.mustachejava.util.Wrapper;
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

    @Override
    public Wrapper find(String name, List<Object> scopes) {
        String[] parts = name.split("\\.", -1);
        return s -> lookup(parts, s);
    }

    @Override
    public Binding createBinding(String name, TemplateContext tc, Code code) {
        if (name == null) {
            return scopes -> null;
        }
        // Split once, when the template is compiled, not on every lookup.
        String[] parts = name.split("\\.", -1);
        return scopes -> lookup(parts, scopes);
    }

    private static Object lookup(String[] parts, List<Object> scopes) {
        Object value = null;
        for (int i = scopes.size() - 1; i >= 0; i--) {
            if (scopes.get(i) instanceof Map<?, ?> map) {
                value = map.get(parts[0]);
                if (value != null) {
                    break;
                }
            }
        }
        for (int i = 1; i < parts.length && value != null; i++) {
            value = value instanceof Map<?, ?> map ? map.get(parts[i]) : null;
        }
        return value;
    }
}
