package dev.hindsight.template;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.Mustache;
import com.github.mustachejava.MustacheException;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.Objects;
import java.util.Optional;

/**
 * A compiled document template: Markdown with Mustache tags. Mustache has no expressions, calls or file
 * access, so a template an organisation uploads can show the record's values and nothing more. Compiling
 * checks every tag against the variables a document has ({@link TemplateCheck}). Thread-safe once built.
 */
public final class DocumentTemplate {

    private final String name;
    private final String source;
    private final TimeStyle timeStyle;
    private final Mustache compiled;
    private final Set<String> roots;
    /** Empty for a template with codes a plan cannot run: Mustache renders it. */
    private final Optional<RenderPlan> plan;

    private DocumentTemplate(String name, String source, TimeStyle timeStyle, Mustache compiled) {
        this.name = name;
        this.source = source;
        this.timeStyle = timeStyle;
        this.compiled = compiled;
        Set<String> names = new HashSet<>();
        collectRoots(compiled.getCodes(), names);
        this.roots = Set.copyOf(names);
        this.plan = RenderPlan.of(compiled.getCodes());
    }

    /** The first part of every name the template mentions, wherever it stands (a superset of what it uses). */
    private static void collectRoots(com.github.mustachejava.Code[] codes, Set<String> out) {
        if (codes == null) {
            return;
        }
        for (com.github.mustachejava.Code code : codes) {
            String tag = code.getName();
            if (tag != null && !tag.equals(".")) {
                int dot = tag.indexOf('.');
                out.add(dot < 0 ? tag : tag.substring(0, dot));
            }
            collectRoots(code.getCodes(), out);
        }
    }

    /** The top-level variables this template can reach; the view builds only these. */
    public Set<String> roots() {
        return roots;
    }

    /**
     * Compiles and checks a template.
     *
     * @throws TemplateProblem naming the tag and its line when the template is broken or uses a variable
     *                         a document does not have
     */
    public static DocumentTemplate compile(String name, String source, TimeStyle timeStyle) {
        Objects.requireNonNull(source, "source is null");
        Mustache compiled;
        try {
            compiled = factory().compile(new StringReader(source), name);
        } catch (MustacheException e) {
            throw TemplateProblem.fromCompiler(name, e);
        }
        TemplateCheck.check(name, source, compiled);
        return new DocumentTemplate(name, source, timeStyle, compiled);
    }

    /** Markdown is escaped when it becomes HTML (and sanitised then), never here. */
    private static DefaultMustacheFactory factory() {
        DefaultMustacheFactory factory = new DefaultMustacheFactory() {
            @Override
            public void encode(String value, Writer writer) {
                try {
                    writer.write(value);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }

            @Override
            public com.github.mustachejava.MustacheVisitor createMustacheVisitor() {
                return new PlanCodes.Visitor(this);
            }

            @Override
            public java.io.Reader getReader(String resourceName) {
                throw new MustacheException("templates cannot include other files ('" + resourceName + "')");
            }
        };
        factory.setObjectHandler(new MapLookup());
        return factory;
    }

    public String render(Map<String, Object> view) {
        TidyText out = new TidyText(name, source.length() + 4096);
        if (plan.isPresent()) {
            plan.get().render(view, out);
        } else {
            compiled.execute(out, view);
        }
        return out.text();
    }

    /** The same document through Mustache's own engine: for checking that the plan renders what Mustache does. */
    String renderThroughMustache(Map<String, Object> view) {
        TidyText out = new TidyText(name, source.length() + 4096);
        compiled.execute(out, view);
        return out.text();
    }

    boolean hasPlan() {
        return plan.isPresent();
    }

    public String name() {
        return name;
    }

    public String source() {
        return source;
    }

    public TimeStyle timeStyle() {
        return timeStyle;
    }
}
