package dev.hindsight.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import dev.hindsight.kernel.Coded;
import dev.hindsight.kernel.InvalidInput;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;

/**
 * Jackson's complaints in words for whoever sent the JSON: which field, what shape it must have and what it was.
 * Jackson's own messages name the server's Java types ({@code `java.util.ArrayList<...>`}), which mean nothing
 * to a client and tell an attacker what runs inside, so none of them is passed on as it is.
 */
final class JsonMistakes {

    /** The field name for the whole body. */
    static final String WHOLE = "(document)";

    private JsonMistakes() {
    }

    static InvalidInput of(JsonMappingException e) {
        String field = FieldPath.of(e.getPath());
        return InvalidInput.of(field.isEmpty() ? WHOLE : field, problem(e));
    }

    static InvalidInput syntax(JsonProcessingException e) {
        String reason = e.getOriginalMessage() == null ? "" : e.getOriginalMessage();
        // Jackson appends where an unclosed object started, with its internal source description; our own
        // location below says where reading stopped.
        int marker = reason.indexOf(" (start marker");
        reason = plain(marker >= 0 ? reason.substring(0, marker) : reason.lines().findFirst().orElse(""));
        return InvalidInput.of(WHOLE, "is not valid JSON" + (reason.isEmpty() ? "" : ": " + reason)
                + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                + e.getLocation().getColumnNr()));
    }

    private static String problem(JsonMappingException e) {
        if (e instanceof UnrecognizedPropertyException unknown) {
            return "is not a known field here (known: " + String.join(", ", unknown.getKnownPropertyIds().stream()
                    .map(Object::toString).sorted().toList()) + ")";
        }
        if (e instanceof InvalidFormatException format && format.getTargetType().isEnum()
                && Coded.class.isAssignableFrom(format.getTargetType())) {
            return "'" + format.getValue() + "' is not one of " + String.join(", ", Arrays.stream(
                    format.getTargetType().getEnumConstants()).map(c -> ((Coded) c).code()).toList());
        }
        if (e instanceof InvalidFormatException format) {
            return "'" + format.getValue() + "' is not a valid " + valueName(format.getTargetType()) + cause(e);
        }
        if (e instanceof MismatchedInputException mismatch && e.getOriginalMessage() != null
                && e.getOriginalMessage().startsWith("Trailing token")) {
            return "has more after its end; send one JSON value";
        }
        Throwable root = e.getCause();
        while (root != null && root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        if ((root instanceof IllegalArgumentException || root instanceof NullPointerException)
                && root.getMessage() != null) {
            return plain(root.getMessage());
        }
        if (e instanceof MismatchedInputException mismatch && mismatch.getTargetType() != null) {
            String found = found(e);
            return "must be " + shape(mismatch.getTargetType()) + (found == null ? "" : ", not " + found);
        }
        return plain(e.getOriginalMessage());
    }

    /** What a JSON value of this type looks like, as a client would write it. */
    static String shape(Class<?> type) {
        if (type.isArray() || Collection.class.isAssignableFrom(type)) {
            return "a list";
        }
        if (CharSequence.class.isAssignableFrom(type)) {
            return "text";
        }
        if (Map.class.isAssignableFrom(type)) {
            return "an object";
        }
        return switch (type.getSimpleName()) {
            case "Instant" -> "an " + valueName(type) + " as text";
            case "LocalDate", "ZoneId" -> "a " + valueName(type) + " as text";
            case "Integer", "int", "Long", "long" -> "a whole number";
            case "Double", "double", "Float", "float" -> "a number";
            case "Boolean", "boolean" -> "true or false";
            default -> type.isEnum() ? "one of its codes, as text" : "a JSON object";
        };
    }

    /** What a client sent, in the same words as {@link #shape}. */
    static String describe(JsonNode node) {
        if (node == null || node.isMissingNode()) {
            return "empty";
        }
        if (node.isNull()) {
            return "null";
        }
        if (node.isArray()) {
            return "a list";
        }
        if (node.isTextual()) {
            return "text";
        }
        if (node.isNumber()) {
            return "a number";
        }
        if (node.isBoolean()) {
            return "true or false";
        }
        return "an object";
    }

    private static String found(JsonMappingException e) {
        if (!(e.getProcessor() instanceof JsonParser parser)) {
            return null;
        }
        JsonToken token = parser.currentToken();
        if (token == null) {
            return null;
        }
        return switch (token) {
            case START_ARRAY -> "a list";
            case START_OBJECT, FIELD_NAME -> "an object";
            case VALUE_STRING -> "text";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "a number";
            case VALUE_TRUE, VALUE_FALSE -> "true or false";
            case VALUE_NULL -> "null";
            default -> null;
        };
    }

    private static String valueName(Class<?> type) {
        return switch (type.getSimpleName()) {
            case "Instant" -> "instant (ISO-8601 UTC, e.g. 2026-03-01T14:05:00Z)";
            case "LocalDate" -> "date (YYYY-MM-DD)";
            case "ZoneId" -> "time zone (e.g. America/Los_Angeles or UTC)";
            case "Integer", "int", "Long", "long" -> "whole number";
            case "Double", "double" -> "number";
            case "Boolean", "boolean" -> "true or false";
            default -> "value";
        };
    }

    private static String cause(Throwable e) {
        Throwable c = e.getCause();
        return c != null && c.getMessage() != null ? " (" + plain(c.getMessage()) + ")" : "";
    }

    /** A message with no type of ours in it: anything that names one is replaced by a plain sentence. */
    private static String plain(String message) {
        if (message == null || message.isBlank()) {
            return "has the wrong shape";
        }
        if (message.contains("`") || message.matches("(?s).*\\b(java|javax|dev\\.hindsight|com\\.fasterxml)\\..*")) {
            return "has the wrong shape";
        }
        return message;
    }
}
