package dev.hindsight.template;

import dev.hindsight.kernel.NotFound;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;

/**
 * The templates a document can be rendered with: the five built-in layouts, compiled once, and the
 * organisation's own, looked up by name. Thread-safe.
 */
public final class Templates {

    private static final Map<BuiltInTemplate, DocumentTemplate> BUILT_IN = new EnumMap<>(BuiltInTemplate.class);
    private static final Map<BuiltInTemplate, DocumentTemplate> PLAIN_TEXT = new EnumMap<>(BuiltInTemplate.class);

    static {
        for (BuiltInTemplate t : BuiltInTemplate.values()) {
            BUILT_IN.put(t, DocumentTemplate.compile(t.templateName(), read(t.resource()), t.timeStyle()));
            String text = readIfPresent(t.plainTextResource());
            if (text != null) {
                PLAIN_TEXT.put(t, DocumentTemplate.compile(t.templateName() + ".txt", text, t.timeStyle()));
            }
        }
    }

    private final Function<String, Optional<DocumentTemplate>> organisation;

    /** @param organisation finds the organisation's own template by name */
    public Templates(Function<String, Optional<DocumentTemplate>> organisation) {
        this.organisation = organisation;
    }

    /** Only the built-in layouts. */
    public static Templates builtIn() {
        return new Templates(name -> Optional.empty());
    }

    public static DocumentTemplate builtIn(BuiltInTemplate template) {
        return BUILT_IN.get(template);
    }

    public DocumentTemplate get(String name) {
        return BuiltInTemplate.named(name).map(BUILT_IN::get)
                .or(() -> organisation.apply(name))
                .orElseThrow(() -> new NotFound("template '" + name + "' (built in: "
                        + String.join(", ", BuiltInTemplate.names()) + ")"));
    }

    /**
     * A layout's own plain-text form, where it has one (the Google-Docs layout is tab-separated text);
     * other templates' plain text is their Markdown without markup.
     */
    public Optional<DocumentTemplate> plainText(String name) {
        return BuiltInTemplate.named(name).map(PLAIN_TEXT::get);
    }

    /** The built-in names followed by the organisation's, given separately. */
    public static List<String> names(List<String> organisationNames) {
        List<String> all = new ArrayList<>(BuiltInTemplate.names());
        all.addAll(organisationNames);
        return all;
    }

    private static String read(String resource) {
        String text = readIfPresent(resource);
        if (text == null) {
            throw new IllegalStateException("built-in template " + resource + " is missing from the jar");
        }
        return text;
    }

    private static String readIfPresent(String resource) {
        try (InputStream in = Templates.class.getResourceAsStream(resource)) {
            return in == null ? null : new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
