package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.hindsight.calendar.Ical4j;
import dev.hindsight.calendar.IcalJs;
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

    private String checkout;
    private String leak;

    @BeforeEach
    void start() {
        server = new RunningServer(dir);
        checkout = server.create("""
                {"title": "Checkout 502s; certificates, again",
                 "actionItems": [
                   {"title": "Rotate certificates, then page; überwachen — 証明書の期限切れを防ぐ 🔐 before the next expiry",
                    "owner": "Viewer", "team": "SRE", "priority": "P1", "dueDate": "2026-03-14"},
                   {"title": "Runbook for expiry", "owner": "editor", "team": "SRE", "priority": "P2",
                    "dueDate": "2026-03-18"}],
                 "reviewMeeting": {"date": "2026-03-16", "attendees": [{"name": "viewer", "role": "SRE"}]},
                 "followUpReviews": [{"date": "2026-04-08", "focus": "Alerting", "done": false}],
                 "responders": [{"name": "omar", "role": "Scribe", "team": "Payments"}]}""");
        leak = server.create("""
                {"title": "Leaked credentials", "owner": "sam",
                 "access": {"restricted": true, "people": [], "groups": ["security"]},
                 "actionItems": [
                   {"title": "Revoke the leaked key", "owner": "viewer", "team": "SRE", "priority": "P0",
                    "dueDate": "2026-03-10"},
                   {"title": "Audit access", "owner": "sam", "team": "Security", "priority": "P1",
                    "dueDate": "2026-03-11"}],
                 "reviewMeeting": {"date": "2026-03-13", "attendees": [{"name": "viewer", "role": "SRE"}]},
                 "responders": [{"name": "sam", "role": "Technical Lead", "team": "Payments"}]}""");
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
        List<String> summaries = List.of("Follow-up review: Alerting (" + checkout + ")",
                "Review meeting: Checkout 502s; certificates, again (" + checkout + ")",
                "Due: Rotate certificates, then page; überwachen — 証明書の期限切れを防ぐ 🔐 before the next expiry "
                        + "(" + checkout + ")");
        List<LocalDate> days = List.of(TODAY.plusDays(30), TODAY.plusDays(7), TODAY.plusDays(5));

        Ical4j.ReadCalendar strict = Ical4j.read(feed.body());
        assertThat(strict.name()).isEqualTo("Hindsight: viewer");
        assertThat(strict.events()).extracting(Ical4j.Read::summary).containsExactlyElementsOf(summaries);
        for (int i = 0; i < days.size(); i++) {
            Ical4j.Read event = strict.events().get(i);
            assertThat(Ical4j.day(event.start())).isEqualTo(days.get(i));
            assertThat(Ical4j.day(event.end())).isEqualTo(days.get(i).plusDays(1));
            assertThat(event.uid()).matches("(action|review|follow-up)-[0-9a-f]{32}@hindsight");
            assertThat(event.url()).matches("http://127\\.0\\.0\\.1:\\d+/incidents/" + checkout);
            assertThat(event.dtstamp()).isEqualTo("20260309T100000Z");
        }
        assertThat(strict.events().get(2).description()).contains("Checkout 502s; certificates, again",
                "Priority: P1", "Status: open");

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

        assertThat(Ical4j.read(viewer).events()).hasSize(3);
        assertThat(viewer).doesNotContain(leak, "Leaked", "Revoke the leaked key");
        assertThat(Ical4j.read(sam).events()).extracting(Ical4j.Read::summary).containsExactly(
                "Review meeting: Leaked credentials (" + leak + ")", "Due: Audit access (" + leak + ")");
        server.database().jdbi().useHandle(h -> h.execute("UPDATE users SET groups_list = 'security' "
                + "WHERE name = 'viewer'"));
        assertThat(Ical4j.read(server.get(feedPath("viewer", ""), null).body()).events())
                .as("the owner's groups as they are now").extracting(Ical4j.Read::summary)
                .contains("Due: Revoke the leaked key (" + leak + ")",
                        "Review meeting: Leaked credentials (" + leak + ")");
    }

    @Test
    void aTeamFeedHoldsTheTeamsItemsAndTheReviewsOfIncidentsItRespondedToThatTheOwnerMaySee() {
        Ical4j.ReadCalendar sre = Ical4j.read(server.get(feedPath("viewer", "SRE"), null).body());
        Ical4j.ReadCalendar payments = Ical4j.read(server.get(feedPath("viewer", "payments"), null).body());
        Ical4j.ReadCalendar samsPayments = Ical4j.read(server.get(feedPath("sam", "Payments"), null).body());

        assertThat(sre.name()).isEqualTo("Hindsight: team SRE");
        assertThat(sre.events()).extracting(Ical4j.Read::summary).containsExactly(
                "Due: Runbook for expiry (" + checkout + ")",
                "Due: Rotate certificates, then page; überwachen — 証明書の期限切れを防ぐ 🔐 before the next expiry ("
                        + checkout + ")");
        assertThat(payments.events()).extracting(Ical4j.Read::summary).containsExactly(
                "Follow-up review: Alerting (" + checkout + ")",
                "Review meeting: Checkout 502s; certificates, again (" + checkout + ")");
        assertThat(samsPayments.events()).extracting(Ical4j.Read::summary)
                .contains("Review meeting: Leaked credentials (" + leak + ")");
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
        HttpResponse<String> current = server.api("GET", "/api/v1/incidents/" + checkout, "editor", null);
        HttpResponse<String> renamed = server.api("PATCH", "/api/v1/incidents/" + checkout, "editor",
                "{\"title\": \"Checkout 502s\"}", "Content-Type", "application/merge-patch+json",
                "If-Match", current.headers().firstValue("etag").orElseThrow());
        assertThat(renamed.statusCode()).as(renamed.body()).isEqualTo(200);
        HttpResponse<String> changed = server.get(path, null, "If-None-Match", etag);
        assertThat(changed.statusCode()).isEqualTo(200);
        assertThat(Ical4j.read(changed.body()).events()).extracting(Ical4j.Read::uid)
                .containsExactlyElementsOf(Ical4j.read(first.body()).events().stream().map(Ical4j.Read::uid).toList());
        assertThat(changed.body()).contains("Review meeting: Checkout 502s (" + checkout + ")");
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
