package dev.hindsight.importer.blocks;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * A Jupyter notebook (nbformat 4: a "cells" list beside "nbformat") as the Markdown its cells hold: a Markdown cell
 * as its own text, a code cell as a fenced block in the notebook's language, and the text a code cell printed
 * (its stream and plain-text results) as a fenced block of text after it. Images, HTML and other rich outputs are
 * left out: they carry no words a reader could take. Nothing in a notebook is run; its code is only quoted.
 * Thread-safe.
 */
final class NotebookCells {

    private NotebookCells() {
    }

    static boolean is(JsonNode root) {
        return root.path("cells").isArray() && root.has("nbformat");
    }

    static String asMarkdown(JsonNode root) {
        String language = root.path("metadata").path("language_info").path("name").asText(
                root.path("metadata").path("kernelspec").path("language").asText(""));
        StringBuilder out = new StringBuilder();
        for (JsonNode cell : root.path("cells")) {
            String source = text(cell.path("source"));
            switch (cell.path("cell_type").asText("")) {
                case "markdown", "raw" -> paragraph(out, source);
                case "code" -> {
                    if (!source.isBlank()) {
                        fenced(out, language, source);
                    }
                    StringBuilder printed = new StringBuilder();
                    for (JsonNode output : cell.path("outputs")) {
                        printed.append(printed(output));
                    }
                    if (!printed.toString().isBlank()) {
                        fenced(out, "text", printed.toString());
                    }
                }
                default -> {
                    // a cell of a kind this reader does not know holds nothing it could read
                }
            }
        }
        return out.toString();
    }

    /** What a code cell printed as text: a stream's lines, a result's or a display's plain text, an error's name. */
    private static String printed(JsonNode output) {
        return switch (output.path("output_type").asText("")) {
            case "stream" -> text(output.path("text"));
            case "execute_result", "display_data" -> text(output.path("data").path("text/plain"));
            case "error" -> output.path("ename").asText("") + ": " + output.path("evalue").asText("") + "\n";
            default -> "";
        };
    }

    /** A cell's text: nbformat keeps it as one string or as a list of lines that keep their own line ends. */
    private static String text(JsonNode source) {
        if (source.isTextual()) {
            return source.asText();
        }
        StringBuilder text = new StringBuilder();
        for (JsonNode line : source) {
            text.append(line.asText(""));
        }
        return text.toString();
    }

    private static void paragraph(StringBuilder out, String text) {
        if (text.isBlank()) {
            return;
        }
        out.append(text.stripTrailing()).append('\n');
        // Jupyter renders each cell alone: a fence a cell leaves open ends with it, not at the next cell's fence.
        String fence = null;
        for (String line : text.split("\n", -1)) {
            String bare = line.strip();
            if (CodeFence.touches(fence, bare)) {
                fence = CodeFence.after(fence, bare);
            }
        }
        if (fence != null) {
            out.append(fence).append('\n');
        }
        out.append('\n');
    }

    /** A fence longer than any run of backticks in the code, so the code cannot close it. */
    private static void fenced(StringBuilder out, String language, String code) {
        int longest = 0;
        int run = 0;
        for (int i = 0; i < code.length(); i++) {
            run = code.charAt(i) == '`' ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        String fence = "`".repeat(Math.max(3, longest + 1));
        out.append(fence).append(language.replaceAll("[^A-Za-z0-9+#-]", "")).append('\n')
                .append(code.stripTrailing()).append('\n').append(fence).append("\n\n");
    }
}
