package dev.hindsight.importer.read;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.incident.Impact.UsersAffected;
import dev.hindsight.severity.Severity;
import dev.hindsight.severity.SeverityScale;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Severity, users affected, services affected and the impact summary, as impact sections state them. */
class ImpactReaderTest {

    private static final Conventions SEV_THREE = Conventions.defaults().withSeverityScale(SeverityScale.SEV_THREE);

    @Test
    void timeSpentAtASeverityInAnImpactTableIsNotTheSeverityButTheDeclarationInProseIs() {
        var blocks = AnalysisBlocks.from(40)
                .header("", "")
                .row("Time in SEV-1", "0 mins")
                .row("Time in SEV-2", "40 mins")
                .row("Texts lost", "0")
                .paragraph("Support raised it at 11:26; the incident was declared as SEV-2 at 11:44.")
                .blocks();

        var impact = ImpactReader.read(blocks, SEV_THREE, new ImportLog());

        assertThat(impact.severity()).hasValueSatisfying(s -> {
            assertThat(s.value().label()).isEqualTo("SEV-2");
            assertThat(s.lines()).isEqualTo(Lines.of(46));
        });
        assertThat(ImpactReader.severityWord(blocks)).map(Sourced::value).hasValue("SEV-2");
    }

    @Test
    void aBoldSeverityWordIsPlacedOnTheScaleKeepingItsWordsAndTheGuessIsLogged() {
        var blocks = AnalysisBlocks.from(12)
                .paragraph("Severity: Major (High Impact, card payments failing)\n"
                        + "Services affected: Checkout API, payments-gateway and Ledger")
                .paragraph("Around 30% of users could not complete an order for 48 minutes.")
                .blocks();
        var log = new ImportLog();

        var impact = ImpactReader.read(blocks, SEV_THREE, log);

        assertThat(impact.severity()).hasValueSatisfying(s -> {
            assertThat(s.value()).isEqualTo(new Severity(2, "Major (High Impact, card payments failing)"));
            assertThat(s.lines()).isEqualTo(Lines.of(12));
        });
        assertThat(log.guesses()).singleElement().satisfies(g -> {
            assertThat(g.what()).contains("'Major", "level 2", "SEV2");
            assertThat(g.from()).isEqualTo(Lines.of(12));
        });
        // A severity word's brackets are how the template writes the level: nothing is parted from it.
        assertThat(impact.severityNote()).isEmpty();
        assertThat(impact.services()).extracting(Sourced::value).containsExactly("Checkout API", "payments-gateway", "Ledger");
        assertThat(impact.services()).extracting(Sourced::lines).containsOnly(Lines.of(13));
        assertThat(impact.users()).hasValueSatisfying(u -> {
            assertThat(u.value()).isEqualTo(new UsersAffected(null, 30.0, "Around 30% of users"));
            assertThat(u.lines()).isEqualTo(Lines.of(15));
        });
        assertThat(impact.summary()).hasValueSatisfying(s -> {
            assertThat(s.value()).isEqualTo("Around 30% of users could not complete an order for 48 minutes.");
            assertThat(s.lines()).isEqualTo(Lines.of(15));
        });
    }

    @Test
    void numberedSeveritiesMapWithoutAGuess() {
        for (String written : new String[] {"SEV-2", "Sev 2", "S2", "P2", "Level 2", "2"}) {
            var log = new ImportLog();
            var blocks = AnalysisBlocks.from(1).paragraph("Priority/Impact level: " + written).blocks();

            assertThat(ImpactReader.read(blocks, SEV_THREE, log).severity()).as(written)
                    .hasValueSatisfying(s -> assertThat(s.value()).isEqualTo(new Severity(2, written)));
            assertThat(log.guesses()).as(written).isEmpty();
        }
    }

    @Test
    void aScaleLabelMatchesExactlyAndPZeroIsTheMostSevereLevelAsAGuess() {
        var log = new ImportLog();
        var fourLevels = Conventions.defaults().withSeverityScale(SeverityScale.SEV_FOUR);

        assertThat(ImpactReader.read(AnalysisBlocks.from(1).item("Severity: sev-3").blocks(), fourLevels, log).severity())
                .hasValueSatisfying(s -> assertThat(s.value()).isEqualTo(new Severity(3, "sev-3")));
        assertThat(log.guesses()).isEmpty();
        assertThat(ImpactReader.read(AnalysisBlocks.from(1).item("Priority: P0").blocks(), fourLevels, log).severity())
                .hasValueSatisfying(s -> assertThat(s.value()).isEqualTo(new Severity(1, "P0")));
        assertThat(log.guesses()).singleElement().satisfies(g -> assertThat(g.what()).contains("most severe"));
    }

    @Test
    void aSeverityOnNoScaleIsNotInventedButKeptInTheSummaryAndNoted() {
        var blocks = AnalysisBlocks.from(4)
                .paragraph("Severity: Amber\nThe mobile app showed stale balances.")
                .blocks();
        var log = new ImportLog();

        var impact = ImpactReader.read(blocks, SEV_THREE, log);

        assertThat(impact.severity()).isEmpty();
        assertThat(log.notes()).singleElement().asString().contains("'Amber'", "not on the configured", "impact summary");
        assertThat(impact.summary()).hasValueSatisfying(s ->
                assertThat(s.value()).isEqualTo("Severity: Amber\nThe mobile app showed stale balances."));
        assertThat(ImpactReader.severityWord(blocks)).hasValueSatisfying(w -> {
            assertThat(w.value()).isEqualTo("Amber");
            assertThat(w.lines()).isEqualTo(Lines.of(4));
        });
    }

    @Test
    void aLevelFollowedByANoteInBracketsIsTheLevelAndTheNoteIsReadApart() {
        var blocks = AnalysisBlocks.from(9)
                .paragraph("Incident priority: P1 (Major Incident)")
                .paragraph("Residents could not report missed collections.")
                .blocks();
        var log = new ImportLog();

        var impact = ImpactReader.read(blocks, SEV_THREE, log);

        assertThat(impact.severity()).hasValueSatisfying(s -> {
            assertThat(s.value()).isEqualTo(new Severity(1, "P1"));
            assertThat(s.lines()).isEqualTo(Lines.of(9));
        });
        assertThat(impact.severityNote()).hasValueSatisfying(n -> {
            assertThat(n.value()).isEqualTo("Major Incident");
            assertThat(n.lines()).isEqualTo(Lines.of(9));
        });
        assertThat(log.guesses()).isEmpty();
        assertThat(impact.summary()).map(Sourced::value).hasValue("Residents could not report missed collections.");
    }

    @Test
    void aLabelInTwoLanguagesStatesTheSeverityWhenEitherOfItsWordsDoes() {
        var blocks = AnalysisBlocks.from(9).header("Feld / Field", "Wert / Value")
                .row("Störungsklasse / Severity", "Störungsklasse 2 (hoch / high)").blocks();

        var impact = ImpactReader.read(blocks, SEV_THREE, new ImportLog());

        assertThat(impact.severity()).hasValueSatisfying(s -> assertThat(s.value())
                .isEqualTo(new Severity(2, "Störungsklasse 2")));
        assertThat(impact.severityNote()).map(Sourced::value).hasValue("hoch / high");
    }

    @Test
    void aClassificationByLetteredCategoryIsTheSeverityTheLetterTellingTheLevelAsAGuess() {
        var blocks = AnalysisBlocks.from(8).header("", "")
                .row("Classification", "Category B (major operational disruption)").blocks();
        var log = new ImportLog();

        var impact = ImpactReader.read(blocks, SEV_THREE, log);

        assertThat(impact.severity()).hasValueSatisfying(s -> assertThat(s.value())
                .isEqualTo(new Severity(2, "Category B")));
        assertThat(impact.severityNote()).map(Sourced::value).hasValue("major operational disruption");
        assertThat(log.guesses()).singleElement().satisfies(g -> assertThat(g.what()).contains("'Category B'",
                "level 2", "letter"));
    }

    @Test
    void aClassificationThatIsNoSeverityIsNotRead() {
        for (String value : new String[] {"Confidential", "Critical infrastructure", "Category Bravo"}) {
            var blocks = AnalysisBlocks.from(1).paragraph("Classification: " + value).blocks();

            assertThat(ImpactReader.read(blocks, SEV_THREE, new ImportLog()).severity()).as(value).isEmpty();
        }
    }

    @Test
    void aSeverityNamedInProseIsRead() {
        var blocks = AnalysisBlocks.from(2).paragraph("This was declared a SEV1 at 09:14 by the on-call lead.").blocks();

        assertThat(ImpactReader.read(blocks, SEV_THREE, new ImportLog()).severity())
                .hasValueSatisfying(s -> assertThat(s.value()).isEqualTo(new Severity(1, "SEV1")));
    }

    @Test
    void aLabelFollowedByAListNamesTheServicesInTheCataloguesSpelling() {
        var blocks = AnalysisBlocks.from(30)
                .paragraph("Affected services:")
                .item("backend api")
                .item("Notifications worker")
                .paragraph("Both recovered once the pool was resized.")
                .blocks();

        var impact = ImpactReader.read(blocks, Conventions.defaults(), new ImportLog());

        assertThat(impact.services()).extracting(Sourced::value).containsExactly("Backend API", "Notifications worker");
        assertThat(impact.services()).extracting(Sourced::lines).containsExactly(Lines.of(32), Lines.of(33));
        assertThat(impact.summary()).hasValueSatisfying(s ->
                assertThat(s.value()).isEqualTo("Both recovered once the pool was resized."));
    }

    @Test
    void aHeadingNamesTheServicesOfTheListUnderIt() {
        var blocks = AnalysisBlocks.from(40)
                .heading(3, "Services Impacted")
                .item("Search")
                .item("Recommendations")
                .blocks();

        var impact = ImpactReader.read(blocks, Conventions.defaults(), new ImportLog());

        assertThat(impact.services()).extracting(Sourced::value).containsExactly("Search", "Recommendations");
        assertThat(impact.summary()).isEmpty();
    }

    @Test
    void usersAffectedAsALabelledCountOrAsPhrasesInProse() {
        var labelled = AnalysisBlocks.from(1).row("Customers affected", "~1,200 (about 3%)").blocks();
        assertThat(ImpactReader.read(labelled, Conventions.defaults(), new ImportLog()).users())
                .hasValueSatisfying(u -> assertThat(u.value()).isEqualTo(new UsersAffected(1200L, 3.0, "~1,200 (about 3%)")));

        assertThat(users("Roughly 1.2k active users saw timeouts."))
                .isEqualTo(new UsersAffected(1200L, null, "Roughly 1.2k active users"));
        assertThat(users("about 1,200 customers were charged twice"))
                .isEqualTo(new UsersAffected(1200L, null, "about 1,200 customers"));
        assertThat(users("Logins failed for all users in eu-west."))
                .isEqualTo(new UsersAffected(null, null, "all users in eu-west"));
        assertThat(users("It affected all of our customers."))
                .isEqualTo(new UsersAffected(null, 100.0, "all of our customers"));
        assertThat(users("The outage lasted 2 hours for users on iOS.")).isNull();
    }

    @Test
    void everyLineLandsInAFieldTheSummaryOrTheLog() {
        var blocks = AnalysisBlocks.from(1)
                .paragraph("Severity: SEV-X\nUsers affected: about 40 merchants")
                .heading(3, "Affected systems")
                .item("Payouts")
                .item("[Service name]")
                .paragraph("Payouts were delayed by a day.")
                .blocks();
        var log = new ImportLog();

        var impact = ImpactReader.read(blocks, Conventions.defaults(), log);

        List<Lines> accounted = new ArrayList<>();
        impact.severity().ifPresent(s -> accounted.add(s.lines()));
        impact.users().ifPresent(u -> accounted.add(u.lines()));
        impact.services().forEach(s -> accounted.add(s.lines()));
        impact.summary().ifPresent(s -> accounted.add(s.lines()));
        log.context().forEach(c -> accounted.add(c.lines()));
        log.skipped().forEach(k -> accounted.add(k.lines()));
        for (var b : blocks) {
            for (int line = b.lines().first(); line <= b.lines().last(); line++) {
                int l = line;
                assertThat(accounted).as("line %d", l).anyMatch(a -> a.contains(l));
            }
        }
        assertThat(impact.services()).extracting(Sourced::value).containsExactly("Payouts");
        assertThat(log.skipped()).extracting(ImportLog.Skipped::lines).containsExactly(Lines.of(1), Lines.of(7));
        assertThat(impact.summary()).hasValueSatisfying(s -> assertThat(s.value()).isEqualTo("Payouts were delayed by a day."));
    }

    private static UsersAffected users(String prose) {
        var blocks = AnalysisBlocks.from(1).paragraph(prose).blocks();
        return ImpactReader.read(blocks, Conventions.defaults(), new ImportLog()).users().map(Sourced::value).orElse(null);
    }
}
