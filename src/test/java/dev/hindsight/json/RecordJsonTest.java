package dev.hindsight.json;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Records;
import dev.hindsight.kernel.InvalidInput;
import org.junit.jupiter.api.Test;

/** The canonical JSON: what the API, the importer and backups exchange. */
class RecordJsonTest {

    private static PostMortem read(String json) {
        return Json.read(json, PostMortem.class);
    }

    @Test
    void aFullRecordSurvivesARoundTripThroughJson() {
        PostMortem full = Records.full();

        assertThat(Json.read(Json.write(full), PostMortem.class)).isEqualTo(full);
    }

    @Test
    void theJsonCarriesTheKeysOtherToolsRelyOn() throws Exception {
        JsonNode json = Json.mapper().readTree(Json.write(Records.full()));

        assertThat(json.get("title").asText()).startsWith("Checkout API");
        assertThat(json.at("/severity/level").asInt()).isEqualTo(1);
        assertThat(json.at("/severity/label").asText()).isEqualTo("1");
        assertThat(json.get("status").asText()).isEqualTo("in_review");
        assertThat(json.get("startedAt").asText()).isEqualTo("2026-03-08T09:40:00Z");
        assertThat(json.get("detectedAt").asText()).isEqualTo("2026-03-08T09:44:00Z");
        assertThat(json.get("resolvedAt").asText()).isEqualTo("2026-03-08T10:27:00Z");
        assertThat(json.get("durationMinutes").asInt()).isEqualTo(47);
        assertThat(json.at("/timeline/1/kind").asText()).isEqualTo("detected");
        assertThat(json.at("/timeline/1/gap").asText()).isEqualTo("4 minutes later");
        assertThat(json.at("/actionItems/0/dueDate").asText()).isEqualTo("2026-03-15");
        assertThat(json.at("/actionItems/0/priority").asText()).isEqualTo("P0");
        assertThat(json.at("/actionItems/0/status").asText()).isEqualTo("in_progress");
        assertThat(json.at("/responders/0/role").asText()).isEqualTo("Incident Commander");
        assertThat(json.at("/respondersByDiscipline/Software").asInt()).isEqualTo(2);
        assertThat(json.at("/impact/dataCorruption/answer").asBoolean()).isTrue();
    }

    @Test
    void derivedFieldsAreAcceptedOnTheWayInButNeverOverrideTheTimeline() {
        String json = "{\"title\": \"Short\", \"startedAt\": \"2020-01-01T00:00:00Z\", \"durationMinutes\": 999}";

        PostMortem record = Json.read(json, PostMortem.class);

        assertThat(record.startedAt()).isEmpty();
        assertThat(record.durationMinutes()).isEmpty();
    }

    @Test
    void aDurationStatedWithoutMilestonesIsTheRecordsDuration() {
        PostMortem record = read("{\"title\": \"t\", \"reportedTimes\": "
                + "[{\"metric\": \"totalDuration\", \"minutes\": 95, \"asWritten\": \"1 hour 35 minutes\"}]}");

        assertThat(record.durationMinutes()).contains(95L);
        assertThat(Json.write(record)).contains("\"durationMinutes\":95");
    }

    @Test
    void vocabularyAcceptsTheWaysPeopleWriteIt() {
        PostMortem record = read("{\"title\": \"t\", \"status\": \"In Review\", \"actionItems\": "
                + "[{\"title\": \"a\", \"priority\": \"immediate\", \"status\": \"in progress\"}]}");

        assertThat(record.status().code()).isEqualTo("in_review");
        assertThat(record.actionItems().get(0).priority().code()).isEqualTo("P0");
        assertThat(record.actionItems().get(0).status().code()).isEqualTo("in_progress");
    }

    @Test
    void badValuesAreRefusedWithThePathOfTheField() {
        assertThatThrownBy(() -> read("{\"title\": \"t\", \"actionItems\": [{\"title\": \"a\"}, "
                + "{\"title\": \"b\", \"dueDate\": \"next week\"}]}"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("actionItems[1].dueDate");
                    assertThat(e.problems().get(0).problem()).contains("next week", "YYYY-MM-DD");
                });
        assertThatThrownBy(() -> Json.read("{\"title\": \"t\", \"status\": \"shipped\"}", PostMortem.class))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("status");
                    assertThat(e.problems().get(0).problem()).contains("shipped", "draft", "in_review", "final");
                });
        assertThatThrownBy(() -> Json.read("{\"title\": \"t\", \"impact\": {\"blastRadious\": []}}", PostMortem.class))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("impact.blastRadious");
                    assertThat(e.problems().get(0).problem()).contains("blastRadius");
                });
        assertThatThrownBy(() -> Json.read("{\"title\": \"t\",", PostMortem.class)).isInstanceOfSatisfying(
                InvalidInput.class, e -> assertThat(e.problems().get(0).problem()).contains("not valid JSON"));
    }

    /** Found by ExtremeValuesContract: such times reached the store and failed there, a 500 on the API. */
    @Test
    void aTimeOrDayOutsideTheYears1To9999IsRefusedWithThePathOfTheField() {
        for (String at : new String[] {"+999999999-12-31T23:59:59Z", "-000001-01-01T00:00:00Z",
                "+10000-01-01T00:00:00Z"}) {
            assertThatThrownBy(() -> read("{\"title\": \"t\", \"timeline\": [{\"at\": \"" + at
                    + "\", \"kind\": \"started\"}]}"))
                    .isInstanceOfSatisfying(InvalidInput.class, e -> {
                        assertThat(e.problems().get(0).field()).isEqualTo("timeline[0].at");
                        assertThat(e.problems().get(0).problem()).contains(at, "between 0001-01-01 and 9999-12-31");
                    });
        }
        assertThatThrownBy(() -> read("{\"title\": \"t\", \"dateWritten\": \"+999999999-12-31\"}"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).field()).isEqualTo("dateWritten");
                    assertThat(e.problems().get(0).problem()).contains("between 0001-01-01 and 9999-12-31");
                });
        assertThat(read("{\"title\": \"t\", \"dateWritten\": \"9999-12-31\", \"timeline\": [{\"at\": "
                + "\"0001-01-01T00:00:00Z\", \"kind\": \"started\"}]}").dateWritten()).hasYear(9999);
        assertThatThrownBy(() -> read("{\"title\": \"t\", \"reportedTimes\": [{\"metric\": \"time_to_detect\","
                + " \"minutes\": 9223372036854775807}]}"))
                .isInstanceOfSatisfying(InvalidInput.class, e -> {
                    assertThat(e.problems().get(0).field()).startsWith("reportedTimes[0]");
                    assertThat(e.problems().get(0).problem()).contains("at most", "100 years");
                });
    }

    /** Found by JsonBodyFuzzTest: a key of only spaces came back as the field " ", and "" as the whole document. */
    @Test
    void anUnknownKeyThatIsNotAPlainNameIsNamedInQuotesSoThePathStaysReadable() {
        assertThat(unknownFieldOf("{\"title\": \"t\", \" \": []}")).isEqualTo("[\" \"]");
        assertThat(unknownFieldOf("{\"title\": \"t\", \"\": 1}")).isEqualTo("[\"\"]");
        assertThat(unknownFieldOf("{\"title\": \"t\", \"impact\": {\"a.b\": 1}}")).isEqualTo("impact[\"a.b\"]");
        assertThat(unknownFieldOf("{\"title\": \"t\", \"impact\": {\"say \\\"hi\\\"\\n\": 1}}"))
                .isEqualTo("impact[\"say \\\"hi\\\"\\n\"]");
        assertThat(unknownFieldOf("{\"title\": \"t\", \"impact\": {\"blast_radius-2\": 1}}"))
                .isEqualTo("impact.blast_radius-2");
    }

    private static String unknownFieldOf(String json) {
        try {
            read(json);
        } catch (InvalidInput e) {
            return e.problems().get(0).field();
        }
        throw new AssertionError("accepted " + json);
    }
}
