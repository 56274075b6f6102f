package dev.hindsight.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.incident.Status;
import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class QuerySyntaxTest {

    private static SearchQuery parse(String q) {
        return QuerySyntax.parse(q, Map.of(), 1, 20);
    }

    private static FieldProblem refusal(String q, Map<String, String> params) {
        var thrown = org.assertj.core.api.Assertions.catchThrowableOfType(
                () -> QuerySyntax.parse(q, params, 1, 20), InvalidInput.class);
        assertThat(thrown).as(q).isNotNull();
        return thrown.problems().get(0);
    }

    @Test
    void wordsPhrasesAndExclusionsAreReadApart() {
        SearchQuery q = parse("checkout \"connection pool\" -retry -\"load balancer\" timeouts");

        assertThat(q.terms()).containsExactly(new SearchTerm("checkout", false),
                new SearchTerm("connection pool", true), new SearchTerm("timeouts", false));
        assertThat(q.excluded()).containsExactly(new SearchTerm("retry", false),
                new SearchTerm("load balancer", true));
    }

    @Test
    void filtersAreReadWithQuotedValuesAndCaseFolded() {
        SearchQuery q = parse("db service:\"Payments API\" severity:1 status:in-review responder:Priya "
                + "from:2026-01-01 to:2026-03-31 has:open-actions");

        assertThat(q.terms()).containsExactly(new SearchTerm("db", false));
        assertThat(q.filters()).isEqualTo(new SearchFilters(1, Status.IN_REVIEW, "payments api", "priya",
                LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31), true));
    }

    @Test
    void filtersMayComeAsParametersOfTheirOwn() {
        SearchQuery q = QuerySyntax.parse("db", Map.of("severity", "2", "service", "Checkout", "status", " "), 2, 50);

        assertThat(q.filters().severity()).isEqualTo(2);
        assertThat(q.filters().service()).isEqualTo("checkout");
        assertThat(q.filters().status()).isNull();
        assertThat(q.offset()).isEqualTo(50);
    }

    @Test
    void anUnterminatedPhraseRunsToTheEndAndPunctuationAloneIsDropped() {
        SearchQuery q = parse("-- && \"half open");

        assertThat(q.terms()).containsExactly(new SearchTerm("half open", true));
        assertThat(q.excluded()).isEmpty();
    }

    @Test
    void whatCannotBeReadIsRefusedNamingTheParameterAndTheProblem() {
        assertThat(refusal("db colour:red", Map.of())).satisfies(p -> {
            assertThat(p.field()).isEqualTo("q");
            assertThat(p.problem()).contains("'colour:' is not a filter").contains("service:");
        });
        assertThat(refusal("db severity:high", Map.of()).problem()).contains("severity 'high'");
        assertThat(refusal("db status:closed", Map.of()).problem()).contains("'closed'").contains("final");
        assertThat(refusal("db from:yesterday", Map.of()).problem()).contains("2026-03-31");
        assertThat(refusal("db from:2026-03-02 to:2026-03-01", Map.of()).problem()).contains("before");
        // Java reads years out to a billion; a day past them overflowed the search's arithmetic (a 500).
        assertThat(refusal("db to:+999999999-12-31", Map.of()).problem()).contains("between 0001-01-01");
        assertThat(refusal("db", Map.of("from", "-000001-01-01")).problem()).contains("between 0001-01-01");
        assertThat(refusal("db has:cats", Map.of()).problem()).contains("has:open-actions");
        assertThat(refusal("db severity:1 severity:2", Map.of()).problem()).contains("twice");
        assertThat(refusal("db -service:x", Map.of()).problem()).contains("cannot be excluded");
        assertThat(refusal("-db", Map.of()).problem()).contains("looks for none");
        assertThat(refusal("  ", Map.of()).problem()).contains("is empty");
        assertThat(refusal("db", Map.of("severity", "x")).field()).isEqualTo("severity");
        assertThat(refusal("db severity:1", Map.of("severity", "1")).field()).isEqualTo("severity");
    }

    @Test
    void theQueryAndThePageAreBounded() {
        assertThat(refusal("a".repeat(QuerySyntax.MAX_CHARACTERS + 1), Map.of()).problem()).contains("at most 500");
        assertThat(refusal("w ".repeat(QuerySyntax.MAX_TERMS + 1), Map.of()).problem()).contains("at most 16");
        assertThatThrownBy(() -> QuerySyntax.parse("db", Map.of(), 1, SearchQuery.MAX_PAGE_SIZE + 1))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("pageSize"));
        assertThatThrownBy(() -> QuerySyntax.parse("db", Map.of(), 51, 20))
                .isInstanceOfSatisfying(InvalidInput.class,
                        e -> assertThat(e.problems().get(0).field()).isEqualTo("page"));
        assertThat(QuerySyntax.parse("db", Map.of(), 50, 20).page()).isEqualTo(50);
        assertThat(List.of(parse("w ".repeat(QuerySyntax.MAX_TERMS)).terms().size())).containsExactly(16);
    }

    @Test
    void theFts5ExpressionQuotesEveryTerm() {
        assertThat(SqliteMatch.words(parse("a\"b NEAR -\"c d\"")))
                .isEqualTo("((\"a\"\"b\" AND \"NEAR\") NOT \"c d\")");
        assertThat(SqliteMatch.words(parse("\uE002statusfinal"))).as("no filter word").isEqualTo("(\" statusfinal\")");
    }
}
