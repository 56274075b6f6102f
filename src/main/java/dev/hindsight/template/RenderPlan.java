package dev.hindsight.template;

import com.github.mustachejava.Code;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A compiled template run without Mustache's engine: its text, values, sections and inverted sections as a tree of
 * steps over a document view, with Mustache's rules. Mustache runs each tag as its own object through several
 * layers of calls that are there for features a document template cannot use (lambdas, callables, partials);
 * stepping through the tree directly renders the review layout in about half the time. A template with anything
 * else in it has no plan and renders through Mustache. Immutable, thread-safe.
 */
final class RenderPlan {

    private static final int TEXT = 0;
    private static final int VALUE = 1;
    private static final int SECTION = 2;
    private static final int INVERTED = 3;

    private final Step[] steps;

    private RenderPlan(Step[] steps) {
        this.steps = steps;
    }

    /** The plan of a compiled template, or empty when it holds a code a plan cannot run. */
    static Optional<RenderPlan> of(Code[] codes) {
        Step[] steps = steps(codes);
        return steps == null ? Optional.empty() : Optional.of(new RenderPlan(steps));
    }

    void render(Object view, TidyText out) {
        ArrayList<Object> scopes = new ArrayList<>(8);
        scopes.add(view);
        run(steps, scopes, out);
    }

    /**
     * One tag and the text after it. {@code name} is the tag's name split at dots and interned (null for
     * {@code .}, the innermost value).
     */
    private record Step(int kind, String[] name, Step[] inner, String after) {
    }

    /** Null when a code is not one a plan can run. */
    private static Step[] steps(Code[] codes) {
        if (codes == null) {
            return new Step[0];
        }
        List<Step> out = new ArrayList<>(codes.length);
        for (Code code : codes) {
            if (!(code instanceof PlanCodes.Trailing trailing)) {
                return null;
            }
            String after = trailing.trailing();
            int kind;
            if (code instanceof PlanCodes.Value) {
                kind = VALUE;
            } else if (code instanceof PlanCodes.Section) {
                kind = SECTION;
            } else if (code instanceof PlanCodes.Inverted) {
                kind = INVERTED;
            } else {
                if (after != null && !after.isEmpty()) {
                    out.add(new Step(TEXT, null, null, after));
                }
                continue;
            }
            String tag = code.getName();
            if (tag == null || tag.startsWith("*")) {
                return null;
            }
            Step[] inner = kind == VALUE ? null : steps(code.getCodes());
            if (kind != VALUE && inner == null) {
                return null;
            }
            out.add(new Step(kind, ".".equals(tag) ? null : MapLookup.parts(tag), inner,
                    after == null || after.isEmpty() ? null : after));
        }
        return out.toArray(new Step[0]);
    }

    private static void run(Step[] steps, ArrayList<Object> scopes, TidyText out) {
        for (Step step : steps) {
            out.step();
            switch (step.kind) {
                case VALUE -> {
                    Object value = find(step, scopes);
                    if (value != null) {
                        out.write(value.toString());
                    }
                }
                case SECTION -> section(step, find(step, scopes), scopes, out);
                case INVERTED -> {
                    if (isFalse(find(step, scopes))) {
                        run(step.inner, scopes, out);
                    }
                }
                default -> {
                }
            }
            if (step.after != null) {
                out.write(step.after);
            }
        }
    }

    private static Object find(Step step, ArrayList<Object> scopes) {
        if (step.name == null) {
            return scopes.get(scopes.size() - 1);
        }
        return MapLookup.lookup(step.name, scopes);
    }

    /** Mustache's section: nothing for false, empty text or nothing; once per item for a list; else once, inside it. */
    private static void section(Step step, Object value, ArrayList<Object> scopes, TidyText out) {
        if (value == null || Boolean.FALSE.equals(value) || "".equals(value)) {
            return;
        }
        if (value instanceof Iterable<?> items) {
            for (Object item : items) {
                out.step();
                inside(step, item, scopes, out);
            }
        } else {
            inside(step, value, scopes, out);
        }
    }

    private static void inside(Step step, Object scope, ArrayList<Object> scopes, TidyText out) {
        if (scope == null) {
            run(step.inner, scopes, out);
            return;
        }
        scopes.add(scope);
        run(step.inner, scopes, out);
        scopes.remove(scopes.size() - 1);
    }

    /** Mustache's falsey values: nothing, false, empty text, an empty list. */
    private static boolean isFalse(Object value) {
        if (value == null) {
            return true;
        }
        if (value instanceof Boolean b) {
            return !b;
        }
        if (value instanceof String s) {
            return s.isEmpty();
        }
        if (value instanceof Iterable<?> items) {
            return !items.iterator().hasNext();
        }
        return false;
    }
}
