package dev.hindsight.web;

import dev.hindsight.auth.Accounts;
import dev.hindsight.auth.Role;
import dev.hindsight.auth.User;
import dev.hindsight.json.Json;
import dev.hindsight.store.StoreUnavailable;
import dev.hindsight.template.DocumentTooLarge;
import dev.hindsight.template.TemplateProblem;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Fields;

/**
 * The two reads a busy page makes most, {@code GET /api/v1/incidents/{id}} and {@code .../document}, answered
 * in Jetty's core handler ahead of Javalin. Measured on two cores, the servlet layer and Javalin's request
 * pipeline cost several times the work of the read itself once that read comes from memory.
 *
 * <p>It answers only success: the caller's bearer token is valid and may read, the incident is visible to
 * them, and the parameters parse. It checks these with the very code the Javalin handlers use
 * ({@link Caller#bearer}, {@link IncidentApi#json}, {@link IncidentApi#document}), so both answer alike.
 * When the database does not answer it says so itself (503), as Javalin would. Anything else (no token, a
 * refused one, a hidden or missing incident, a bad parameter, any other failure) goes on to Javalin unchanged,
 * which does the work again and answers with its problem document. What Javalin adds to every request (a
 * before-handler, a response header) does not run for these answers: add it here too.
 * Thread-safe.
 */
final class HotReads extends Handler.Wrapper {

    private static final String PREFIX = "/api/v1/incidents/";
    private static final String DOCUMENT = "/document";

    private final IncidentApi incidents;
    private final Accounts accounts;

    HotReads(Handler next, IncidentApi incidents, Accounts accounts) {
        super(next);
        this.incidents = incidents;
        this.accounts = accounts;
    }

    /** What to send: the body and how it is labelled. */
    private record Answer(Representations.Body body, String mediaType, String disposition) {
    }

    @Override
    public boolean handle(Request request, Response response, Callback callback) throws Exception {
        Answer answer;
        try {
            answer = answer(request);
        } catch (StoreUnavailable e) {
            // Answered here: handing it on would make Javalin wait on the same unanswering database again.
            response.getHeaders().put("Retry-After", HttpServer.RETRY_AFTER_SECONDS);
            return refuse(Problem.storeUnavailable(), response, callback);
        } catch (DocumentTooLarge e) {
            // Answered here too: Javalin would spend the same render limits again only to refuse the same way.
            return refuse(Problem.documentTooLarge(e), response, callback);
        } catch (TemplateProblem e) {
            return refuse(Problem.templateUnusable(e), response, callback);
        }
        if (answer == null) {
            return super.handle(request, response, callback);
        }
        HttpFields headers = request.getHeaders();
        Representations.Body body = answer.body();
        HttpFields.Mutable out = response.getHeaders();
        out.put(HttpHeader.ETAG, body.etag());
        if (body.gzipped() != null) {
            out.put(HttpHeader.VARY, HttpHeader.ACCEPT_ENCODING.asString());
        }
        if (Representations.matches(headers.get(HttpHeader.IF_NONE_MATCH), body.etag())) {
            response.setStatus(304);
            response.write(true, null, callback);
            return true;
        }
        byte[] bytes = body.bytes();
        if (body.gzipped() != null && acceptsGzip(headers.get(HttpHeader.ACCEPT_ENCODING))) {
            bytes = body.gzipped();
            out.put(HttpHeader.CONTENT_ENCODING, "gzip");
        }
        response.setStatus(200);
        out.put(HttpHeader.CONTENT_TYPE, answer.mediaType());
        if (answer.disposition() != null) {
            out.put(HttpHeader.CONTENT_DISPOSITION, answer.disposition());
        }
        out.put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }

    /** The answer when this is one of the two reads and it succeeds; null to leave the request to Javalin. */
    private Answer answer(Request request) {
        String path = request.getHttpURI().getPath();
        if (!"GET".equals(request.getMethod()) || path == null || !path.startsWith(PREFIX)) {
            return null;
        }
        String rest = path.substring(PREFIX.length());
        boolean document = rest.endsWith(DOCUMENT);
        String id = document ? rest.substring(0, rest.length() - DOCUMENT.length()) : rest;
        if (!isPlainId(id)) {
            return null; // encoded or nested: Javalin's router decides
        }
        try {
            User user = Caller.bearer(request.getHeaders().get(HttpHeader.AUTHORIZATION), accounts).orElse(null);
            if (user == null || !user.role().allows(Role.VIEWER)) {
                return null;
            }
            if (!document) {
                return new Answer(incidents.json(Caller.principal(user), id), "application/json", null);
            }
            Fields query = Request.extractQueryParameters(request);
            IncidentApi.Document rendered = incidents.document(Caller.principal(user), id,
                    IncidentApi.DocumentQuery.of(query::getValue));
            return new Answer(rendered.body(), rendered.mediaType(), rendered.disposition());
        } catch (StoreUnavailable | DocumentTooLarge | TemplateProblem e) {
            throw e;
        } catch (RuntimeException e) {
            return null; // not found, hidden, a bad parameter or a failure: Javalin answers as it always has
        }
    }

    private static boolean refuse(Problem problem, Response response, Callback callback) {
        byte[] bytes = Json.write(problem.body()).getBytes(StandardCharsets.UTF_8);
        response.setStatus(problem.status());
        response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/problem+json");
        response.getHeaders().put(HttpHeader.CONTENT_LENGTH, bytes.length);
        response.write(true, ByteBuffer.wrap(bytes), callback);
        return true;
    }

    private static boolean isPlainId(String id) {
        if (id.isEmpty()) {
            return false;
        }
        for (int i = 0; i < id.length(); i++) {
            char c = id.charAt(i);
            if (!(c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '-' || c == '_'
                    || c == '.')) {
                return false;
            }
        }
        return true;
    }

    /** Whether {@code Accept-Encoding} takes gzip: named (or {@code *}) and not with {@code q=0}. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) {
            return false;
        }
        for (String part : acceptEncoding.split(",")) {
            int semicolon = part.indexOf(';');
            String coding = (semicolon < 0 ? part : part.substring(0, semicolon)).strip();
            if (coding.equalsIgnoreCase("gzip") || coding.equals("*")) {
                String parameters = semicolon < 0 ? "" : part.substring(semicolon + 1).replace(" ", "");
                return !parameters.matches("(?i)q=0(\\.0{0,3})?");
            }
        }
        return false;
    }
}
