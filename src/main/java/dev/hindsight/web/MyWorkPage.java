package dev.hindsight.web;

import dev.hindsight.actions.board.Assignments;
import dev.hindsight.actions.board.BoardItem;
import dev.hindsight.actions.board.MyWork;
import dev.hindsight.auth.Role;
import io.javalin.http.Context;
import java.util.List;

/** "My work": what waits on the signed-in person. Thread-safe. */
public final class MyWorkPage {

    private final Assignments assignments;

    MyWorkPage(Assignments assignments) {
        this.assignments = assignments;
    }

    /** One of their items as shown; {@code ticketUrl} is null when the ticket is not a link to follow. */
    public record Item(BoardItem item, String ticketUrl) {
    }

    public record View(Frame frame, List<Item> items, List<MyWork.ReviewWaiting> reviews,
                       List<MyWork.FollowUpDue> followUps) {
    }

    void show(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        MyWork work = assignments.of(Caller.principal(ctx));
        Pages.render(ctx, 200, "my-work.jte", new View(Pages.frame(ctx, "My work"),
                work.items().stream().map(i -> new Item(i, ActionBoardPage.ticketUrl(i.ticket()))).toList(),
                work.reviews(), work.followUps()));
    }
}
