package dev.hindsight.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.deser.std.StdScalarDeserializer;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.hindsight.kernel.InvalidInput;
import java.io.IOException;
import java.util.Iterator;
import java.util.Map;

/**
 * No text read from JSON may hold a NUL character: PostgreSQL refuses one in any text, so a description, a reason or
 * a template's source carrying one reached the database and answered 500. Texts read into types are refused as they
 * are read, naming the field; a body read as a tree ({@link Json#readObject}) is walked once. Stateless.
 */
final class NulFreeStrings extends SimpleModule {

    static final String PROBLEM = "contains a NUL character, which no text may hold";

    NulFreeStrings() {
        super("hindsight-nul-free-strings");
        addDeserializer(String.class, new Refusing());
    }

    private static final class Refusing extends StdScalarDeserializer<String> {
        Refusing() {
            super(String.class);
        }

        @Override
        public String deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = StringDeserializer.instance.deserialize(p, ctxt);
            if (text != null && text.indexOf('\0') >= 0) {
                // Its cause is what the refusal says (JsonMistakes names the field and quotes the cause).
                throw JsonMappingException.from(p, PROBLEM, new IllegalArgumentException(PROBLEM));
            }
            return text;
        }
    }

    /** Refuses a tree holding a NUL in any text or key, naming where. */
    static void check(JsonNode node, String path) {
        if (node.isTextual() && node.asText().indexOf('\0') >= 0) {
            throw InvalidInput.of(path.isEmpty() ? JsonMistakes.WHOLE : path, PROBLEM);
        }
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                String at = path.isEmpty() ? field.getKey() : path + "." + field.getKey();
                if (field.getKey().indexOf('\0') >= 0) {
                    throw InvalidInput.of(path.isEmpty() ? JsonMistakes.WHOLE : path, "has a key that " + PROBLEM);
                }
                check(field.getValue(), at);
            }
        } else if (node.isArray()) {
            for (int i = 0; i < node.size(); i++) {
                check(node.get(i), path + "[" + i + "]");
            }
        }
    }
}
