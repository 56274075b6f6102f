package dev.hindsight.web;

import dev.hindsight.actions.ActionPolicy;
import dev.hindsight.actions.board.ActionBoard;
import dev.hindsight.actions.board.BoardFigures;
import dev.hindsight.actions.board.BoardPage;
import dev.hindsight.actions.board.BoardPeriod;
import dev.hindsight.actions.board.BoardQuery;
import dev.hindsight.auth.Role;
import dev.hindsight.json.Json;
import io.javalin.http.Context;
import java.util.LinkedHashMap;
import java.util.Map;

/** The action-item board over HTTP: parse the filters, ask the board as the caller, write JSON. Thread-safe. */
final class ActionItemApi {

    private final ActionBoard board;
    private final ActionPolicy policy;

    ActionItemApi(ActionBoard board, ActionPolicy policy) {
        this.board = board;
        this.policy = policy;
    }

    void list(Context ctx) {
        Caller.require(ctx, Role.VIEWER);
        BoardQuery query = BoardParams.query(ctx::queryParam, policy, BoardQuery.DEFAULT_LIMIT);
        BoardPeriod period = BoardParams.period(ctx::queryParam, board.today());
        BoardPage page = board.page(query, period, Caller.principal(ctx));
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("items", page.items());
        body.put("total", page.total());
        body.put("limit", page.limit());
        body.put("offset", page.offset());
        body.put("figures", figures(page.figures()));
        body.put("counts", page.counts());
        ctx.contentType("application/json").result(Json.write(body));
    }

    static Map<String, Object> figures(BoardFigures f) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("from", f.period().first());
        out.put("to", f.period().last());
        out.put("created", f.created());
        out.put("closed", f.closed());
        out.put("completionRate", f.completionRate());
        out.put("medianTimeToClose", f.medianTimeToClose());
        out.put("medianHoursToClose", f.medianTimeToClose() == null ? null
                : f.medianTimeToClose().toMillis() / 3_600_000.0);
        out.put("openNow", f.openNow());
        out.put("overdueNow", f.overdueNow());
        out.put("dueThisWeek", f.dueThisWeek());
        return out;
    }
}
