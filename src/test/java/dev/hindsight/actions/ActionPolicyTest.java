package dev.hindsight.actions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import org.junit.jupiter.api.Test;

class ActionPolicyTest {

    private static final ZoneId UTC = ZoneId.of("UTC");
    private static final ZoneId BERLIN = ZoneId.of("Europe/Berlin");
    private static final ZoneId LOS_ANGELES = ZoneId.of("America/Los_Angeles");

    private static ActionPolicy preset(String name) {
        return ActionPolicy.preset(name).orElseThrow();
    }

    private static Instant at(String local, ZoneId zone) {
        return java.time.LocalDateTime.parse(local).atZone(zone).toInstant();
    }

    @Test
    void theThreeSeedPoliciesShipAsPresetsWithTheirOwnWords() {
        assertThat(ActionPolicy.presets()).extracting(ActionPolicy::name)
                .containsExactly("p-levels", "horizon-days", "horizon-months");
        assertThat(preset("p-levels").tiers()).extracting(ActionPolicy.Tier::label).containsExactly("P0", "P1", "P2");
        assertThat(preset("horizon-days").tiers()).extracting(ActionPolicy.Tier::label)
                .containsExactly("Immediate", "Short-term", "Long-term");
        assertThat(ActionPolicy.defaults().name()).isEqualTo("p-levels");
    }

    @Test
    void pLevelsGiveP0FortyEightHoursP1FourteenDaysAndP2TwentyEightDays() {
        ActionPolicy policy = preset("p-levels");
        Instant resolved = at("2026-03-10T16:30", UTC);
        assertThat(policy.latestDue(Priority.P0, resolved, UTC)).contains(LocalDate.of(2026, 3, 12));
        assertThat(policy.latestDue(Priority.P1, resolved, UTC)).contains(LocalDate.of(2026, 3, 24));
        assertThat(policy.latestDue(Priority.P2, resolved, UTC)).contains(LocalDate.of(2026, 4, 7));
    }

    @Test
    void horizonDaysGiveSevenThirtyAndNinetyDays() {
        ActionPolicy policy = preset("horizon-days");
        Instant resolved = at("2026-01-31T09:00", UTC);
        assertThat(policy.latestDue(Priority.P0, resolved, UTC)).contains(LocalDate.of(2026, 2, 7));
        assertThat(policy.latestDue(Priority.P1, resolved, UTC)).contains(LocalDate.of(2026, 3, 2));
        assertThat(policy.latestDue(Priority.P2, resolved, UTC)).contains(LocalDate.of(2026, 5, 1));
    }

    @Test
    void horizonMonthsCountCalendarMonthsAndStopAtTheEndOfAShortMonth() {
        ActionPolicy policy = preset("horizon-months");
        Instant endOfJanuary = at("2026-01-31T09:00", UTC);
        assertThat(policy.latestDue(Priority.P0, endOfJanuary, UTC)).contains(LocalDate.of(2026, 2, 7));
        assertThat(policy.latestDue(Priority.P1, endOfJanuary, UTC)).contains(LocalDate.of(2026, 2, 28));
        assertThat(policy.latestDue(Priority.P2, endOfJanuary, UTC)).contains(LocalDate.of(2026, 4, 30));
        Instant leapYear = at("2028-01-31T09:00", UTC);
        assertThat(policy.latestDue(Priority.P1, leapYear, UTC)).contains(LocalDate.of(2028, 2, 29));
        Instant endOfNovember = at("2026-11-30T09:00", UTC);
        assertThat(policy.latestDue(Priority.P2, endOfNovember, UTC)).contains(LocalDate.of(2027, 2, 28));
    }

    @Test
    void fortyEightHoursAcrossTheSpringClockChangeEndOneDayLaterOnTheCalendarThanTwoDays() {
        // 23:30 on Saturday 28 March 2026 in Berlin; the clocks go from 02:00 to 03:00 that night, so 48 real hours
        // later it is 00:30 on Tuesday 31 March, while "2 days" on the calendar is Monday 30 March.
        Instant resolved = at("2026-03-28T23:30", BERLIN);
        assertThat(preset("p-levels").latestDue(Priority.P0, resolved, BERLIN)).contains(LocalDate.of(2026, 3, 31));
        assertThat(new ActionPolicy.Tier(Priority.P0, "P0", "P2D").dueFrom(resolved, BERLIN))
                .isEqualTo(LocalDate.of(2026, 3, 30));
    }

    @Test
    void fortyEightHoursAcrossTheAutumnClockChangeEndAnHourEarlierOnTheClock() {
        // 00:30 on Saturday 31 October 2026 in Los Angeles; the clocks go back on 1 November: 48 hours later is
        // 23:30 on Sunday evening, still 1 November, not Monday 2 November.
        Instant resolved = at("2026-10-31T00:30", LOS_ANGELES);
        assertThat(preset("p-levels").latestDue(Priority.P0, resolved, LOS_ANGELES))
                .contains(LocalDate.of(2026, 11, 1));
        assertThat(ZonedDateTime.ofInstant(resolved.plusSeconds(48 * 3600), LOS_ANGELES).getHour()).isEqualTo(23);
    }

    @Test
    void theDayDependsOnTheOrganisationsZone() {
        Instant lateEvening = Instant.parse("2026-06-01T23:30:00Z");
        assertThat(preset("p-levels").latestDue(Priority.P0, lateEvening, UTC)).contains(LocalDate.of(2026, 6, 3));
        assertThat(preset("p-levels").latestDue(Priority.P0, lateEvening, BERLIN)).contains(LocalDate.of(2026, 6, 4));
    }

    @Test
    void anItemDueLaterThanItsPriorityAllowsIsFlaggedAndOneOnTimeIsNot() {
        ActionPolicy policy = preset("p-levels");
        Instant resolved = at("2026-03-10T12:00", UTC);
        ActionItem onTime = ActionItem.of("Add alert", "priya", Priority.P0, LocalDate.of(2026, 3, 12));
        ActionItem late = ActionItem.of("Add alert", "priya", Priority.P0, LocalDate.of(2026, 3, 13));
        ActionItem noPriority = ActionItem.of("Add alert", "priya", null, LocalDate.of(2027, 1, 1));
        assertThat(policy.dueTooLate(onTime, resolved, UTC)).isFalse();
        assertThat(policy.dueTooLate(late, resolved, UTC)).isTrue();
        assertThat(policy.dueTooLate(noPriority, resolved, UTC)).isFalse();
    }

    @Test
    void aTierIsFoundByTheOrganisationsWordIgnoringCase() {
        assertThat(preset("horizon-months").tierLabelled("short-term")).map(ActionPolicy.Tier::priority)
                .contains(Priority.P1);
        assertThat(preset("horizon-months").tierLabelled("P1")).isEmpty();
        assertThat(preset("horizon-months").top()).isEqualTo(Priority.P0);
        assertThat(preset("horizon-months").label(Priority.P2)).isEqualTo("Long-term");
    }

    @Test
    void aWindowThatIsNotIso8601IsRefusedNamingIt() {
        assertThatThrownBy(() -> new ActionPolicy.Tier(Priority.P0, "P0", "two days"))
                .hasMessageContaining("'two days' is not an ISO-8601 duration");
    }
}
