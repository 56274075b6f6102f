package dev.hindsight.json;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import dev.hindsight.kernel.Coded;
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

    /** Reads a value; bad JSON becomes {@link InvalidInput} naming the field. */
    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonMappingException e) {
            throw invalid(e);
        } catch (JsonProcessingException e) {
            throw InvalidInput.of("(document)", "is not valid JSON: " + e.getOriginalMessage()
                    + locationOf(e));
        }
    }

    /** Turns Jackson's complaint into a problem with the field's path and a sentence a person can use. */
    public static InvalidInput invalid(JsonMappingException e) {
        String field = FieldPath.of(e.getPath());
        String problem;
        if (e instanceof UnrecognizedPropertyException unknown) {
            field = FieldPath.of(e.getPath());
            problem = "is not a field of " + unknown.getReferringClass().getSimpleName()
                    + " (known: " + String.join(", ", unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().toList()) + ")";
        } else if (e instanceof InvalidFormatException format && Coded.class.isAssignableFrom(format.getTargetType())
                && format.getTargetType().isEnum()) {
            problem = "'" + format.getValue() + "' is not one of " + String.join(", ", java.util.Arrays.stream(
                    format.getTargetType().getEnumConstants()).map(c -> ((Coded) c).code()).toList());
        } else if (e instanceof InvalidFormatException format) {
            problem = "'" + format.getValue() + "' is not a valid " + describe(format.getTargetType())
                    + cause(e);
        } else {
            problem = e.getOriginalMessage();
            Throwable root = e.getCause();
            while (root != null && root.getCause() != null && root.getCause() != root) {
                root = root.getCause();
            }
            if (root instanceof IllegalArgumentException || root instanceof NullPointerException) {
                problem = root.getMessage();
            }
        }
        return InvalidInput.of(field.isEmpty() ? "(document)" : field, problem);
    }

    private static String cause(Throwable e) {
        Throwable c = e.getCause();
        return c != null && c.getMessage() != null ? " (" + c.getMessage() + ")" : "";
    }

    private static String describe(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Instant" -> "instant (ISO-8601 UTC, e.g. 2026-03-01T14:05:00Z)";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "ZoneId" -> "time zone (e.g. America/Los_Angeles or UTC)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Double", "double" -> "number";
            case "Boolean", "boolean" -> "true or false";
            default -> type.isEnum() ? "value" : type.getSimpleName();
        };
    }

    private static String locationOf(JsonProcessingException e) {
        return e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr();
    }

    /** For callers that stream: wraps the IOException of a closed or broken stream. */
    public static UncheckedIOException unchecked(IOException e) {
        return new UncheckedIOException(e);
    }
}
