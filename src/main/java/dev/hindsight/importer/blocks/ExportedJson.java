package dev.hindsight.importer.blocks;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A document kept as JSON, as a tool exports it: a Jupyter notebook ({@link NotebookCells}) or an incident record
 * ({@link JsonRecord}), told apart by its keys and turned into the Markdown a person would have written, so the
 * ordinary readers read it. Parsed within bounds: a file nested deeper than a record is, or with a string longer
 * than a document, is not read as JSON. Thread-safe.
 */
public final class ExportedJson {
    /** Deeper than any notebook or incident export nests; a file nested further is not one. */
    static final int MAX_DEPTH = 32;
    /** The bounded parser every JSON container is read with. */
    static final ObjectMapper JSON = JsonMapper.builder(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(MAX_DEPTH)
                    .maxStringLength(Blocks.MAX_TEXT_BYTES).maxNumberLength(40).build())
            .build())
            // A report that opens with a pasted JSON log line is text: only a file that is one JSON value is JSON.
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS).build();

    private static final Set<String> RECORD_KEYS = ExportWords.WORDS.names("recordKeys");
    private static final Set<String> NOTEBOOK_WORDS = ExportWords.WORDS.names("notebookWords");
    private static final Pattern KEY = Pattern.compile("\"([A-Za-z][A-Za-z0-9 _-]{0,40})\"\\s*:");

    private ExportedJson() {
    }

    /**
     * Whether a JSON file's opening is an incident document rather than a tool's own JSON (a package manifest, a
     * settings file): a notebook whose text names an incident's parts, or an object whose keys do
     * ({@code importer/export-words.json}). Looked at as text, so an opening cut short is judged too.
     */
    public static boolean isIncidentExport(byte[] opening) {
        if (!opensAsObject(opening)) {
            return false;
        }
        String text = new String(opening, StandardCharsets.UTF_8);
        if (text.contains("\"nbformat\"") && text.contains("\"cells\"")) {
            String lower = text.toLowerCase(Locale.ROOT);
            return NOTEBOOK_WORDS.stream().filter(lower::contains).limit(2).count() >= 2;
        }
        Set<String> seen = new java.util.HashSet<>();
        Matcher key = KEY.matcher(text);
        while (key.find() && seen.size() < 2) {
            String bare = ExportWords.bare(key.group(1));
            if (RECORD_KEYS.contains(bare)) {
                seen.add(bare);
            }
        }
        return seen.size() >= 2;
    }

    /** Whether the content opens as a JSON object: "{" first, after a byte-order mark and blank space. */
    static boolean opensAsObject(byte[] content) {
        int at = content.length >= 3 && content[0] == (byte) 0xEF && content[1] == (byte) 0xBB
                && content[2] == (byte) 0xBF ? 3 : 0;
        while (at < content.length && (content[at] == ' ' || content[at] == '\n' || content[at] == '\r'
                || content[at] == '\t')) {
            at++;
        }
        return at < content.length && content[at] == '{';
    }

    /**
     * The document as Markdown when it is a JSON object: a notebook's cells, or a record's fields; empty for any
     * other content, and for JSON that does not parse (then read as the text it is).
     */
    public static Optional<String> asMarkdown(byte[] content) {
        if (!opensAsObject(content) || content.length > Blocks.MAX_TEXT_BYTES) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = JSON.readTree(Blocks.decode(content));
        } catch (IOException | RuntimeException e) {
            return Optional.empty(); // not JSON after all, or past the bounds: the text is read as text
        }
        if (root == null || !root.isObject() || root.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(NotebookCells.is(root) ? NotebookCells.asMarkdown(root) : JsonRecord.asMarkdown(root));
    }
}
