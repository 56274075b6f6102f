package dev.hindsight.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.datatype.jsr310.deser.InstantDeserializer;
import com.fasterxml.jackson.datatype.jsr310.deser.LocalDateDeserializer;
import dev.hindsight.kernel.TimeBounds;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.function.Predicate;

/**
 * Every time and day read from JSON is kept to {@link TimeBounds}: read as the Java time module reads it, then
 * refused naming the field when it lies outside. Registered after that module, so it takes their place.
 */
final class TimeBoundsModule extends SimpleModule {

    TimeBoundsModule() {
        super("hindsight-time-bounds");
        addDeserializer(Instant.class, new Bounded<>(Instant.class, InstantDeserializer.INSTANT, TimeBounds::within));
        addDeserializer(LocalDate.class, new Bounded<>(LocalDate.class, LocalDateDeserializer.INSTANCE,
                TimeBounds::within));
    }

    private static final class Bounded<T> extends JsonDeserializer<T> {
        private final Class<?> type;
        private final JsonDeserializer<? extends T> read;
        private final Predicate<T> within;

        Bounded(Class<?> type, JsonDeserializer<? extends T> read, Predicate<T> within) {
            this.type = type;
            this.read = read;
            this.within = within;
        }

        @Override
        public T deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getText();
            T value = read.deserialize(p, ctxt);
            if (value != null && !within.test(value)) {
                // The cause is what the refusal says after "is not a valid date" (JsonMistakes).
                InvalidFormatException refused = InvalidFormatException.from(p, TimeBounds.RANGE, text, type);
                refused.initCause(new IllegalArgumentException(TimeBounds.RANGE));
                throw refused;
            }
            return value;
        }
    }
}
