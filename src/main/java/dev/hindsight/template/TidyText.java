package dev.hindsight.template;

import java.io.Writer;

/**
 * Where a template renders to. Sections that rendered nothing leave runs of blank lines, and Markdown reads one
 * as well as five, so runs of more than two line breaks are cut, and the edges are trimmed. The text is taken as
 * it is written and tidied once at the end, where finding the runs is one library search over the whole text
 * rather than a look at every character of every piece. Not thread-safe: one per rendering.
 */
final class TidyText extends Writer {

    private static final String RUN = "\n\n\n";

    private final StringBuilder out;
    private final String template;
    private final long started = System.nanoTime();
    private long steps;

    TidyText(String template, int capacity) {
        this.template = template;
        out = new StringBuilder(Math.min(capacity, RenderLimits.MAX_OUTPUT));
    }

    /**
     * Counts one step of the template's work (a tag run, an item repeated) against {@link RenderLimits}; the
     * clock is read every few thousand steps.
     */
    void step() {
        steps++;
        if (steps > RenderLimits.MAX_STEPS) {
            throw new DocumentTooLarge(template, "it runs more than " + RenderLimits.MAX_STEPS + " template steps "
                    + "(are lists repeated inside one another?)");
        }
        if ((steps & 4095) == 0 && System.nanoTime() - started > RenderLimits.MAX_NANOS) {
            throw new DocumentTooLarge(template, "it takes more than " + RenderLimits.MAX_NANOS / 1_000_000_000L
                    + " seconds to render");
        }
    }

    private void checkSize() {
        if (out.length() > RenderLimits.MAX_OUTPUT) {
            throw new DocumentTooLarge(template, "it is more than " + RenderLimits.MAX_OUTPUT
                    + " characters of Markdown");
        }
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        out.append(chars, offset, length);
        checkSize();
    }

    @Override
    public void write(String text, int offset, int length) {
        if (offset == 0 && length == text.length()) {
            out.append(text);
        } else {
            out.append(text, offset, offset + length);
        }
        checkSize();
    }

    @Override
    public void write(String text) {
        out.append(text);
        checkSize();
    }

    @Override
    public void write(int c) {
        out.append((char) c);
        checkSize();
    }

    /** The text written, runs of line breaks cut to two, without blank edges, ending in one line break. */
    String text() {
        String written = out.toString();
        int run = written.indexOf(RUN);
        StringBuilder tidy = out;
        if (run >= 0) {
            tidy = new StringBuilder(written.length());
            int from = 0;
            while (run >= 0) {
                int after = run + RUN.length();
                while (after < written.length() && written.charAt(after) == '\n') {
                    after++;
                }
                tidy.append(written, from, run + 2);
                from = after;
                run = written.indexOf(RUN, after);
            }
            tidy.append(written, from, written.length());
        }
        int start = 0;
        int end = tidy.length();
        while (start < end && Character.isWhitespace(tidy.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(tidy.charAt(end - 1))) {
            end--;
        }
        tidy.setLength(end);
        tidy.append('\n');
        return tidy.substring(start);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
