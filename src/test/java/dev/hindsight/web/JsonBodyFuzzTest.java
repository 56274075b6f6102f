package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.conventions.Conventions;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.PostMortemRules;
import dev.hindsight.incident.Records;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.template.OrganisationTemplates;

/**
 * Any request body the JSON API reads (a new record, a merge patch onto a stored record, a template upload)
 * either becomes a record, or is refused with {@link InvalidInput} naming the field: never another exception
 * (which would answer 500), a stack overflow, a hang or unbounded memory. The steps are the handlers' own
 * ({@link IncidentApi#create}, {@link IncidentApi#patch}, {@link TemplateApi#save}) without HTTP around them.
 *
 * <p>Without JAZZER_FUZZ this replays the kept inputs under src/test/resources (fast); tools/fuzz fuzzes it.
 */
class JsonBodyFuzzTest {

    private static final PostMortemRules RULES = new PostMortemRules(Conventions.defaults());
    private static final PostMortem STORED = Records.full();
    private static final JsonNode STORED_JSON = Json.mapper().valueToTree(STORED);

    static {
        // Loads (and so instruments) the classes every input reaches before the fuzzer times the first one.
        stored(Json.read(Json.write(STORED), PostMortem.class));
        try {
            templateUpload("{\"source\": \"# {{title}}\"}");
            patched("{\"title\": \"t\", \"severity\": null, \"nope\": 1}");
        } catch (InvalidInput ignored) {
            // only the loading matters
        }
    }

    @FuzzTest(maxDuration = "10m")
    void anyBodyBecomesARecordOrIsRefusedWithAReason(FuzzedDataProvider data) {
        int endpoint = data.consumeInt(0, 2);
        String body = data.consumeRemainingAsString();
        try {
            switch (endpoint) {
                case 0 -> created(body);
                case 1 -> patched(body);
                default -> templateUpload(body);
            }
        } catch (InvalidInput refused) {
            assertThat(refused.problems()).allSatisfy(p -> assertThat(p.field()).isNotBlank());
        }
    }

    /** POST /api/v1/incidents. */
    private static void created(String body) {
        PostMortem draft = Json.read(body, PostMortem.class);
        assertThat(draft).as("a body read as a record").isNotNull();
        stored(draft);
    }

    /** PATCH /api/v1/incidents/{id}: RFC 7396 onto the stored record, then read back as a record. */
    private static void patched(String body) {
        JsonNode patch = Json.readObject(body);
        JsonNode merged = MergePatch.apply(STORED_JSON.deepCopy(), patch);
        PostMortem changed = Json.read(Json.write(merged), PostMortem.class);
        assertThat(changed).as("a patched record").isNotNull();
        stored(changed);
    }

    /** PUT /api/v1/templates/{name}: the body's source is checked as a template. */
    private static void templateUpload(String body) {
        JsonNode json = Json.readObject(body);
        if (!json.path("source").isTextual()) {
            throw InvalidInput.of("source", "is required: the template's text");
        }
        OrganisationTemplates.check("uploaded", json.path("source").asText());
    }

    /** What the store checks before saving, and what every answer then writes. */
    private static void stored(PostMortem record) {
        RULES.check(record);
        assertThat(Json.read(Json.write(record), PostMortem.class)).isEqualTo(record);
    }
}
