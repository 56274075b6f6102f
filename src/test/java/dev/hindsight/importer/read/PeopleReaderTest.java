package dev.hindsight.importer.read;

import static dev.hindsight.importer.read.Accounting.assertEveryLineAccountedFor;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.hindsight.conventions.Conventions;
import dev.hindsight.importer.blocks.Lines;
import dev.hindsight.incident.Responder;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class PeopleReaderTest {

    private final ImportLog log = new ImportLog();

    private List<Responder> read(HandWritten doc) {
        List<Sourced<Responder>> people = PeopleReader.read(doc.blocks(), Conventions.defaults(), log);
        assertEveryLineAccountedFor(doc.blocks(), people, log);
        return people.stream().map(Sourced::value).toList();
    }

    @Test
    void namesAndRolesAreReadFromBracketsDashesLabelsAndCommas() {
        var people = read(new HandWritten().heading(2, "Responders")
                .item("Priya Raman (Incident Commander)")
                .item("Tomás Ortega - Release Manager")
                .item("Scribe: Dana Okafor")
                .item("Kwame Mensah, SRE")
                .item("Li Wei: technical lead"));
        assertThat(people).extracting(Responder::name, Responder::role).containsExactly(
                tuple("Priya Raman", "Incident Commander"),
                tuple("Tomás Ortega", "Release Manager"),
                tuple("Dana Okafor", "Scribe"),
                tuple("Kwame Mensah", "SRE"),
                tuple("Li Wei", "Technical Lead"));
    }

    @Test
    void aReportsTeamListGivesEachPersonTheRoleInTheirBrackets() {
        var people = read(new HandWritten().heading(2, "D1 — Team")
                .item("Champion: Lucía Garza (Plant Manager)")
                .item("Members: Raúl Ibarra (line technician), Mariana Cantú (IT — plant systems)"));
        assertThat(people).extracting(Responder::name).containsExactly("Lucía Garza", "Raúl Ibarra", "Mariana Cantú");
        assertThat(people.get(0).role()).isEqualTo("Plant Manager");
    }

    @Test
    void aRoleNotConfiguredIsKeptAsWrittenWhicheverWayItIsWritten() {
        var people = read(new HandWritten().heading(2, "Participants")
                .item("Infrastructure on-call (networking): Li Wei")
                .item("Ines Duarte - Infrastructure on-call (networking)")
                .item("Release Manager - Sam Park"));
        assertThat(people).extracting(Responder::name, Responder::role).containsExactly(
                tuple("Li Wei", "Infrastructure on-call (networking)"),
                tuple("Ines Duarte", "Infrastructure on-call (networking)"),
                tuple("Sam Park", "Release Manager"));
    }

    @Test
    void commonAbbreviationsTakeTheConfiguredSpellingOnlyWhenOneIsConfigured() {
        var people = read(new HandWritten().heading(2, "Incident team")
                .item("IC: Ann Byrne")
                .item("TL - Bo Chen")
                .item("Cara Diaz (incident commander)")
                .item("Dev Patel, CL")
                .item("Eve Moss (EM)")
                .item("Fay Lund - Incident Commander (IC)"));
        assertThat(people).extracting(Responder::role).containsExactly("Incident Commander", "Technical Lead",
                "Incident Commander", "Communications", "EM", "Incident Commander");
    }

    @Test
    void aLabelWithSeveralNamesGivesEachItsRoleAndAGeneralLabelGivesNone() {
        var people = read(new HandWritten().heading(2, "People involved")
                .paragraph("Responders: Ann Byrne, Bo Chen\nOn-call engineers: Cara Diaz and Dev Patel"));
        assertThat(people).extracting(Responder::name, Responder::role).containsExactly(
                tuple("Ann Byrne", ""), tuple("Bo Chen", ""),
                tuple("Cara Diaz", "On-call engineers"), tuple("Dev Patel", "On-call engineers"));
    }

    @Test
    void initialsOnOneLineAreOneResponderEach() {
        var people = PeopleReader.read(new HandWritten().heading(2, "Attendees").paragraph("RF, PW, RR").blocks(),
                Conventions.defaults(), log);
        assertThat(people).extracting(p -> p.value().name()).containsExactly("RF", "PW", "RR");
        assertThat(people).extracting(Sourced::lines).containsOnly(Lines.of(2));
    }

    @Test
    void handlesAreRespondersAsWritten() {
        var people = read(new HandWritten().heading(2, "On-call")
                .paragraph("@kwame @li.wei").item("@dana-o"));
        assertThat(people).extracting(Responder::name, Responder::role)
                .containsExactly(tuple("@kwame", ""), tuple("@li.wei", ""), tuple("@dana-o", ""));
    }

    @Test
    void bareNamesHaveNoRoleRatherThanAMadeUpOne() {
        var people = read(new HandWritten().heading(2, "Attendees")
                .item("Ann Marie de la Cruz").item("Bo Chen").item("drewroe"));
        assertThat(people).extracting(Responder::name, Responder::role).containsExactly(
                tuple("Ann Marie de la Cruz", ""), tuple("Bo Chen", ""), tuple("drewroe", ""));
    }

    @Test
    void headingsLabelsAndParentItemsNameTheRoleOrTeamOfThePeopleUnderThem() {
        var people = read(new HandWritten().heading(2, "Responders")
                .heading(3, "Incident Commander").item("Ann Byrne")
                .heading(3, "Others")
                .paragraph("Communications:").item("Bo Chen")
                .item("Payments team").item(1, "Cara Diaz").item(1, "Dev Patel (Scribe)")
                .item("Database on-call").item(1, "Eve Moss"));
        assertThat(people).extracting(Responder::name, Responder::role, Responder::team).containsExactly(
                tuple("Ann Byrne", "Incident Commander", ""),
                tuple("Bo Chen", "Communications", ""),
                tuple("Cara Diaz", "Communications", "Payments team"),
                tuple("Dev Patel", "Scribe", "Payments team"),
                tuple("Eve Moss", "Database on-call", ""));
    }

    @Test
    void bracketsBesidesARoleHoldALinkADisciplineOrATeam() {
        var people = read(new HandWritten().heading(2, "Responders")
                .item("Ann Byrne (@annb)")
                .item("Bo Chen (software)")
                .item("IC: Cara Diaz (Payments)")
                .linked("Dev Patel", "https://chat.example/u/dev"));
        assertThat(people).extracting(Responder::name, Responder::role, Responder::team, Responder::discipline,
                Responder::link).containsExactly(
                tuple("Ann Byrne", "", "", "", "@annb"),
                tuple("Bo Chen", "", "", "Software", ""),
                tuple("Cara Diaz", "Incident Commander", "Payments", "", ""),
                tuple("Dev Patel", "", "", "", "https://chat.example/u/dev"));
        assertThat(log.guesses()).extracting(ImportLog.Guess::field).containsExactly("responders.team");
    }

    @Test
    void aTableIsReadByItsHeaderWords() {
        var doc = new HandWritten().heading(2, "Responders")
                .header("Person", "Role", "Team", "Discipline", "Profile", "Joined", "Hours")
                .row("Ann Byrne", "IC", "SRE", "techops", "https://chat.example/u/ann", "2025-03-02 14:05 UTC", "3")
                .row("Bo Chen", "Database on-call", "Storage", "", "", "14:20", "")
                .row("", "Scribe", "", "", "", "", "");
        var people = read(doc);
        assertThat(people).extracting(Responder::name, Responder::role, Responder::team, Responder::discipline,
                Responder::link).containsExactly(
                tuple("Ann Byrne", "Incident Commander", "SRE", "TechOps", "https://chat.example/u/ann"),
                tuple("Bo Chen", "Database on-call", "Storage", "", ""));
        assertThat(people.get(0).joinedAt()).isEqualTo(java.time.Instant.parse("2025-03-02T14:05:00Z"));
        assertThat(people.get(1).joinedAt()).isNull();
        assertThat(log.notes()).anySatisfy(n -> assertThat(n).contains("'Hours'"))
                .anySatisfy(n -> assertThat(n).contains("'14:20' has no date"));
        assertThat(log.skipped()).extracting(ImportLog.Skipped::reason).containsExactly("a people table row with no name");
    }

    @Test
    void proseAndPlaceholdersAreSkippedWithTheReason() {
        read(new HandWritten().heading(2, "Responders")
                .paragraph("We paged the database team after the second alert fired.")
                .item("TBD")
                .item("Ann Byrne"));
        assertThat(log.skipped()).extracting(ImportLog.Skipped::reason).containsExactly(
                "prose, not a list of people", "'TBD' is a placeholder, not a person");
    }

    @Test
    void someoneListedTwiceIsOneResponder() {
        var people = read(new HandWritten().heading(2, "Attendees")
                .item("Ann Byrne (IC)").item("Bo Chen").item("Ann Byrne (Incident Commander)"));
        assertThat(people).extracting(Responder::name).containsExactly("Ann Byrne", "Bo Chen");
        assertThat(log.skipped()).extracting(ImportLog.Skipped::lines).containsExactly(Lines.of(4));
    }

    @Test
    void theAuthorIsFoundInFrontMatter() {
        var author = PeopleReader.author(new HandWritten().frontMatter("title", "DNS outage")
                .frontMatter("authors", "Ann Byrne, Bo Chen").blocks());
        assertThat(author).contains(new Sourced<>("Ann Byrne, Bo Chen", Lines.of(2)));
    }

    @Test
    void theAuthorIsFoundInTheLinesUnderTheTitle() {
        assertThat(author("Created by: Ann Byrne")).contains("Ann Byrne");
        assertThat(author("Author(s): Ann Byrne, Bo Chen")).contains("Ann Byrne, Bo Chen");
        assertThat(author("Prepared by Dana Okafor on 2025-03-02")).contains("Dana Okafor");
        assertThat(author("Written by @matan")).contains("@matan");
        assertThat(author("Post-mortem owner: Sam Park")).contains("Sam Park");
        assertThat(author("Status: final\nAuthor: Li Wei")).contains("Li Wei");
        assertThat(author("Author: [Name]")).isEmpty();
        assertThat(author("The author of the change was on leave.")).isEmpty();
    }

    @Test
    void theAuthorsLineIsTheOneItIsOn() {
        var author = PeopleReader.author(new HandWritten().heading(1, "DNS outage")
                .paragraph("Status: final\nAuthor: Li Wei").blocks());
        assertThat(author.map(Sourced::lines)).contains(Lines.of(3));
    }

    @Test
    void theAuthorIsFoundInATwoCellRow() {
        var author = PeopleReader.author(new HandWritten().header("Field", "Value").row("Author", "Ann Byrne")
                .blocks());
        assertThat(author.map(Sourced::value)).contains("Ann Byrne");
    }

    private static Optional<String> author(String paragraph) {
        return PeopleReader.author(new HandWritten().heading(1, "Outage").paragraph(paragraph).blocks())
                .map(Sourced::value);
    }

    @Test
    void hostileTextIsReadInLinearTime() {
        String[] hostile = {"(".repeat(100_000), "a, ".repeat(33_000), "@a ".repeat(33_000) + "x",
            "a - ".repeat(25_000), "x: ".repeat(33_000), " ".repeat(100_000) + "x", "a (b".repeat(25_000),
            "Author: " + "a ".repeat(50_000)};
        HandWritten doc = new HandWritten().heading(2, "Responders");
        for (String text : hostile) {
            doc.item(text).paragraph(text).frontMatter("author", text);
        }
        doc.header(hostile).row(hostile);
        long start = System.nanoTime();
        PeopleReader.read(doc.blocks(), Conventions.defaults(), log);
        PeopleReader.author(doc.blocks());
        assertThat(System.nanoTime() - start).as("nanoseconds").isLessThan(15_000_000_000L);
    }

    @Test
    void aLineOfRoleAndNamePairsNamesEachWithItsRole() {
        var people = read(new HandWritten().heading(2, "People").paragraph("ic: @bo.k · scribe: @nadia.r")
                .paragraph("Incident Commander: Ana Ruiz | Scribe: Raj Patel"));

        assertThat(people).extracting(Responder::name).containsExactly("@bo.k", "@nadia.r", "Ana Ruiz", "Raj Patel");
        assertThat(people.get(1).role()).isEqualTo("Scribe");
    }

    @Test
    void fieldsOfOnePersonSeparatedByBarsAreNotSeveralPeople() {
        var people = read(new HandWritten().heading(2, "People").paragraph("Name: Ana Ruiz | Team: Payments"));

        assertThat(people).extracting(Responder::name).doesNotContain("Payments");
    }
}
