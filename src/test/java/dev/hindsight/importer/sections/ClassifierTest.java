package dev.hindsight.importer.sections;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hindsight.importer.blocks.Block;
import dev.hindsight.importer.blocks.Lines;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierTest {

    private final Classifier classifier = new Classifier(Vocabulary.builtIn());
    private int line = 1;
    private final List<Block> blocks = new ArrayList<>();

    private ClassifierTest heading(int level, String text) {
        blocks.add(Block.heading(level, text, Lines.of(line++)));
        return this;
    }

    private ClassifierTest item(String text, Boolean checked) {
        blocks.add(Block.item(0, "-", text, checked, false, null, Lines.of(line++)));
        return this;
    }

    private ClassifierTest code(String text) {
        blocks.add(new Block(Block.Kind.CODE, 0, text, List.of(""), null, false, null, Lines.of(line++)));
        return this;
    }

    private ClassifierTest paragraph(String text) {
        blocks.add(Block.paragraph(text, Lines.of(line++)));
        return this;
    }

    private List<ReadSection> read(int titleSection) {
        return classifier.classify(Outline.of(blocks), titleSection, "");
    }

    @Test
    void headingsAreReadByTheirWordsWhateverTheirNumberingOrParentheses() {
        heading(1, "Checkout outage").heading(2, "1. Timeline (PST)").heading(2, "Immediate Actions (Completed)")
                .heading(2, "Root Cause Analysis").heading(2, "What went well?").heading(2, "Background");

        assertThat(read(0)).extracting(ReadSection::kind).containsExactly(SectionKind.TIMELINE,
                SectionKind.ACTION_ITEMS, SectionKind.ROOT_CAUSE, SectionKind.WENT_WELL, SectionKind.OTHER);
    }

    @Test
    void aSectionWhoseEntriesStartWithTimesIsATimelineWhateverItsHeading() {
        heading(2, "How the night went").item("16:58 UTC - first alert", null).item("17:05 UTC - paged", null)
                .item("17:40 UTC - rolled back", null);

        assertThat(read(-1)).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(SectionKind.TIMELINE);
            assertThat(s.why()).contains("times");
        });
    }

    @Test
    void theUpdatesPostedDuringTheIncidentAreATimelineAsStatusUpdatesAre() {
        heading(1, "Map tile errors").heading(2, "Updates posted during the incident")
                .paragraph("Resolved - Error rates are back to normal.\nNov 4, 16:40 CET");

        assertThat(read(0)).extracting(ReadSection::kind).containsExactly(SectionKind.TIMELINE);
    }

    @Test
    void aChecklistUnderAnUnknownHeadingIsActionItems() {
        heading(2, "Things we owe").item("Rotate keys", true).item("Add an alert", false);

        assertThat(read(-1)).extracting(ReadSection::kind).containsExactly(SectionKind.ACTION_ITEMS);
    }

    @Test
    void oneHeadingPerTimeIsReadAsPartOfTheTimelineAboveIt() {
        heading(2, "Timeline").heading(3, "5:00 PM").paragraph("Deploy started").heading(3, "5:12 PM")
                .paragraph("Errors rose").heading(2, "Impact").paragraph("Half of checkouts failed");

        List<ReadSection> read = read(-1);

        assertThat(read).extracting(ReadSection::kind).containsExactly(SectionKind.TIMELINE, SectionKind.IMPACT);
        assertThat(read.get(0).blocks()).extracting(Block::text)
                .containsExactly("5:00 PM", "Deploy started", "5:12 PM", "Errors rose");
    }

    @Test
    void subsectionsOfActionItemsThatNameAHorizonStayWithTheirItems() {
        heading(2, "Action items").heading(3, "Immediate Actions (Completed)").item("Roll back", true)
                .heading(3, "Long-term (Q4 2025 - Q1 2026)").item("Rework the cache", false);

        List<ReadSection> read = read(-1);

        assertThat(read).singleElement().satisfies(s -> assertThat(s.blocks()).hasSize(4));
    }

    @Test
    void aKnownSectionInsideAnUnknownOneIsReadOnItsOwn() {
        heading(2, "Background").paragraph("Some words").heading(3, "Root cause").paragraph("A bad config");

        assertThat(read(-1)).extracting(ReadSection::kind).containsExactly(SectionKind.OTHER, SectionKind.ROOT_CAUSE);
    }

    @Test
    void theSeedLayoutIsRecognisedFromItsHeadingsAndBreaksTies() {
        Vocabulary v = Vocabulary.builtIn();

        assertThat(v.layoutOf(List.of("SEV 2: DNS", "Responders", "Abstract", "Timeline", "Review", "Next Steps")))
                .isEqualTo("sev");
        assertThat(v.kindOf("Review", "sev")).contains(SectionKind.NARRATIVE);
        assertThat(v.kindOf("Review", "")).isEmpty();
        assertThat(v.layoutOf(List.of("Timeline", "Root cause"))).isEmpty();
    }

    private static final String LOG = "2026-06-23T08:41:07Z  zone push\n2026-06-23T08:41:50Z  SERVFAIL starts\n"
            + "2026-06-23T08:46:30Z  alert paged\n2026-06-23T09:15:00Z  CI green, closed";

    @Test
    void aShortVersionIsTheSummaryAndWhatWentBadlyIsWhatWentWrong() {
        heading(2, "Short version").paragraph("The payment file reached the bank after its cut-off.")
                .heading(2, "What went badly").paragraph("Customer care heard about it from customers.");

        assertThat(read(-1)).extracting(ReadSection::kind).containsExactly(SectionKind.SUMMARY,
                SectionKind.WENT_WRONG);
    }

    @Test
    void aSectionHoldingATimestampedLogIsTheTimelineWhenNoSectionIsOne() {
        heading(2, "log (UTC)").code(LOG).heading(2, "impact").paragraph("CI blocked for half an hour");

        List<ReadSection> read = read(-1);

        assertThat(read).extracting(ReadSection::kind).containsExactly(SectionKind.TIMELINE, SectionKind.IMPACT);
        assertThat(read.get(0).why()).contains("timestamps");
    }

    @Test
    void besideATimelineALogSectionIsAnExcerptAndACommandIsNoTimeline() {
        heading(2, "Timeline").item("08:41 UTC - zone pushed", null).item("08:46 UTC - paged", null)
                .item("09:15 UTC - closed", null).heading(2, "Resolver log").code(LOG)
                .heading(2, "Reproduce").code("dig @auth1 corp.internal SOA\nrndc reload corp.internal\nnamed-checkzone x");

        assertThat(read(-1)).extracting(ReadSection::kind).containsExactly(SectionKind.TIMELINE, SectionKind.OTHER,
                SectionKind.OTHER);
    }

    @Test
    void aListOfTimedEntriesAmidNotesIsTheTimelineWhenNoSectionIs() {
        heading(1, "Weekly review").heading(3, "1. Ticket kiosk freeze")
                .paragraph("**Severity:** Sev 3 · **Lead:** Ana")
                .item("2027-W11-2 09:30 — kiosks freeze", null).item("2027-W11-2 09:41 — help desk rings", null)
                .item("2027-W11-2 10:02 — kiosks rebooted", null)
                .paragraph("We talked about spare kiosks.").paragraph("And about the vendor's contract.")
                .paragraph("Parked for next week.");

        assertThat(read(0)).extracting(ReadSection::kind).containsExactly(SectionKind.TIMELINE);
    }

    @Test
    void aListOfTimedEntriesAmidNotesIsNoTimelineBesideOne() {
        heading(1, "Weekly review").heading(2, "Timeline").item("09:30 — kiosks freeze", null)
                .heading(2, "Other business").paragraph("Notes from the week.").paragraph("More notes.")
                .paragraph("The rota.").item("09:30 — stand-up", null).item("10:00 — planning", null).item("11:00 — retro", null);

        assertThat(read(0)).extracting(ReadSection::kind).containsExactly(SectionKind.TIMELINE, SectionKind.OTHER);
    }
}
