package dev.hindsight.incident;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializationConfig;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.BeanPropertyWriter;
import com.fasterxml.jackson.databind.ser.BeanSerializerModifier;
import com.fasterxml.jackson.databind.type.CollectionType;
import dev.hindsight.timeline.Timeline;
import dev.hindsight.timeline.TimelineEvent;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Teaches the mapper the record's canonical form without putting Jackson into the domain types: the timeline
 * as a list of events each with its derived gap, and the post-mortem's derived fields (read-only: written
 * out, ignored on the way in).
 */
public final class PostMortemJsonModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    /** Found by the mapper through META-INF/services, so the JSON package needs no knowledge of records. */
    public PostMortemJsonModule() {
        super("hindsight-post-mortem");
        addSerializer(Timeline.class, new TimelineSerializer());
        addDeserializer(Timeline.class, new TimelineDeserializer());
        setMixInAnnotation(PostMortem.class, PostMortemMixin.class);
        setMixInAnnotation(TimelineEvent.class, TimelineEventMixin.class);
        setSerializerModifier(new DerivedLast());
    }

    /**
     * The record's components come in their declared order; the derived fields after them, in SchemaWriter's order.
     * Left to Jackson, the derived fields came in the order reflection lists methods, which differs between runs, so
     * the same record was stored as different text (and the same seed gave backups that were not byte-identical).
     */
    private static final class DerivedLast extends BeanSerializerModifier {
        private static final long serialVersionUID = 1L;

        @Override
        public List<BeanPropertyWriter> orderProperties(SerializationConfig config, BeanDescription bean,
                List<BeanPropertyWriter> properties) {
            if (bean.getBeanClass() != PostMortem.class) {
                return properties;
            }
            List<BeanPropertyWriter> ordered = new ArrayList<>(properties.size());
            properties.stream().filter(p -> !SchemaWriter.DERIVED.contains(p.getName())).forEach(ordered::add);
            for (String name : SchemaWriter.DERIVED) {
                properties.stream().filter(p -> p.getName().equals(name)).forEach(ordered::add);
            }
            return ordered;
        }
    }

    /** Each event as its fields plus the gap since the previous one ("1 minute later"), for readers. */
    private static final class TimelineSerializer extends JsonSerializer<Timeline> {
        @Override
        public void serialize(Timeline timeline, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeStartArray();
            for (Timeline.Entry entry : timeline.entries()) {
                TimelineEvent e = entry.event();
                gen.writeStartObject();
                gen.writeStringField("at", e.at().toString());
                gen.writeStringField("zone", e.zone().getId());
                gen.writeStringField("kind", e.kind().code());
                gen.writeStringField("text", e.text());
                gen.writeStringField("author", e.author());
                gen.writeStringField("source", e.source());
                gen.writeStringField("result", e.result());
                gen.writeArrayFieldStart("details");
                for (String detail : e.details()) {
                    gen.writeString(detail);
                }
                gen.writeEndArray();
                gen.writeStringField("gap", entry.gapPhrase());
                gen.writeEndObject();
            }
            gen.writeEndArray();
        }
    }

    private static final class TimelineDeserializer extends JsonDeserializer<Timeline> {
        @Override
        public Timeline deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            CollectionType listType = ctxt.getTypeFactory().constructCollectionType(List.class, TimelineEvent.class);
            List<TimelineEvent> events = ctxt.readValue(p, listType);
            return new Timeline(events);
        }

        @Override
        public Timeline getNullValue(DeserializationContext ctxt) {
            return Timeline.empty();
        }
    }

    @JsonIgnoreProperties(value = {"gap"})
    @JsonPropertyOrder({"at", "zone", "kind", "text", "author", "source", "result", "details"})
    abstract static class TimelineEventMixin {
    }

    @JsonIgnoreProperties(value = {"startedAt", "detectedAt", "resolvedAt", "durationMinutes",
            "respondersByDiscipline", "teamsInvolved"}, allowGetters = true)
    abstract static class PostMortemMixin {
        @JsonProperty("startedAt")
        abstract Optional<Instant> startedAt();

        @JsonProperty("detectedAt")
        abstract Optional<Instant> detectedAt();

        @JsonProperty("resolvedAt")
        abstract Optional<Instant> resolvedAt();

        @JsonProperty("durationMinutes")
        abstract Optional<Long> durationMinutes();

        @JsonProperty("respondersByDiscipline")
        abstract Map<String, Integer> respondersByDiscipline();

        @JsonProperty("teamsInvolved")
        abstract List<String> teamsInvolved();

        @JsonIgnore
        abstract Optional<Duration> duration();

        @JsonIgnore
        abstract dev.hindsight.incident.PostMortemBuilder toBuilder();
    }

}
