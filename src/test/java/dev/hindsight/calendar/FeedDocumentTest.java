package dev.hindsight.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The iCalendar document a feed writes, read back by two real parsers (ical4j and Mozilla's ical.js). */
class FeedDocumentTest {

    private static final Instant NOW = Instant.parse("2026-03-09T10:00:00Z");
    private static final String LONG_UNICODE = "Résoudre l’échéance du certificat — 証明書の期限切れを防ぐ 🔐 "
            + "Zertifikatsablauf überwachen, Ålesund-Rechenzentrum; ÆØÅ æøå ✓✓✓ 日本語のテキストが続きます";
    private static final String PUNCTUATED = "Rotate keys, then restart; back\\slash\nsecond line\r\nthird line";

    private static Feed feed() {
        return new Feed("Hindsight: priya, ops; on-call", List.of(
                new FeedEvent("action-aaa@hindsight", LocalDate.of(2026, 3, 20), "Due: " + LONG_UNICODE
                        + " (INC-2026-0001)", "Incident: INC-2026-0001 " + LONG_UNICODE + "\nPriority: P0",
                        "https://hindsight.example.com/incidents/INC-2026-0001"),
                new FeedEvent("review-bbb@hindsight", LocalDate.of(2026, 12, 31), "Review meeting: " + PUNCTUATED,
                        PUNCTUATED, "https://hindsight.example.com/incidents/INC-2026-0002"),
                new FeedEvent("follow-up-ccc@hindsight", LocalDate.of(2026, 2, 28), "Follow-up review: bell\u0007 "
                        + "esc\u001b[31m nul\u0000 del\u007f c1\u0085 (INC-2026-0003)", "tab\tkept", "")));
    }

    @Test
    void everyEventReadsBackTheSameInIcal4jAndIcalJs() {
        Feed feed = feed();
        String ics = feed.ics(NOW);

        Ical4j.ReadCalendar strict = Ical4j.read(ics);
        assertThat(strict.version()).isEqualTo("2.0");
        assertThat(strict.prodid()).isEqualTo(Feed.PRODID);
        assertThat(strict.calscale()).isEqualTo("GREGORIAN");
        assertThat(strict.method()).isEqualTo("PUBLISH");
        assertThat(strict.name()).isEqualTo("Hindsight: priya, ops; on-call");
        assertThat(strict.events()).hasSize(3);
        for (int i = 0; i < 3; i++) {
            FeedEvent sent = feed.events().get(i);
            Ical4j.Read read = strict.events().get(i);
            assertThat(read.uid()).isEqualTo(sent.uid());
            assertThat(Ical4j.day(read.start())).isEqualTo(sent.day());
            assertThat(Ical4j.day(read.end())).isEqualTo(sent.day().plusDays(1));
            assertThat(read.summary()).isEqualTo(IcsWriter.clean(sent.summary()));
            assertThat(read.description()).isEqualTo(IcsWriter.clean(sent.description()));
            assertThat(read.url()).isEqualTo(sent.url().isEmpty() ? null : sent.url());
            assertThat(read.status()).isEqualTo("CONFIRMED");
            assertThat(read.transp()).isEqualTo("TRANSPARENT");
            assertThat(read.dtstamp()).isEqualTo("20260309T100000Z");
        }

        JsonNode mozilla = IcalJs.read(ics);
        assertThat(mozilla.get("complaints")).as("ical.js warnings and errors").isEmpty();
        // RFC 5545 3.8.8.2: a non-standard property's value is TEXT unless it says otherwise, so its commas and
        // semicolons are escaped like any TEXT; ical.js hands unknown properties over as written.
        assertThat(mozilla.get("name").asText()).isEqualTo("Hindsight: priya\\, ops\\; on-call");
        assertThat(mozilla.get("method").asText()).isEqualTo("PUBLISH");
        assertThat(mozilla.get("events")).hasSize(3);
        for (int i = 0; i < 3; i++) {
            FeedEvent sent = feed.events().get(i);
            JsonNode read = mozilla.get("events").get(i);
            assertThat(read.get("uid").asText()).isEqualTo(sent.uid());
            assertThat(read.get("start").get("isDate").asBoolean()).isTrue();
            assertThat(read.get("start").get("value").asText()).isEqualTo(sent.day().toString());
            assertThat(read.get("end").get("value").asText()).isEqualTo(sent.day().plusDays(1).toString());
            assertThat(read.get("summary").asText()).isEqualTo(IcsWriter.clean(sent.summary()));
            assertThat(read.get("description").asText()).isEqualTo(IcsWriter.clean(sent.description()));
        }
    }

    @Test
    void longLinesFoldAt75OctetsWithoutSplittingAMultiByteCharacter() throws CharacterCodingException {
        String ics = feed().ics(NOW);
        byte[] bytes = ics.getBytes(StandardCharsets.UTF_8);

        List<byte[]> lines = physicalLines(bytes);
        assertThat(lines).as("the document ends with CRLF and has no bare CR or LF").isNotEmpty();
        int continued = 0;
        for (byte[] line : lines) {
            assertThat(line.length).as("octets in a physical line").isLessThanOrEqualTo(75);
            // Strict decoding of each physical line alone fails if a fold split a character's bytes.
            StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(line));
            continued += line.length > 0 && line[0] == ' ' ? 1 : 0;
        }
        assertThat(continued).as("the long summary and description were folded").isGreaterThan(4);
        String unfolded = ics.replace("\r\n ", "");
        assertThat(unfolded).contains("SUMMARY:Due: " + LONG_UNICODE.replace(",", "\\,").replace(";", "\\;"));
    }

    @Test
    void commasSemicolonsBackslashesAndLineBreaksAreEscaped() {
        String unfolded = feed().ics(NOW).replace("\r\n ", "");

        assertThat(unfolded).contains("DESCRIPTION:Rotate keys\\, then restart\\; back\\\\slash\\nsecond line"
                + "\\nthird line\r\n");
        assertThat(unfolded).contains("X-WR-CALNAME:Hindsight: priya\\, ops\\; on-call\r\n");
    }

    @Test
    void controlCharactersInUserTextAreDroppedAndTabsKept() {
        String ics = feed().ics(NOW);

        assertThat(ics).doesNotContain("\u0007", "\u001b", "\u0000", "\u007f", "\u0085");
        assertThat(ics).contains("SUMMARY:Follow-up review: bell esc[31m nul del c1 (INC-2026-0003)\r\n");
        assertThat(ics).contains("DESCRIPTION:tab\tkept\r\n");
        assertThat(IcsWriter.clean("lone \ud800 half")).isEqualTo("lone  half");
    }

    @Test
    void anEventWithoutAPageHasNoUrlAndEveryEventHasAStampFromTheClock() {
        String ics = feed().ics(NOW);

        assertThat(ics.split("BEGIN:VEVENT")[3]).doesNotContain("URL:");
        assertThat(ics.split("DTSTAMP:20260309T100000Z\r\n", -1)).hasSize(4);
    }

    @Test
    void theEtagStaysWhileTheEventsDoAndChangesWithThem() {
        Feed feed = feed();
        List<FeedEvent> changed = new ArrayList<>(feed.events());
        FeedEvent first = changed.get(0);
        changed.set(0, new FeedEvent(first.uid(), first.day().plusDays(1), first.summary(), first.description(),
                first.url()));

        assertThat(feed().etag()).isEqualTo(feed.etag()).startsWith("W/\"");
        assertThat(new Feed(feed.name(), changed).etag()).isNotEqualTo(feed.etag());
        assertThat(new Feed("another name", feed.events()).etag()).isNotEqualTo(feed.etag());
    }

    @Test
    void longTextIsCutWithoutSplittingASurrogatePair() {
        String emoji = "🔐".repeat(FeedEvent.SUMMARY_MAX);
        FeedEvent event = new FeedEvent("u@hindsight", LocalDate.of(2026, 1, 1), emoji, "x".repeat(10_000), "");

        assertThat(event.summary().length()).isLessThanOrEqualTo(FeedEvent.SUMMARY_MAX);
        assertThat(event.summary()).endsWith("…").doesNotContain("\ufffd");
        assertThat(Character.isHighSurrogate(event.summary().charAt(event.summary().length() - 2))).isFalse();
        assertThat(event.description()).hasSize(FeedEvent.DESCRIPTION_MAX);
    }

    /** Splits on CRLF, failing on a bare CR or LF or a missing final CRLF. */
    private static List<byte[]> physicalLines(byte[] bytes) {
        List<byte[]> lines = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < bytes.length; i++) {
            if (bytes[i] == '\n') {
                assertThat(i > 0 && bytes[i - 1] == '\r').as("LF at " + i + " follows a CR").isTrue();
                lines.add(java.util.Arrays.copyOfRange(bytes, start, i - 1));
                start = i + 1;
            } else if (bytes[i] == '\r') {
                assertThat(i + 1 < bytes.length && bytes[i + 1] == '\n').as("CR at " + i + " precedes a LF").isTrue();
            }
        }
        assertThat(start).as("the last line ends with CRLF").isEqualTo(bytes.length);
        return lines;
    }
}
