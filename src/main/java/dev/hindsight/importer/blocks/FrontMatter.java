package dev.hindsight.importer.blocks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.toml.TomlFactory;
import com.fasterxml.jackson.dataformat.toml.TomlMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Front matter at the very top of a Markdown document: YAML between "---" lines, or TOML between "+++" lines (Hugo),
 * read into one FRONT_MATTER block per key. Values are kept as written (a version "1.10" stays "1.10"), since the
 * parser's number or date reading would change words a person wrote. Thread-safe.
 */
final class FrontMatter {
    static final int MAX_CHARS = 64 * 1024;
    static final int MAX_DEPTH = 12;
    private static final StreamReadConstraints BOUNDS = StreamReadConstraints.builder()
            .maxNestingDepth(MAX_DEPTH).maxStringLength(MAX_CHARS).build();
    private static final ObjectMapper YAML = yamlMapper();
    private static final ObjectMapper TOML = new TomlMapper(TomlFactory.builder().streamReadConstraints(BOUNDS).build());

    private FrontMatter() {
    }

    /**
     * What front matter gave: its blocks and skipped lines, and how many lines from the top it takes (0: none, the
     * document starts with Markdown).
     */
    record Read(int lineCount, List<Block> blocks, List<SourceText.Skip> skipped) {
        static final Read NONE = new Read(0, List.of(), List.of());
    }

    private record Field(String key, String value) {
    }

    private static ObjectMapper yamlMapper() {
        LoaderOptions options = new LoaderOptions();
        options.setNestingDepthLimit(MAX_DEPTH);
        options.setMaxAliasesForCollections(20);
        options.setCodePointLimit(MAX_CHARS * 2);
        return new YAMLMapper(YAMLFactory.builder().loaderOptions(options).streamReadConstraints(BOUNDS).build());
    }

    /**
     * The front matter's own lines, between its fences, and whether it is YAML (else TOML).
     *
     * @param close the closing fence's index in the document's lines (0-based)
     * @param chars how many characters the lines between the fences hold
     */
    record Fenced(boolean yaml, List<String> inner, int close, long chars, int first) {
        boolean tooLong() {
            return chars > MAX_CHARS;
        }
    }

    /**
     * The front matter at the top of the lines, or null when they open with none. A document that is YAML from its
     * first line, without fences ({@link WholeYaml}: an incident kept as a YAML file), is front matter throughout.
     */
    static Fenced fenced(List<String> lines) {
        if (lines.size() < 2) {
            return null;
        }
        String fence = lines.get(0).strip();
        boolean yaml = fence.equals("---");
        if (!yaml && !fence.equals("+++")) {
            return WholeYaml.is(lines) ? whole(lines) : null;
        }
        int close = -1;
        long chars = 0;
        for (int i = 1; i < lines.size() && close < 0; i++) {
            String line = lines.get(i).strip();
            if (line.equals(fence) || yaml && line.equals("...")) {
                close = i;
            } else {
                chars += lines.get(i).length() + 1;
            }
        }
        if (close < 0) {
            return null;
        }
        List<String> inner = lines.subList(1, close);
        return startsWithKey(inner, yaml) ? new Fenced(yaml, inner, close, chars, 2) : null;
    }

    /** A whole YAML document as front matter: no fences, its lines from the first. */
    private static Fenced whole(List<String> lines) {
        long chars = 0;
        for (String line : lines) {
            chars += line.length() + 1;
        }
        return new Fenced(true, lines, lines.size() - 1, chars, 1);
    }

    /** The parser for the front matter's language, with this reader's bounds. */
    static ObjectMapper mapper(boolean yaml) {
        return yaml ? YAML : TOML;
    }

    static Read read(List<String> lines) {
        Fenced front = fenced(lines);
        if (front == null) {
            return Read.NONE;
        }
        int close = front.close();
        List<String> inner = front.inner();
        boolean yaml = front.yaml();
        List<SourceText.Skip> skipped = new ArrayList<>();
        boolean whole = front.first() == 1;
        if (!whole) {
            skipped.add(new SourceText.Skip(Lines.of(1), "front matter fence"));
            skipped.add(new SourceText.Skip(Lines.of(close + 1), "front matter fence"));
        }
        if (front.tooLong()) {
            if (whole) {
                return Read.NONE; // a YAML document too long to read as one is read as text
            }
            if (close > 1) {
                skipped.add(new SourceText.Skip(new Lines(2, close), "front matter over 64 KB, not read"));
            }
            return new Read(close + 1, List.of(), skipped);
        }
        List<Field> fields = fields(String.join("\n", inner), yaml);
        if (whole && (fields == null || fields.isEmpty())) {
            return Read.NONE; // not a map of keys after all: text
        }
        List<Block> blocks = fields == null ? asParagraphs(inner) : blocks(fields, inner, yaml, skipped,
                front.first());
        if (whole) {
            blocks = WholeYaml.sections(blocks, inner);
        }
        return new Read(close + 1, blocks, skipped);
    }


    /** Whether the first line with content is a key, so "---" opening a document is front matter, not a rule. */
    private static boolean startsWithKey(List<String> inner, boolean yaml) {
        for (String line : inner) {
            String content = line.strip();
            if (!content.isEmpty() && !content.startsWith("#")) {
                return yaml ? FrontMatterKeys.yamlColon(content) > 0
                        : content.startsWith("[") || FrontMatterKeys.tomlEquals(content) > 0;
            }
        }
        return true;
    }

    /** The fields, or null when the front matter cannot be read as a map of keys. */
    private static List<Field> fields(String text, boolean yaml) {
        List<Field> fields = new ArrayList<>();
        try (JsonParser parser = mapper(yaml).createParser(text)) {
            JsonToken first = parser.nextToken();
            if (first == null) {
                return fields;
            }
            if (first != JsonToken.START_OBJECT) {
                return null;
            }
            object(parser, "", fields, 0);
            return fields;
        } catch (IOException | RuntimeException e) {
            // Malformed front matter is a person's typo, not a reason to refuse the document: its lines are kept.
            return null;
        }
    }

    private static void object(JsonParser parser, String prefix, List<Field> out, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("front matter nested deeper than " + MAX_DEPTH);
        }
        int before = out.size();
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix.isEmpty() ? parser.currentName() : prefix + "." + parser.currentName();
            if (parser.nextToken() == JsonToken.START_OBJECT) {
                object(parser, key, out, depth + 1);
            } else {
                out.add(new Field(key, value(parser, depth + 1)));
            }
        }
        if (out.size() == before && !prefix.isEmpty()) {
            out.add(new Field(prefix, ""));
        }
    }

    /** A value as one line of text: a list joined with ", ", a map inside a list as "key: value; key: value". */
    static String value(JsonParser parser, int depth) throws IOException {
        if (depth > MAX_DEPTH) {
            throw new IOException("front matter nested deeper than " + MAX_DEPTH);
        }
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_ARRAY) {
            List<String> items = new ArrayList<>();
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                items.add(value(parser, depth + 1));
            }
            return String.join(", ", items);
        }
        if (token == JsonToken.START_OBJECT) {
            List<String> pairs = new ArrayList<>();
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String key = parser.currentName();
                parser.nextToken();
                pairs.add(key + ": " + value(parser, depth + 1));
            }
            return String.join("; ", pairs);
        }
        if (token == JsonToken.VALUE_NULL || token == null) {
            return "";
        }
        return parser.getText().strip();
    }

    /** The fields as blocks on their lines; {@code first} is the line number of the inner lines' first. */
    private static List<Block> blocks(List<Field> fields, List<String> inner, boolean yaml,
                                      List<SourceText.Skip> skipped, int first) {
        FrontMatterKeys keys = yaml ? FrontMatterKeys.yaml(inner) : FrontMatterKeys.toml(inner);
        Lines whole = inner.isEmpty() ? Lines.of(1) : new Lines(first, inner.size() + first - 1);
        List<Block> blocks = new ArrayList<>();
        boolean[] covered = new boolean[inner.size()];
        for (Field field : fields) {
            int[] span = keys.span(field.key());
            Lines lines = span == null ? whole : new Lines(span[0] + first, span[1] + first);
            for (int i = lines.first() - first; i <= lines.last() - first && i < covered.length; i++) {
                if (i >= 0) {
                    covered[i] = true;
                }
            }
            blocks.add(Block.frontMatter(field.key(), field.value(), lines));
        }
        for (int i = 0; i < inner.size(); i++) {
            String content = inner.get(i).strip();
            if (!covered[i] && !content.isEmpty()) {
                skipped.add(new SourceText.Skip(Lines.of(i + first),
                        content.startsWith("#") ? "front matter comment" : "front matter line with no value"));
            }
        }
        return blocks;
    }

    /** Front matter that is no map of keys, as paragraphs on its lines (below the opening fence). */
    private static List<Block> asParagraphs(List<String> inner) {
        List<Block> blocks = new ArrayList<>();
        for (int i = 0; i < inner.size(); i++) {
            String content = inner.get(i).strip();
            if (!content.isEmpty()) {
                blocks.add(Block.paragraph(content, Lines.of(i + 2)));
            }
        }
        return blocks;
    }
}
