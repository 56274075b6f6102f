package dev.hindsight.web;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import dev.hindsight.incident.Access;
import dev.hindsight.incident.Analysis;
import dev.hindsight.incident.Impact;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.RelatedIncident;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A reader follows a related incident from an incident page, in a real Chromium, among the demo incidents. */
class RelatedIncidentsJourneyTest extends BrowserTest {
    private static PostMortem queueBacklog(String title) {
        return PostMortem.builder().title(title)
                .impact(Impact.builder().services(List.of("Notifications")).build())
                .analysis(Analysis.builder().rootCause(new Analysis.RootCause(
                        "Dead letter queue backlog starved the notification workers", null, null, null)).build())
                .build();
    }

    @Test
    void aReaderFollowsARelatedIncidentAndNeverSeesOneHiddenFromThem() {
        PostMortem earlier = hindsight.incidents.create(queueBacklog("Notification workers stalled on the dead letter "
                + "queue"), "alice");
        hindsight.incidents.create(queueBacklog("Dead letter queue backlog in notifications (security review)")
                .toBuilder().access(new Access(true, List.of("alice"), List.of())).build(), "alice");
        PostMortem later = hindsight.incidents.create(queueBacklog("Dead letter queue backlog delayed notifications")
                .toBuilder().relatedIncidents(List.of(new RelatedIncident("", "https://tracker.example.com/OPS-7",
                        "same queue"))).build(), "alice");
        try (BrowserContext context = chromium.person()) {
            Page victor = hindsight.signIn(context, "victor");
            victor.navigate(hindsight.url("/incidents/" + later.id()));

            Locator related = victor.locator("#related");
            assertThat(related.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions()
                    .setName("Related incidents"))).isVisible();
            Locator nearest = related.locator("ol.related li").first();
            assertThat(nearest).containsText(earlier.title());
            assertThat(nearest.locator(".why")).containsText("same service: Notifications");
            assertThat(nearest.locator(".why")).containsText("both mention dead letter queue");
            assertThat(related).not().containsText("security review");
            assertThat(related.locator("ul.linked")).containsText("same queue");
            Chromium.screenshot(victor, "20-related-incidents");
            Chromium.assertAccessible(victor);

            related.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(earlier.title())).click();

            assertThat(victor).hasURL(hindsight.url("/incidents/" + earlier.id()));
            assertThat(victor.locator("h1")).hasText(earlier.title());
            assertThat(victor.locator("#related li").first()).containsText(later.title());
        }
    }

    @Test
    void anIncidentLikeNoOtherSaysSo() {
        PostMortem unlike = hindsight.incidents.create(PostMortem.draft("Kettle tripped the kitchen breaker"),
                "alice");
        try (BrowserContext context = chromium.person()) {
            Page victor = hindsight.signIn(context, "victor");
            victor.navigate(hindsight.url("/incidents/" + unlike.id()));

            assertThat(victor.locator("#related-none")).containsText("No other incident you can see");
        }
    }
}
