package dev.hindsight.importer.blocks;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

/**
 * The lists in a document's front matter read entry by entry: TOML's arrays of tables ({@code [[action_items]]}),
 * YAML's sequences of mappings ({@code - title: ...}, {@code - {title: ..., owner: ...}}), and lists of bare values,
 * each entry with its fields as written and the lines it was written on.
 *
 * <p>{@link FrontMatter} gives every reader a list as one field, its entries joined into a line: that stays, since
 * most lists (services, authors, a timeline) are read so. A reader that wants a list's entries one by one (the
 * action items) asks here, which reads the same front matter again with the same parser and bounds. Stateless;
 * thread-safe.
 */
public final class FrontMatterLists {

    /** The most entries read from one list; the lines of those after it are reported, not read. */
    public static final int MOST_ENTRIES = 500;

    private FrontMatterLists() {
    }

    /** One field of an entry as written; an entry that is a bare value ("- Page the DBA") has one, with no name. */
    public record Field(String name, String value) {
        public Field {
            java.util.Objects.requireNonNull(name, "name");
            java.util.Objects.requireNonNull(value, "value");
        }
    }

    /** One entry of a list: a table or mapping, or a bare value, and the source lines it takes. */
    public record Entry(List<Field> fields, Lines lines) {
        public Entry {
            fields = List.copyOf(fields);
            java.util.Objects.requireNonNull(lines, "lines");
        }
    }

    /**
     * A list in the front matter.
     *
     * @param key     its key path as {@link Block.Kind#FRONT_MATTER} blocks name it ("action_items", "incident.actions")
     * @param entries the entries read, in order, at most {@link #MOST_ENTRIES}
     * @param unread  the lines of the entries past that bound
     * @param lines   the lines of the whole list, its key's line included
     */
    public record Listed(String key, List<Entry> entries, List<Lines> unread, Lines lines) {
        public Listed {
            entries = List.copyOf(entries);
            unread = List.copyOf(unread);
        }
    }

    /** An entry's fields while the parser reads them; where it was written is found afterwards. */
    private record Parsed(String key, List<List<Field>> entries, int total) {
    }

    /** The lists of the front matter opening these lines; none when there is none, or it cannot be read. */
    public static List<Listed> of(List<String> lines) {
        FrontMatter.Fenced front = FrontMatter.fenced(lines);
        if (front == null || front.tooLong() || front.inner().isEmpty()) {
            return List.of();
        }
        List<Parsed> parsed = new ArrayList<>();
        try (JsonParser parser = FrontMatter.mapper(front.yaml()).createParser(String.join("\n", front.inner()))) {
            if (parser.nextToken() != JsonToken.START_OBJECT) {
                return List.of();
            }
            object(parser, "", parsed, 0);
        } catch (IOException | RuntimeException e) {
            // Malformed front matter is kept as its lines by FrontMatter; there are no entries to read from it.
            return List.of();
        }
        FrontMatterKeys keys = front.yaml() ? FrontMatterKeys.yaml(front.inner()) : FrontMatterKeys.toml(front.inner());
        List<Listed> out = new ArrayList<>();
        for (Parsed list : parsed) {
            int[] span = keys.span(list.key());
            int first = span == null ? 0 : span[0];
            int last = span == null ? front.inner().size() - 1 : span[1];
            List<int[]> spans = EntrySpans.of(front.inner(), first, last, list.key(), front.yaml());
            if (spans.size() != list.total()) {
                // Written on one line or in a shape not followed here ("key: [{...}, {...}]"): each entry is
                // the whole list's.
                spans = java.util.Collections.nCopies(list.total(), new int[] {first, last});
            }
            List<Entry> entries = new ArrayList<>();
            List<Lines> unread = new ArrayList<>();
            for (int i = 0; i < spans.size(); i++) {
                Lines at = new Lines(spans.get(i)[0] + front.first(), spans.get(i)[1] + front.first());
                if (i < list.entries().size()) {
                    entries.add(new Entry(list.entries().get(i), at));
                } else {
                    unread.add(at);
                }
            }
            out.add(new Listed(list.key(), entries, unread, new Lines(first + front.first(), last + front.first())));
        }
        return out;
    }

    private static void object(JsonParser parser, String prefix, List<Parsed> out, int depth) throws IOException {
        if (depth > FrontMatter.MAX_DEPTH) {
            throw new IOException("front matter nested deeper than " + FrontMatter.MAX_DEPTH);
        }
        while (parser.nextToken() == JsonToken.FIELD_NAME) {
            String key = prefix.isEmpty() ? parser.currentName() : prefix + "." + parser.currentName();
            JsonToken value = parser.nextToken();
            if (value == JsonToken.START_OBJECT) {
                object(parser, key, out, depth + 1);
            } else if (value == JsonToken.START_ARRAY) {
                out.add(list(parser, key, depth + 1));
            }
        }
    }

    /** The entries of one list, the parser at its opening; nested values are one line each, as FrontMatter writes. */
    private static Parsed list(JsonParser parser, String key, int depth) throws IOException {
        List<List<Field>> entries = new ArrayList<>();
        int total = 0;
        for (JsonToken token = parser.nextToken(); token != JsonToken.END_ARRAY; token = parser.nextToken()) {
            if (token == null) {
                throw new IOException("front matter list '" + key + "' not closed");
            }
            total++;
            if (entries.size() >= MOST_ENTRIES) {
                parser.skipChildren();
                continue;
            }
            List<Field> fields = new ArrayList<>();
            if (token == JsonToken.START_OBJECT) {
                while (parser.nextToken() == JsonToken.FIELD_NAME) {
                    String name = parser.currentName();
                    parser.nextToken();
                    fields.add(new Field(name, FrontMatter.value(parser, depth + 1)));
                }
            } else {
                fields.add(new Field("", FrontMatter.value(parser, depth + 1)));
            }
            entries.add(fields);
        }
        return new Parsed(key, entries, total);
    }
}
