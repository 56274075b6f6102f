package dev.hindsight.incident;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ListTotalTest {

    @Test
    void anEstimateIsRoundedToTwoFiguresAndSaysSo() {
        assertThat(ListTotal.estimate(98_975)).isEqualTo(new ListTotal(99_000, true));
        assertThat(ListTotal.estimate(21_456.7).text()).isEqualTo("about 21,000");
    }

    @Test
    void anEstimateIsNeverBelowWhatWasCountedExactly() {
        assertThat(ListTotal.estimate(300).count()).isGreaterThan(ListTotal.EXACT_UP_TO);
    }

    @Test
    void anExactTotalIsShownAsItIs() {
        assertThat(ListTotal.exact(4_536).text()).isEqualTo("4,536");
    }
}
