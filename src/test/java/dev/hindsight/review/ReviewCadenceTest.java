package dev.hindsight.review;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ReviewCadenceTest {

    @Test
    void theDefaultIsThePostIncidentReviewTemplatesWeekOneWeekTwoMonthOneMonthThree() {
        assertThat(ReviewCadence.defaults().from(LocalDate.of(2026, 1, 31))).containsExactly(
                new FollowUpReview(LocalDate.of(2026, 2, 7), "Check immediate actions", false),
                new FollowUpReview(LocalDate.of(2026, 2, 14), "Check short-term actions", false),
                new FollowUpReview(LocalDate.of(2026, 2, 28), "Check all actions", false),
                new FollowUpReview(LocalDate.of(2026, 4, 30), "Final review", false));
    }

    @Test
    void anOrganisationsOwnCadenceIsReadFromPeriodsAndWords() {
        ReviewCadence cadence = ReviewCadence.parse(" P3D Quick check ;; P6M Half-year look back ");
        assertThat(cadence.steps()).extracting(ReviewCadence.Step::focus)
                .containsExactly("Quick check", "Half-year look back");
        assertThat(cadence.from(LocalDate.of(2026, 5, 1))).extracting(FollowUpReview::date)
                .containsExactly(LocalDate.of(2026, 5, 4), LocalDate.of(2026, 11, 1));
    }

    @Test
    void aStepWithoutAPeriodIsRefusedNamingTheStep() {
        assertThatThrownBy(() -> ReviewCadence.parse("P1W Check; next month Check again"))
                .hasMessageContaining("'next month Check again' does not start with an ISO-8601 period");
    }
}
