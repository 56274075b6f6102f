package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.calendar.Ical4j;
import dev.hindsight.calendar.IcalJs;
import dev.hindsight.calendar.IncidentRows;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Calendar feeds fetched over HTTP from a running server, as a calendar program fetches them (no cookie, no
 * token: the secret in the URL), and read with ical4j and Mozilla's ical.js.
 */
class CalendarFeedsTest {
    private static final LocalDate TODAY = LocalDate.of(2026, 3, 9);
    private static final Pattern FEED_URL = Pattern.compile("<code id=\"feed-url\">http://[^/<]+(/calendar/"
            + "[A-Za-z0-9_-]{43}\\.ics)</code>");

    @TempDir
    Path dir;
    private RunningServer server;

    @BeforeEach
    void start() {
        server = new RunningServer(dir);
        server.database().jdbi().useHandle(h -> {
            IncidentRows.untilCoreMigration(h);
            IncidentRows.incident(h, "INC-2026-0001", "Checkout 502s; certificates, again", false);
            IncidentRows.incident(h, "INC-2026-0002", "Leaked credentials", true);
            IncidentRows.access(h, "INC-2026-0002", "group:security");
            IncidentRows.item(h, "INC-2026-0001", 0, "AI-1", "Rotate certificates, then page; "
                    + "überwachen — 証明書の期限切れを防ぐ 🔐 before the next expiry", "Viewer", "SRE",
                    TODAY.plusDays(5));
            IncidentRows.item(h, "INC-2026-0001", 1, "AI-2", "Runbook for expiry", "editor", "SRE", TODAY.plusDays(9));
            IncidentRows.item(h, "INC-2026-0002", 0, "AI-1", "Revoke the leaked key", "viewer", "Security",
                    TODAY.plusDays(1));
            IncidentRows.item(h, "INC-2026-0002", 1, "AI-2", "Audit access", "sam", "SRE", TODAY.plusDays(2));
            IncidentRows.date(h, "INC-2026-0001", 0, "review_meeting", TODAY.plusDays(7), "");
            IncidentRows.date(h, "INC-2026-0001", 1, "follow_up", TODAY.plusDays(30), "Alerting");
            IncidentRows.date(h, "INC-2026-0002", 0, "review_meeting", TODAY.plusDays(4), "");
            IncidentRows.person(h, "INC-2026-0001", "viewer", "attendee");
            IncidentRows.person(h, "INC-2026-0002", "viewer", "reviewer");
            IncidentRows.person(h, "INC-2026-0002", "sam", "owner");
        });
    }

    @AfterEach
    void stop() {
        server.close();
    }

    /** Makes a feed on the account page, as its owner would, and returns its path (shown once). */
    private String feedPath(String user, String team) {
        RunningServer.SignedIn browser = server.browser(user);
        HttpResponse<String> made = server.post("/account/calendars", browser, Map.of("team", team, "label", "test"));
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        Matcher url = FEED_URL.matcher(made.body());
        assertThat(url.find()).as("the page shows the new feed's address").isTrue();
        assertThat(server.get("/account", browser).body()).as("shown only once").doesNotContain(url.group(1));
        return url.group(1);
    }

    @Test
    void aPersonFeedServedOverHttpReadsBackInIcal4jAndIcalJsWithEveryEvent() {
        HttpResponse<String> feed = server.get(feedPath("viewer", ""), null);

        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("content-type")).contains("text/calendar; charset=utf-8");
        assertThat(feed.headers().firstValue("cache-control").orElse("")).startsWith("private");
        assertThat(feed.headers().firstValue("etag")).isPresent();
        List<String> summaries = List.of("Follow-up review: Alerting (INC-2026-0001)",
                "Review meeting: Checkout 502s; certificates, again (INC-2026-0001)",
                "Due: Rotate certificates, then page; überwachen — 証明書の期限切れを防ぐ 🔐 before the next expiry "
                        + "(INC-2026-0001)");
        List<LocalDate> days = List.of(TODAY.plusDays(30), TODAY.plusDays(7), TODAY.plusDays(5));

        Ical4j.ReadCalendar strict = Ical4j.read(feed.body());
        assertThat(strict.name()).isEqualTo("Hindsight: viewer");
        assertThat(strict.events()).extracting(Ical4j.Read::summary).containsExactlyElementsOf(summaries);
        for (int i = 0; i < days.size(); i++) {
            Ical4j.Read event = strict.events().get(i);
            assertThat(Ical4j.day(event.start())).isEqualTo(days.get(i));
            assertThat(Ical4j.day(event.end())).isEqualTo(days.get(i).plusDays(1));
            assertThat(event.uid()).matches("(action|review|follow-up)-[0-9a-f]{32}@hindsight");
            assertThat(event.url()).matches("http://127\\.0\\.0\\.1:\\d+/incidents/INC-2026-0001");
            assertThat(event.dtstamp()).isEqualTo("20260309T100000Z");
        }
        assertThat(strict.events().get(2).description()).contains("Checkout 502s; certificates, again",
                "Priority: P1 (High)", "Status: open");

        JsonNode mozilla = IcalJs.read(feed.body());
        assertThat(mozilla.get("complaints")).as("ical.js warnings and errors").isEmpty();
        assertThat(mozilla.get("events")).hasSize(3);
        for (int i = 0; i < days.size(); i++) {
            JsonNode event = mozilla.get("events").get(i);
            assertThat(event.get("uid").asText()).isEqualTo(strict.events().get(i).uid());
            assertThat(event.get("summary").asText()).isEqualTo(summaries.get(i));
            assertThat(event.get("start").get("isDate").asBoolean()).isTrue();
            assertThat(event.get("start").get("value").asText()).isEqualTo(days.get(i).toString());
            assertThat(event.get("end").get("value").asText()).isEqualTo(days.get(i).plusDays(1).toString());
        }
    }

    @Test
    void aRestrictedIncidentsItemsNeverReachTheFeedOfSomeoneWhoMayNotSeeIt() {
        String viewer = server.get(feedPath("viewer", ""), null).body();
        String sam = server.get(feedPath("sam", ""), null).body();

        assertThat(viewer).doesNotContain("INC-2026-0002", "Leaked", "Revoke the leaked key");
        assertThat(Ical4j.read(sam).events()).extracting(Ical4j.Read::summary).containsExactly(
                "Review meeting: Leaked credentials (INC-2026-0002)", "Due: Audit access (INC-2026-0002)");
    }

    @Test
    void aTeamFeedHoldsTheTeamsItemsTheOwnerMaySee() {
        Ical4j.ReadCalendar sre = Ical4j.read(server.get(feedPath("sam", "sre"), null).body());

        assertThat(sre.name()).isEqualTo("Hindsight: team sre");
        assertThat(sre.events()).extracting(Ical4j.Read::summary).contains(
                "Due: Runbook for expiry (INC-2026-0001)", "Due: Audit access (INC-2026-0002)")
                .noneMatch(s -> s.contains("Revoke the leaked key"));
    }

    @Test
    void twoFetchesGiveTheSameUidsAndAnUnchangedFeedAnswers304() {
        String path = feedPath("viewer", "");
        HttpResponse<String> first = server.get(path, null);
        HttpResponse<String> second = server.get(path, null);
        String etag = first.headers().firstValue("etag").orElseThrow();

        assertThat(Ical4j.read(second.body()).events()).extracting(Ical4j.Read::uid)
                .containsExactlyElementsOf(Ical4j.read(first.body()).events().stream().map(Ical4j.Read::uid).toList());
        HttpResponse<String> unchanged = server.get(path, null, "If-None-Match", etag);
        assertThat(unchanged.statusCode()).isEqualTo(304);
        assertThat(unchanged.body()).isEmpty();
        server.database().jdbi().useHandle(h -> h.execute("UPDATE action_items SET due_day = due_day + 1"));
        assertThat(server.get(path, null, "If-None-Match", etag).statusCode()).isEqualTo(200);
    }

    @Test
    void aRevokedFeedAndAnUnknownSecretAnswerTheSame404() {
        RunningServer.SignedIn browser = server.browser("viewer");
        String path = feedPath("viewer", "");
        assertThat(server.get(path, null).statusCode()).isEqualTo(200);
        String id = server.get("/account", browser).body().replaceAll("(?s).*<code>([0-9a-f]{16})</code>.*", "$1");

        HttpResponse<String> revokedPage = server.post("/account/calendars/" + id + "/revoke", browser, Map.of());
        assertThat(revokedPage.statusCode()).as(revokedPage.body()).isEqualTo(200);

        HttpResponse<String> revoked = server.get(path, null);
        HttpResponse<String> unknown = server.get("/calendar/" + "A".repeat(43) + ".ics", null);
        HttpResponse<String> malformed = server.get("/calendar/nothing.ics", null);
        for (HttpResponse<String> answer : List.of(revoked, unknown, malformed)) {
            assertThat(answer.statusCode()).isEqualTo(404);
            assertThat(answer.body()).isEqualTo(revoked.body());
            assertThat(answer.headers().firstValue("content-type")).isEqualTo(revoked.headers().firstValue(
                    "content-type"));
        }
    }

    @Test
    void someoneElsesFeedCannotBeRevokedFromTheirAccountPage() {
        String path = feedPath("viewer", "");
        String id = server.get("/account", server.browser("viewer")).body()
                .replaceAll("(?s).*<code>([0-9a-f]{16})</code>.*", "$1");

        HttpResponse<String> refused = server.post("/account/calendars/" + id + "/revoke", server.browser("sam"),
                Map.of());

        assertThat(refused.statusCode()).isEqualTo(404);
        assertThat(server.get(path, null).statusCode()).isEqualTo(200);
    }
}
