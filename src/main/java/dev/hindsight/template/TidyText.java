package dev.hindsight.template;

import java.io.Writer;

/**
 * Where a template renders to. Sections that rendered nothing leave runs of blank lines, and Markdown reads one
 * as well as five, so runs of more than two line breaks are cut as the text is written, and the edges are
 * trimmed at the end. Doing it while writing saves copying every document twice more (a synchronised
 * StringWriter, then a tidied copy). Not thread-safe: one per rendering.
 */
final class TidyText extends Writer {

    private final StringBuilder out;
    private int newlines;

    TidyText(int capacity) {
        out = new StringBuilder(capacity);
    }

    @Override
    public void write(char[] chars, int offset, int length) {
        int from = offset;
        for (int i = offset, end = offset + length; i < end; i++) {
            if (dropped(chars[i])) {
                out.append(chars, from, i - from);
                from = i + 1;
            }
        }
        out.append(chars, from, offset + length - from);
    }

    @Override
    public void write(String text, int offset, int length) {
        // Values are mostly long runs without line breaks: jump from one break to the next.
        int from = offset;
        int end = offset + length;
        int i = offset;
        while (i < end) {
            if (text.charAt(i) != '\n') {
                newlines = 0;
                i = text.indexOf('\n', i);
                if (i < 0) {
                    break;
                }
                continue;
            }
            if (dropped('\n')) {
                out.append(text, from, i);
                from = i + 1;
            }
            i++;
        }
        if (from == 0 && end == text.length()) {
            out.append(text);
        } else {
            out.append(text, from, end);
        }
    }

    @Override
    public void write(String text) {
        write(text, 0, text.length());
    }

    @Override
    public void write(int c) {
        if (!dropped((char) c)) {
            out.append((char) c);
        }
    }

    /** Counts line breaks in a row; true for a third or later one, which is left out. */
    private boolean dropped(char c) {
        if (c == '\n') {
            return ++newlines > 2;
        }
        newlines = 0;
        return false;
    }

    /** The text written, without blank edges, ending in one line break. */
    String text() {
        int start = 0;
        int end = out.length();
        while (start < end && Character.isWhitespace(out.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(out.charAt(end - 1))) {
            end--;
        }
        return out.substring(start, end) + "\n";
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
}
