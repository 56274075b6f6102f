package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A phone's group chat exported as text (WhatsApp's) read as the channel's timeline with its dates in full. */
class PhoneChatExportTest {

    private static String markdown(String chat) {
        return PhoneChatExport.asMarkdown(chat.getBytes(StandardCharsets.UTF_8)).orElseThrow();
    }

    @Test
    void eachMessageIsATimedEntryDatedDayFirstWhenADayPastTwelveSaysSo() {
        String text = markdown("""
                [01/04/2026, 18:00:02] Lee Ward: \u200ELee Ward created group "Bakery"
                [14/04/2026, 06:10:40] Ola Berg: Oven 2 won't heat
                [14/04/2026, 06:12:05] Lee Ward: calling the engineer
                and the landlord
                """);

        assertThat(text).contains("- 2026-04-01 18:00:02 Lee Ward: Lee Ward created group \"Bakery\"\n")
                .contains("- 2026-04-14 06:10:40 Ola Berg: Oven 2 won't heat\n")
                .contains("- 2026-04-14 06:12:05 Lee Ward: calling the engineer and the landlord\n");
    }

    @Test
    void aTwelveHourExportIsMonthFirstAndAnAndroidLineIsOneToo() {
        String text = markdown("""
                3/4/26, 9:05 PM - Ola Berg: the card reader is down
                3/4/26, 9:07 PM - Lee Ward: restarting it
                3/4/26, 9:20 PM - Ola Berg: back up
                """);

        assertThat(text).contains("- 2026-03-04 21:05:00 Ola Berg: the card reader is down\n");
    }

    @Test
    void aLongMessageIsWrittenOutWithALineOverAListAsItsHeading() {
        String text = markdown("[14/04/2026, 06:10:40] Ola Berg: Oven 2 won't heat\n"
                + "[14/04/2026, 06:12:05] Lee Ward: calling the engineer\n"
                + "[14/04/2026, 11:00:00] Lee Ward: Summary for the records:\n"
                + "Oven 2 was down from 06:05 to 10:20 because the thermostat failed and nobody on the early shift had a spare part to hand.\n"
                + "What we'll change:\n1) Keep a spare thermostat\n2) Service both ovens in May\n");

        assertThat(text).contains("# Message from Lee Ward\n\nPosted by Lee Ward.\n\nDate: 2026-04-14 11:00:00\n")
                .contains("## What we'll change\n\n1) Keep a spare thermostat\n2) Service both ovens in May\n");
    }

    @Test
    void aDocumentWhoseFirstLineIsNoMessageIsNotAChat() {
        assertThat(PhoneChatExport.is("# Review\n[14/04/2026, 06:10:40] Ola: x".getBytes(StandardCharsets.UTF_8)))
                .isFalse();
        assertThat(PhoneChatExport.is("14.04.2026 06:10 - Gate: first error".getBytes(StandardCharsets.UTF_8)))
                .isFalse(); // a log line: no comma after the date
    }

    @Test
    void aPostMortemWhoseFirstLineIsStampedLikeAMessageIsNoChat() {
        String postMortem = """
                14/03/2026, 09:00 - Incident: payments API outage

                Summary

                The payments API returned 500s for 40 minutes.
                """;

        assertThat(PhoneChatExport.is(postMortem.getBytes(StandardCharsets.UTF_8))).isFalse();
        assertThat(PhoneChatExport.asMarkdown(postMortem.getBytes(StandardCharsets.UTF_8))).isEmpty();
    }

    @Test
    void anAndroidExportOpeningWithTheAppsOwnLinesIsReadDayFirstWithoutThem() {
        String text = markdown("""
                07/03/2026, 08:10 - Messages and calls are end-to-end encrypted. Tap to learn more.
                07/03/2026, 08:11 - Summer Nguyen created group "Clinic IT"
                07/03/2026, 08:12 - Summer Nguyen: VetDesk won't load
                13/03/2026, 09:02 - Raj Patel: fixed
                """);

        assertThat(text).contains("- 2026-03-07 08:12:00 Summer Nguyen: VetDesk won't load\n")
                .contains("- 2026-03-13 09:02:00 Raj Patel: fixed\n");
        assertThat(text).doesNotContain("encrypted").doesNotContain("created group");
    }
}
