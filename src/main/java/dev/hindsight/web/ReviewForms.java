package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.incident.Incidents;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.incident.Principal;
import dev.hindsight.incident.StaleRevision;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.kernel.TimeBounds;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.workflow.Reviews;
import io.javalin.http.Context;
import io.javalin.http.HttpStatus;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The review panel's forms: each posts one step (request, verdict, final, reopen, withdraw, checklist, follow-up
 * held) with the revision the page showed, and is answered like the page's other forms: back to the page when
 * saved, the page with the problems named when refused, the conflict when someone saved first.
 */
final class ReviewForms {

    private final IncidentPages pages;
    private final Reviews reviews;
    private final Incidents incidents;

    ReviewForms(IncidentPages pages, Reviews reviews, Incidents incidents) {
        this.pages = pages;
        this.reviews = reviews;
        this.incidents = incidents;
    }

    void submit(Context ctx) {
        // A named reviewer records their own verdict whatever their role (stakeholders are often viewers); every
        // other step changes the post-mortem and needs an editor.
        Caller.require(ctx, "verdict".equals(ctx.pathParam("step")) ? Role.VIEWER : Role.EDITOR);
        Principal by = Caller.principal(ctx);
        String id = ctx.pathParam("id");
        Map<String, List<String>> form = ctx.formParamMap();
        int basedOn;
        try {
            basedOn = Integer.parseInt(FormRows.one(form, "revision"));
        } catch (NumberFormatException e) {
            throw InvalidInput.of("revision", "is missing: the form must say which revision it changes");
        }
        try {
            take(ctx.pathParam("step"), by, id, basedOn, form);
            ctx.redirect("/incidents/" + id + "?saved=review#review", HttpStatus.SEE_OTHER);
        } catch (InvalidInput e) {
            PostMortem current = incidents.as(by).get(id);
            pages.render(ctx, 400, current, "review", form, e.problems(), null);
        } catch (StaleRevision e) {
            pages.stale(ctx, e, "review", form);
        }
    }

    private void take(String step, Principal by, String id, int basedOn, Map<String, List<String>> form) {
        switch (step) {
            case "request" -> reviews.requestReview(by, id, basedOn, FormRows.read(form,
                    List.of("name", "account", "role")).stream().map(r -> new Reviews.Nominee(r.get("name"),
                    r.get("account"), r.get("role"))).toList(), date("meetingDate", FormRows.one(form, "meetingDate")));
            case "verdict" -> reviews.recordVerdict(by, id, basedOn, null, verdict(FormRows.one(form, "verdict")),
                    FormRows.one(form, "comment"));
            case "final" -> reviews.makeFinal(by, id, basedOn, FormRows.one(form, "waiverReason"));
            case "reopen" -> reviews.reopen(by, id, basedOn, FormRows.one(form, "reason"));
            case "withdraw" -> reviews.withdraw(by, id, basedOn);
            case "knowledge" -> {
                Set<Integer> ticked = new HashSet<>();
                for (String value : form.getOrDefault("done", List.of())) {
                    ticked.add(index("done", value));
                }
                reviews.shareKnowledge(by, id, basedOn, ticked);
            }
            case "meeting" -> reviews.scheduleMeeting(by, id, basedOn, date("date", FormRows.one(form, "date")),
                    FormRows.read(form, List.of("name", "role")).stream().map(r -> new ReviewMeeting.Attendee(
                            r.get("name"), r.get("role"))).toList(),
                    FormRows.one(form, "points").lines().map(String::strip).filter(l -> !l.isEmpty()).toList());
            case "held" -> reviews.followUpHeld(by, id, basedOn, index("index", FormRows.one(form, "index")));
            default -> throw InvalidInput.of("step", "'" + step + "' is not a step of the review");
        }
    }

    private static ReviewState verdict(String text) {
        return switch (text.strip()) {
            case "lgtm" -> ReviewState.LGTM;
            case "changes_requested" -> ReviewState.CHANGES_REQUESTED;
            default -> throw InvalidInput.of("verdict", "must be lgtm or changes_requested");
        };
    }

    private static int index(String field, String text) {
        try {
            return Integer.parseInt(text.strip());
        } catch (NumberFormatException e) {
            throw InvalidInput.of(field, "'" + text + "' is not a line number");
        }
    }

    private static LocalDate date(String field, String text) {
        if (text.isBlank()) {
            return null;
        }
        return TimeBounds.day(field, text);
    }
}
