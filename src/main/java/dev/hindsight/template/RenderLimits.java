package dev.hindsight.template;

/**
 * What one rendering may cost, whatever the template and the record. A record's sections are bounded when saved,
 * but a template multiplies them: a list iterated inside itself six deep turns a modest timeline into billions of
 * lines. The limits sit far above the largest real post-mortem (a few hundred kilobytes of Markdown) and far below
 * what hurts a server. docs/templates.md states them.
 */
final class RenderLimits {

    /** Characters of Markdown a template may write. */
    static final int MAX_OUTPUT = 4_000_000;
    /** Tags a template may run (each value, and each section once per item it repeats for). */
    static final long MAX_STEPS = 2_000_000;
    /** Wall time a template may take, checked as it runs: a backstop for a slow machine. */
    static final long MAX_NANOS = 5_000_000_000L;
    /**
     * Characters of HTML a PDF may be laid out from. PDF layout is the costliest step by far and grows faster than
     * the page (150 KB took 1.5 s, 300 KB took 17 s on a test machine), so this keeps one PDF to seconds; each is
     * rendered once per revision, then cached.
     */
    static final int MAX_PDF_HTML = 150_000;
    /** Section tags inside one another in a template. */
    static final int MAX_SECTION_DEPTH = 8;
    /** Lists repeated inside one another in a template: a list of lists of lists is the most a document needs. */
    static final int MAX_LIST_DEPTH = 3;

    private RenderLimits() {
    }
}
