package dev.hindsight.web;

import dev.hindsight.auth.Role;
import dev.hindsight.incident.PostMortem;
import dev.hindsight.json.Json;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.lint.Finding;
import dev.hindsight.lint.StandingFindings;
import dev.hindsight.lint.ReviewWarning;
import dev.hindsight.review.ReviewMeeting;
import dev.hindsight.review.ReviewState;
import dev.hindsight.review.workflow.Reviews;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.List;

/**
 * The review's steps over HTTP: each parses its small JSON body, takes the revision it is based on from If-Match
 * (as PATCH does), calls {@link Reviews} as the caller, and answers the saved record with its new ETag. Every step
 * needs the editor role; whose verdict may be recorded is the rules' business (only the reviewer's own account).
 */
final class ReviewApi {

    /** The header that counts the open findings when a review is requested. */
    static final String OPEN_FINDINGS = "Hindsight-Open-Findings";

    private final Reviews reviews;
    private final StandingFindings lint;

    ReviewApi(Reviews reviews, StandingFindings lint) {
        this.reviews = reviews;
        this.lint = lint;
    }

    /** {"reviewers": [{"name", "account", "role"}], "meetingDate": "YYYY-MM-DD"} */
    record ReviewRequest(List<Reviews.Nominee> reviewers, LocalDate meetingDate) {
        ReviewRequest {
            reviewers = reviewers == null ? List.of() : reviewers;
        }
    }

    /** {"verdict": "lgtm" | "changes_requested", "comment": "..."} */
    record VerdictRequest(ReviewState verdict, String comment) {
    }

    /** {"waiverReason": "..."}, or no body. */
    record FinalRequest(String waiverReason) {
    }

    /** {"reason": "..."} */
    record ReopenRequest(String reason) {
    }

    /** {"date": "YYYY-MM-DD", "attendees": [{"name", "role"}], "discussionPoints": ["..."]} */
    record MeetingRequest(LocalDate date, List<ReviewMeeting.Attendee> attendees, List<String> discussionPoints) {
    }

    /** {"done": true | false}; no body ticks it. */
    record TickRequest(Boolean done) {
    }

    void request(Context ctx) {
        Caller.require(ctx, Role.EDITOR);
        ReviewRequest body = Json.read(ctx.body(), ReviewRequest.class);
        PostMortem requested = reviews.requestReview(Caller.principal(ctx), id(ctx), basedOn(ctx), body.reviewers(),
                body.meetingDate());
        // Open findings warn and do not refuse: the count and a sentence, beside the saved record.
        List<Finding> open = lint.of(requested);
        ctx.header(OPEN_FINDINGS, String.valueOf(open.size()));
        ReviewWarning.of(open).ifPresent(w -> ctx.header("Warning", "299 hindsight \"" + w + "; GET "
                + "/api/v1/incidents/" + requested.id() + "/findings lists them\""));
        send(ctx, requested);
    }

    void verdict(Context ctx) {
        // Any role: the rules let only a named reviewer record their own verdict, and stakeholders are often viewers.
        Caller.require(ctx, Role.VIEWER);
        VerdictRequest body = Json.read(ctx.body(), VerdictRequest.class);
        send(ctx, reviews.recordVerdict(Caller.principal(ctx), id(ctx), basedOn(ctx), null, body.verdict(),
                body.comment()));
    }

    void makeFinal(Context ctx) {
        Caller.require(ctx, Role.EDITOR);
        FinalRequest body = optional(ctx, FinalRequest.class, new FinalRequest(null));
        send(ctx, reviews.makeFinal(Caller.principal(ctx), id(ctx), basedOn(ctx), body.waiverReason()));
    }

    void reopen(Context ctx) {
        Caller.require(ctx, Role.EDITOR);
        ReopenRequest body = Json.read(ctx.body(), ReopenRequest.class);
        send(ctx, reviews.reopen(Caller.principal(ctx), id(ctx), basedOn(ctx), body.reason()));
    }

    void withdraw(Context ctx) {
        Caller.require(ctx, Role.EDITOR);
        send(ctx, reviews.withdraw(Caller.principal(ctx), id(ctx), basedOn(ctx)));
    }

    void meeting(Context ctx) {
        Caller.require(ctx, Role.EDITOR);
        MeetingRequest body = Json.read(ctx.body(), MeetingRequest.class);
        send(ctx, reviews.scheduleMeeting(Caller.principal(ctx), id(ctx), basedOn(ctx), body.date(),
                body.attendees(), body.discussionPoints()));
    }

    void knowledgeSharing(Context ctx) {
        Caller.require(ctx, Role.EDITOR);
        TickRequest body = optional(ctx, TickRequest.class, new TickRequest(null));
        send(ctx, reviews.tickKnowledgeSharing(Caller.principal(ctx), id(ctx), basedOn(ctx), index(ctx),
                body.done() == null || body.done()));
    }

    void followUpHeld(Context ctx) {
        Caller.require(ctx, Role.EDITOR);
        send(ctx, reviews.followUpHeld(Caller.principal(ctx), id(ctx), basedOn(ctx), index(ctx)));
    }

    private static String id(Context ctx) {
        return ctx.pathParam("id");
    }

    /** The revision named by If-Match: required, so no step is ever taken on a record the caller has not seen. */
    private static int basedOn(Context ctx) {
        String ifMatch = ctx.header("If-Match");
        if (ifMatch == null) {
            throw new Problem(428, "If-Match required", "send the ETag of the revision you saw as If-Match, so "
                    + "that nobody else's change is overruled");
        }
        return IncidentApi.revisionOf(ifMatch);
    }

    private static int index(Context ctx) {
        String text = ctx.pathParam("index");
        try {
            return Integer.parseInt(text);
        } catch (NumberFormatException e) {
            throw InvalidInput.of("index", "'" + text + "' is not a whole number");
        }
    }

    private static <T> T optional(Context ctx, Class<T> type, T none) {
        String body = ctx.body();
        return body == null || body.isBlank() ? none : Json.read(body, type);
    }

    private static void send(Context ctx, PostMortem record) {
        ctx.header("ETag", IncidentApi.etag(record)).contentType("application/json").result(Json.write(record));
    }
}
