package dev.hindsight.web;

import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.template.DocumentTooLarge;
import dev.hindsight.template.TemplateProblem;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An HTTP error in the shape of RFC 9457 ({@code application/problem+json}): a title, the status, a sentence
 * of detail, and for bad input every problem with the field it is about.
 */
final class Problem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final int status;
    private final String title;
    private final transient List<FieldProblem> errors;
    private final transient Map<String, Object> extra;

    Problem(int status, String title, String detail) {
        this(status, title, detail, List.of(), Map.of());
    }

    Problem(int status, String title, String detail, List<FieldProblem> errors, Map<String, Object> extra) {
        super(detail);
        this.status = status;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.extra = Map.copyOf(extra);
    }

    int status() {
        return status;
    }

    String title() {
        return title;
    }

    List<FieldProblem> errors() {
        return errors;
    }

    Map<String, Object> body() {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "about:blank");
        body.put("title", title);
        body.put("status", status);
        body.put("detail", getMessage());
        if (!errors.isEmpty()) {
            body.put("errors", errors.stream().map(e -> Map.of("field", e.field(), "problem", e.problem())).toList());
        }
        body.putAll(extra);
        return body;
    }

    static Problem unauthorized() {
        return new Problem(401, "Sign-in required", "send an API token as 'Authorization: Bearer TOKEN' "
                + "(make one with: hindsight tokens create USER)");
    }

    /** The database did not answer in time; the caller is also told when to try again (Retry-After). */
    static Problem storeUnavailable() {
        return new Problem(503, "Store unavailable", "the database did not answer in time, so nothing was read "
                + "or saved; try again in a few seconds");
    }

    static Problem documentTooLarge(DocumentTooLarge e) {
        return new Problem(422, "Document too large to render", e.getMessage(), List.of(),
                Map.of("template", e.template()));
    }

    static Problem templateUnusable(TemplateProblem e) {
        return new Problem(422, "Template cannot be used", e.getMessage(), List.of(), Map.of("template", e.template()));
    }

    /**
     * The multipart parser's refusal of an upload, if that is what {@code e} is: a file or the whole upload over its
     * limit (413), or a body that is not multipart/form-data as it claims (400). Empty for any other failure.
     */
    static java.util.Optional<Problem> upload(Exception e, long fileBytes, long uploadBytes) {
        boolean badMessage = false;
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof IllegalStateException && String.valueOf(cause.getMessage()).contains("exceeded")) {
                return java.util.Optional.of(new Problem(413, "Upload too large", "each file may be at most "
                        + fileBytes / 1024 + " KiB and the whole upload " + uploadBytes / 1024 + " KiB; nothing "
                        + "was saved"));
            }
            badMessage |= cause instanceof org.eclipse.jetty.http.BadMessageException;
        }
        return badMessage ? java.util.Optional.of(new Problem(400, "Bad upload", "the body could not be read as "
                + "multipart/form-data; nothing was saved")) : java.util.Optional.empty();
    }

    static Problem forbidden(String needed) {
        return new Problem(403, "Not allowed", "this needs the " + needed + " role");
    }
}
