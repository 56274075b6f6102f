package dev.hindsight.template;

/**
 * A document that would cost more to render than any post-mortem should: more text than {@link RenderLimits}
 * allow, more work (a template iterating lists inside lists), or more time. Nothing is half-written; the caller
 * is told which template and which limit.
 */
public final class DocumentTooLarge extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String template;

    DocumentTooLarge(String template, String problem) {
        super("document too large to render with template '" + template + "': " + problem);
        this.template = template;
    }

    public String template() {
        return template;
    }
}
