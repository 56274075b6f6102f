package dev.hindsight.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.hindsight.kernel.InvalidInput;
import java.io.IOException;
import java.io.UncheckedIOException;

/**
 * The one JSON mapper, and the one translation of JSON mistakes into {@link InvalidInput} naming the field.
 * Thread-safe.
 */
public final class Json {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .addModule(new TimeBoundsModule())
            .addModule(new NulFreeStrings())
            .addModule(new Jdk8Module())
            .addModule(new CodedModule())
            // Feature modules (the post-mortem's JSON form) register through META-INF/services.
            .addModules(com.fasterxml.jackson.databind.ObjectMapper.findModules(Json.class.getClassLoader()))
            // Only record components are fields; isX() helpers on records are behaviour, not data.
            .disable(com.fasterxml.jackson.databind.MapperFeature.AUTO_DETECT_IS_GETTERS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .disable(SerializationFeature.WRITE_DURATIONS_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            // 12.7 users is a typo, not 12 users.
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .build();

    private Json() {
    }

    public static ObjectMapper mapper() {
        return MAPPER;
    }

    public static String write(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    public static String writePretty(Object value) {
        try {
            return MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write " + value.getClass().getSimpleName() + " as JSON", e);
        }
    }

    /**
     * Reads a value; bad JSON becomes {@link InvalidInput} naming the field. An empty body, {@code null}, or a
     * value of the wrong shape anywhere is refused in words a client can act on, never in the server's types.
     */
    public static <T> T read(String json, Class<T> type) {
        requireContent(json);
        T value;
        try {
            value = MAPPER.readValue(json, type);
        } catch (JsonMappingException e) {
            throw invalid(e);
        } catch (JsonProcessingException e) {
            throw JsonMistakes.syntax(e);
        }
        if (value == null) {
            throw InvalidInput.of(JsonMistakes.WHOLE, "is null; it must be " + JsonMistakes.shape(type));
        }
        return value;
    }

    /** Reads a body that must be one JSON object (a merge patch, a template), refused like {@link #read}. */
    public static ObjectNode readObject(String json) {
        requireContent(json);
        JsonNode tree;
        try {
            tree = MAPPER.readTree(json);
        } catch (JsonMappingException e) {
            throw invalid(e);
        } catch (JsonProcessingException e) {
            throw JsonMistakes.syntax(e);
        }
        if (tree == null || !tree.isObject()) {
            throw InvalidInput.of(JsonMistakes.WHOLE, "is " + JsonMistakes.describe(tree) + "; it must be a JSON object");
        }
        NulFreeStrings.check(tree, "");
        return (ObjectNode) tree;
    }

    private static void requireContent(String json) {
        if (json == null || json.isBlank()) {
            throw InvalidInput.of(JsonMistakes.WHOLE, "is empty; it must be a JSON object");
        }
    }

    /** Turns Jackson's complaint into a problem with the field's path and a sentence a person can use. */
    public static InvalidInput invalid(JsonMappingException e) {
        return JsonMistakes.of(e);
    }

    /** For callers that stream: wraps the IOException of a closed or broken stream. */
    public static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
