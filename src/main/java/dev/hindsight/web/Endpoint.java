package dev.hindsight.web;

import io.javalin.http.Handler;
import io.javalin.http.HandlerType;

/**
 * One API operation: the route, the handler, and what the description says about it. The server registers
 * routes from the same list the OpenAPI description is written from, so the two cannot drift apart.
 *
 * @param method   HTTP method
 * @param path     Javalin path, e.g. {@code /api/v1/incidents/{id}}
 * @param summary  one line for the API page and the OpenAPI summary
 * @param role     the least role that may call it (viewer, editor, admin)
 * @param request  the request body's media type, or null when it takes none
 * @param response the success response's media type
 * @param status   the success status
 * @param handler  the handler
 */
record Endpoint(HandlerType method, String path, String summary, String role, String request, String response,
                int status, Handler handler) {
}
