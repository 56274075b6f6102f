package dev.hindsight.lint.blame;

import java.util.ArrayList;
import java.util.List;

/**
 * Code blocks in a field's Markdown (between lines of three backticks or tildes): a log or a chat pasted as it was
 * printed or said, which the review records and does not say itself, so no sentence in one is judged. Stateless.
 */
final class CodeFences {

    private CodeFences() {
    }

    /** Each fenced block's start and end offset; an unclosed fence runs to the end. Empty for most fields. */
    static List<int[]> in(String text) {
        if (text.indexOf("```") < 0 && text.indexOf("~~~") < 0) {
            return List.of();
        }
        List<int[]> out = new ArrayList<>();
        int open = -1;
        char opener = '`';
        int lineStart = 0;
        while (lineStart < text.length()) {
            int lineEnd = text.indexOf('\n', lineStart);
            lineEnd = lineEnd < 0 ? text.length() : lineEnd;
            String line = text.substring(lineStart, lineEnd).strip();
            if (open < 0 && (line.startsWith("```") || line.startsWith("~~~"))) {
                open = lineStart;
                opener = line.charAt(0);
            } else if (open >= 0 && closes(line, opener)) {
                // Closed by a line of the opening's own character alone: "```java" opens, never closes.
                out.add(new int[] {open, lineEnd});
                open = -1;
            }
            lineStart = lineEnd + 1;
        }
        if (open >= 0) {
            out.add(new int[] {open, text.length()});
        }
        return out;
    }

    /** Whether a sentence starting at {@code start} is in a block, or opens one. */
    static boolean inside(List<int[]> fences, int start, String sentence) {
        String s = sentence.stripLeading();
        if (s.startsWith("```") || s.startsWith("~~~")) {
            return true;
        }
        for (int[] f : fences) {
            if (start >= f[0] && start < f[1]) {
                return true;
            }
        }
        return false;
    }

    /** Whether a fence line (three backticks or tildes, after spaces) starts at {@code at}: a sentence ends there. */
    static boolean lineAt(String text, int at) {
        int i = at;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return text.startsWith("```", i) || text.startsWith("~~~", i);
    }

    private static boolean closes(String line, char opener) {
        if (line.length() < 3) {
            return false;
        }
        for (int i = 0; i < line.length(); i++) {
            if (line.charAt(i) != opener) {
                return false;
            }
        }
        return true;
    }

    /** Whether the line that ends at {@code end} (its line break) is a fence line: a sentence ends after it too. */
    static boolean lineEndsAt(String text, int end) {
        int start = text.lastIndexOf('\n', end - 1) + 1;
        return lineAt(text, start);
    }
}
