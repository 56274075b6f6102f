package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class FormRowsTest {

    private static Map<String, List<String>> form(String... pairs) {
        Map<String, List<String>> form = new LinkedHashMap<>();
        for (int i = 0; i < pairs.length; i += 2) {
            form.computeIfAbsent(pairs[i], k -> new java.util.ArrayList<>()).add(pairs[i + 1]);
        }
        return form;
    }

    @Test
    void rowsComeBackInTheOrderOfTheirNumbersWithTheItemTheyEdit() {
        List<FormRows.Row> rows = FormRows.read(form(
                "row.10.name", "Lee", "row.10.orig", "2",
                "row.2.name", "Ana", "row.2.role", "Incident commander", "row.2.orig", "0",
                "row.9.name", "Jonas"), List.of("name", "role"));

        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Ana", "Jonas", "Lee");
        assertThat(rows).extracting(FormRows.Row::original).containsExactly(0, -1, 2);
        assertThat(rows.get(0).get("role")).isEqualTo("Incident commander");
        assertThat(rows.get(1).get("role")).as("a field the form did not send").isEmpty();
    }

    @Test
    void aRowTickedForRemovalOrLeftBlankIsLeftOut() {
        List<FormRows.Row> rows = FormRows.read(form(
                "row.0.name", "Ana", "row.0.orig", "0", "row.0.remove", "on",
                "row.1.name", "  ", "row.1.role", "", "row.1.orig", "1",
                "row.2.name", "Jonas", "row.2.orig", "2"), List.of("name", "role"));

        assertThat(rows).extracting(r -> r.get("name")).containsExactly("Jonas");
    }

    @Test
    void valuesAreTrimmedAndOnlyTheFirstOfRepeatedFieldsCounts() {
        List<FormRows.Row> rows = FormRows.read(form("row.0.name", "  Ana Costa ", "row.0.name", "Mallory"),
                List.of("name"));

        assertThat(rows).singleElement().satisfies(r -> assertThat(r.get("name")).isEqualTo("Ana Costa"));
    }

    @Test
    void fieldsThatAreNotRowsAndOriginsThatAreNotNumbersAreIgnored() {
        List<FormRows.Row> rows = FormRows.read(form(
                "_csrf", "token", "revision", "3", "row.x.name", "Nobody", "row.12345.name", "Too far",
                "row.0.name", "Ana", "row.0.orig", "first"), List.of("name"));

        assertThat(rows).singleElement().satisfies(r -> {
            assertThat(r.get("name")).isEqualTo("Ana");
            assertThat(r.original()).isEqualTo(-1);
        });
    }

    @Test
    void oneFieldIsItsFirstValueOrEmpty() {
        assertThat(FormRows.one(form("revision", "3", "revision", "4"), "revision")).isEqualTo("3");
        assertThat(FormRows.one(form(), "revision")).isEmpty();
        assertThat(FormRows.one(Map.of("revision", List.of()), "revision")).isEmpty();
    }
}
