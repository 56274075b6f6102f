package dev.hindsight.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleDeserializers;
import com.fasterxml.jackson.databind.module.SimpleModule;
import dev.hindsight.kernel.Coded;
import java.io.IOException;

/**
 * Writes every closed vocabulary ({@link Coded}) by its code and reads it by code or alias, so JSON says
 * "in_review" and "P0" whatever the Java names are.
 */
final class CodedModule extends SimpleModule {
    private static final long serialVersionUID = 1L;

    CodedModule() {
        super("hindsight-coded");
        addSerializer(Coded.class, new CodedSerializer());
        setDeserializers(new CodedDeserializers());
    }

    private static final class CodedSerializer extends JsonSerializer<Coded> {
        @Override
        public void serialize(Coded value, JsonGenerator gen, SerializerProvider provider) throws IOException {
            gen.writeString(value.code());
        }
    }

    private static final class CodedDeserializers extends SimpleDeserializers {
        private static final long serialVersionUID = 1L;

        @Override
        @SuppressWarnings({"unchecked", "rawtypes"})
        public JsonDeserializer<?> findEnumDeserializer(Class<?> type, DeserializationConfig config,
                                                        BeanDescription beanDesc) {
            if (Coded.class.isAssignableFrom(type)) {
                return new CodedDeserializer(type);
            }
            return null;
        }
    }

    @SuppressWarnings({"rawtypes", "unchecked"})
    private static final class CodedDeserializer extends JsonDeserializer<Object> {
        private final Class type;

        CodedDeserializer(Class type) {
            this.type = type;
        }

        @Override
        public Object deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            String text = p.getValueAsString();
            try {
                return Coded.parse(type, text);
            } catch (IllegalArgumentException e) {
                throw ctxt.weirdStringException(text, type, e.getMessage());
            }
        }
    }
}
