package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.timeline.EventKind;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class MilestoneWordsTest {

    @Test
    void theWordsAreTriedInTheOrderTheFileListsThemTheMoreSpecificFirst() {
        assertThat(MilestoneWords.WORDS.keySet()).containsExactly(EventKind.CLOSED, EventKind.PARTIALLY_RECOVERED,
                EventKind.RESOLVED, EventKind.SOLUTION_READY, EventKind.MITIGATED, EventKind.MITIGATION_STARTED,
                EventKind.ROOT_CAUSE_IDENTIFIED, EventKind.ESCALATED, EventKind.DECLARED, EventKind.DETECTED,
                EventKind.ACKNOWLEDGED, EventKind.STARTED);
        assertThat(MilestoneWords.of("Partially recovered after the failover")).isEqualTo(EventKind.PARTIALLY_RECOVERED);
        assertThat(MilestoneWords.of("Nobody noticed the queue climbing")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("The hotfix has not resolved it")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("The hotfix hasn't resolved it")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Error_ratio alert pages Stefan")).isEqualTo(EventKind.DETECTED);
    }

    @Test
    void aServiceRestoredInAnyTenseIsTheResolution() {
        assertThat(MilestoneWords.of("Service is restored by switching to the backup")).isEqualTo(EventKind.RESOLVED);
        assertThat(MilestoneWords.of("Services have been restored")).isEqualTo(EventKind.RESOLVED);
        assertThat(MilestoneWords.of("Service was restored")).isEqualTo(EventKind.RESOLVED);
    }

    @Test
    void theHarmsSignsStoppingMitigateItUnlessTheyCameBack() {
        assertThat(MilestoneWords.of("Declines ceased at 16:35")).isEqualTo(EventKind.MITIGATED);
        assertThat(MilestoneWords.of("Rolled back v42; errors stopped.")).isEqualTo(EventKind.MITIGATED);
        assertThat(MilestoneWords.of("Errors stopped at 10:20 but resumed at 10:25.")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Test failures stopped the release train")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Checkout pages stopped.")).isEqualTo(EventKind.NOTE);
    }

    @Test
    void theFirstSignsOfHarmStartTheIncidentButNotTheFirstFix() {
        assertThat(MilestoneWords.of("First incorrect declines for the affected BIN ranges."))
                .isEqualTo(EventKind.STARTED);
        assertThat(MilestoneWords.of("Players start getting disconnected with error code E-221"))
                .isEqualTo(EventKind.STARTED);
        assertThat(MilestoneWords.of("Disconnect rate starts climbing")).isEqualTo(EventKind.STARTED);
        assertThat(MilestoneWords.of("Worker RSS starts climbing on 3 of 24 pods")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("First error-free canary run")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("First errors fixed in the hotfix")).isEqualTo(EventKind.NOTE);
    }

    @Test
    void someoneSpottingOrReportingItFirstIsTheDetection() {
        assertThat(MilestoneWords.of("Rosa in Finance spots duplicate invoice numbers")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("First report from a site (Tilburg shift lead)")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("An analyst raises an alert with the duty manager")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Two spots were left on the ferry")).isEqualTo(EventKind.NOTE);
    }

    @Test
    void anAlertPagingSomeoneOrACallToTheDeskIsTheDetection() {
        assertThat(MilestoneWords.of("alert `events_per_settlement > 1.2` fires in #payments-alerts"))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("leaderboard_error_ratio pages game-services on-call (Caio)"))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("orders_write_error_ratio pages Stefan.")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Shift lead phones the service desk: nothing is printing"))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("A broker phones the commercial desk: a quote has dropped by a third"))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Datadog monitor goes red. Pages the DB on-call.")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Status pages updated for customers")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Product pages Checkout and Cart return 500s")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Comms updates the status pages Acme customers see")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Incident lead phones the trading desk to warn of delayed fills"))
                .isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("The frontend calls the on-call-schedule API and times out"))
                .isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Support calls the customer back")).isEqualTo(EventKind.NOTE);
    }

    @Test
    void anAlertToolCreatingTheIncidentOrSendingTheAlertIsTheDetection() {
        assertThat(MilestoneWords.of("Alert created by Prometheus: UnlockSuccessRateLow (unlock-api)"))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Incident #1187 created from alert, priority P3")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("The anomaly check warns. The alert goes to the Billing Platform channel."))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Alarm \"Sorter controller failover\" raised to control room."))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Alarm threshold raised to 95% on the sorter")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Alert rules created for the new queue")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Runbook created from the alert review")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Ticket INC-88 created from alert rules export")).isEqualTo(EventKind.NOTE);
    }

    @Test
    void theFirstCallsAndRingingPhonesAreTheDetection() {
        assertThat(MilestoneWords.of("Booking desk opens; phones start ringing.")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Venue ops radio the ticketing desk: \"some tickets fail at C\""))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Retail agent helpdesk logs the first call (\"meter not found\")"))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Contact centre reports the first calls about doubled readings."))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Support lead posts in #support-escalations: diners get no codes"))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Phones on the new firmware reboot")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Support team posts the customer notice")).isEqualTo(EventKind.NOTE);
    }

    @Test
    void closingTheIncidentEndsATimelineThatNeverSaysResolved() {
        assertThat(MilestoneWords.of("Test order accepted. Ines closes the incident.")).isEqualTo(EventKind.CLOSED);
        assertThat(MilestoneWords.kinds(List.of(java.time.Instant.parse("2026-10-20T03:52:00Z"),
                        java.time.Instant.parse("2026-10-20T07:11:00Z")),
                List.of("First rejected order (customer order 55-10931).",
                        "Test order accepted. Ines closes the incident.")))
                .containsExactly(EventKind.STARTED, EventKind.RESOLVED);
        assertThat(MilestoneWords.of("First rejected orders reversed by the desk")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("First declined card payment recorded in the kiosk logs."))
                .isEqualTo(EventKind.STARTED);
        assertThat(MilestoneWords.of("First call to the IT Service Desk from the duty manager."))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("First call to the payments API times out")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("The rejected orders were first replayed")).isEqualTo(EventKind.NOTE);
    }

    @Test
    void aPartRestoredIsOnlyAPartialRecovery() {
        assertThat(MilestoneWords.of("Search partially restored")).isEqualTo(EventKind.PARTIALLY_RECOVERED);
        assertThat(MilestoneWords.of("Restored the config file from git")).isEqualTo(EventKind.NOTE);
    }

    @Test
    void entriesWordedAsTheirMomentsAreTheirMilestones() {
        assertThat(MilestoneWords.of("Incident declared closed by the duty manager")).isEqualTo(EventKind.CLOSED);
        assertThat(MilestoneWords.of("Incident declared, bridge opened")).isEqualTo(EventKind.DECLARED);
        assertThat(MilestoneWords.of("Dana notices queue time climbing on the regional dashboard"))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Nobody noticed the stale cache")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Alert \"validator rejection rate > 5%\" fires to on-call"))
                .isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Alert: tile decode errors > 10%")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("The disk alert was not triggered at 90%")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("Customer notices were emailed to every merchant")).isEqualTo(EventKind.NOTE);
        assertThat(MilestoneWords.of("TLS handshake to the US endpoint starts failing")).isEqualTo(EventKind.STARTED);
        assertThat(MilestoneWords.of("Gateways on 4.8.0 begin failing uploads")).isEqualTo(EventKind.STARTED);
    }

    /** Milestone wording cut into pieces, and what comes close: the words inside others, in every case. */
    private static final List<String> PIECES = List.of("incident", "Incident", "outage", "was", "closed", "CLOSED",
            "the", "closure", "partially", "partial", "recovered", "recovery", "restored", "resolved", "Resolved",
            "to", "fully", "full", "all", "clear", "All-Clear", "unclear", "service", "services", "has been", "back",
            "normal", "end", "of", "ends", "sends", "online", "bring", "available", "again", "reliably", "fix",
            "ready", "already", "solution", "mitigated", "rolled", "rollback", "roll-back", "roll", "complete",
            "mitigation", "applied", "impact", "ended", "stopped", "rolling", "started", "restarted", "began",
            "a", "root", "cause", "identified", "found", "escalated", "declared", "declares", "acknowledged",
            "acked", "investigating", "first", "alert", "alerts", "fired", "alerted", "paged", "detected",
            "detection", "errors", "start", "starts", "begins", "not", "never", "_", "2", "é", "İ", "\u212A", "");
    private static final String[] GLUE = {" ", " ", "", "-", "  ", "\t", ".", "_"};

    @Test
    void aMilestonesWordingIsNeverRuledOutByTheSearchForItsClues() {
        Random random = new Random(20261206);
        int found = 0;
        for (int i = 0; i < 40_000; i++) {
            StringBuilder text = new StringBuilder();
            int pieces = 1 + random.nextInt(8);
            for (int p = 0; p < pieces; p++) {
                text.append(PIECES.get(random.nextInt(PIECES.size()))).append(GLUE[random.nextInt(GLUE.length)]);
            }
            String t = text.toString();
            for (Map.Entry<EventKind, Pattern> w : MilestoneWords.WORDS.entrySet()) {
                if (w.getValue().matcher(t).find()) {
                    found++;
                    assertThat(MilestoneWords.mentions(t.toLowerCase(Locale.ROOT), MilestoneWords.CLUES.get(w.getKey())))
                            .as("%s in [%s]", w.getKey(), t).isTrue();
                }
            }
        }
        assertThat(found).as("texts with a milestone's wording").isGreaterThan(5_000);
    }

    @Test
    void aNamedAlertOpeningAnEntryOrACheckThatFailsAndPagesIsTheDetection() {
        assertThat(MilestoneWords.of("Payroll variance alert: net pay 3x last run")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Heartbeat probe fails twice and pages")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Night porter calls the IT desk")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("The first call came from a tenant in block C")).isEqualTo(EventKind.DETECTED);
        assertThat(MilestoneWords.of("Runbook for the alert: see the wiki")).isEqualTo(EventKind.NOTE);
    }

    @Test
    void theFirstOfSomethingTimingOutOrFailingIsTheStart() {
        assertThat(MilestoneWords.of("First locker door request times out")).isEqualTo(EventKind.STARTED);
        assertThat(MilestoneWords.of("First retry of the job fails")).isEqualTo(EventKind.NOTE);
    }
}
