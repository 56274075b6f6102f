package dev.hindsight.importer.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.ZoneId;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PlaceTimesTest {

    @Test
    void aCityBeforeTimeNamesItsRegionWithoutAList() {
        assertEquals(Optional.of(ZoneId.of("Europe/Lisbon")), PlaceTimes.only("At 23:10 Lisbon time the job hung."));
        assertEquals(Optional.of(ZoneId.of("America/Monterrey")), PlaceTimes.only("Times are Monterrey local time."));
    }

    @Test
    void aCountryOrLocalPhraseNamesTheRegionListedForIt() {
        assertEquals(Optional.of(ZoneId.of("Europe/London")), PlaceTimes.only("all times are UK local time"));
        assertEquals(Optional.of(ZoneId.of("Europe/Madrid")), PlaceTimes.only("Las horas son hora peninsular."));
    }

    @Test
    void twoPlacesOrAPlaceInBracketsStateNoClock() {
        assertEquals(Optional.empty(), PlaceTimes.only("Unless it says Perth time, a time is Berlin time."));
        assertEquals(Optional.empty(), PlaceTimes.only("09:12 (17:12 Perth time) paging starts"));
        assertEquals(Optional.empty(), PlaceTimes.only("our Lisbon office reopened at a later time"));
    }

    @Test
    void aValueWithAZoneAsideStatesTheDocumentsZone() {
        assertEquals(Optional.of(ZoneId.of("Europe/London")),
                ContextClues.asideZone("Leeds hub 3 (all times are UK local time, BST)"));
        assertEquals(Optional.of(ZoneId.of("America/Chicago")),
                ContextClues.statedZone("All times are site time (Saltillo, CST, UTC-6)."));
    }

    @Test
    void aPlaceInBracketsWithoutATimeOfItsOwnStatesTheClock() {
        assertEquals(Optional.of(ZoneId.of("Europe/London")),
                PlaceTimes.only("The kiosks were offline from 9am until noon on Monday 3 May (UK time)."));
    }
}
