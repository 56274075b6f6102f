import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Time per editor check ({@code POST /incidents/{id}/findings}) on a running server, as the page sends it while
 * someone types in a text section: signs in through the form, reads the section's text from the incident page, then
 * sends checks one after another, each with a different word typed at its end (so the record as typed is new each
 * time, as it is while typing, and the saved one the same). Prints the median and mean of the measured requests.
 *
 * <p>{@code java tools/editor-check/EditorCheckBench.java http://127.0.0.1:8090 editor PASSWORD INC-ID analysis.narrative
 * 300 2000}: warm-up requests, then measured ones.
 */
public final class EditorCheckBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public static void main(String[] args) throws Exception {
        String base = args[0];
        String cookie = signIn(base, args[1], args[2]);
        String page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/incidents/" + args[3]))
                .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body();
        Matcher csrf = Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(page);
        Matcher area = Pattern.compile("<textarea id=\"x-" + Pattern.quote(args[4]) + "\"[^>]*>([^<]*)</textarea>")
                .matcher(page);
        if (!csrf.find() || !area.find()) {
            throw new IllegalStateException("no CSRF token or no section " + args[4] + " on the page");
        }
        String text = unescape(area.group(1));
        int warm = Integer.parseInt(args[5]);
        int measured = Integer.parseInt(args[6]);
        long[] took = new long[measured];
        for (int i = 0; i < warm + measured; i++) {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("part", "text");
            form.put("path", args[4]);
            form.put("value", text + " Typed " + i + ".");
            long start = System.nanoTime();
            HttpResponse<String> answer = post(base + "/incidents/" + args[3] + "/findings", cookie, csrf.group(1), form);
            long end = System.nanoTime();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(answer.statusCode() + ": " + answer.body());
            }
            if (i >= warm) {
                took[i - warm] = end - start;
            }
        }
        Arrays.sort(took);
        double mean = Arrays.stream(took).average().orElse(0) / 1e6;
        System.out.printf("%s: %d checks of %s (%d characters): median %.3f ms, mean %.3f ms, p90 %.3f ms%n",
                base, measured, args[4], text.length(), took[measured / 2] / 1e6, mean,
                took[measured * 9 / 10] / 1e6);
    }

    private static String signIn(String base, String user, String password) throws Exception {
        HttpResponse<String> form = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/signin")).build(),
                HttpResponse.BodyHandlers.ofString());
        String cookie = form.headers().allValues("set-cookie").stream().filter(c -> c.startsWith("hindsight_signin="))
                .findFirst().map(c -> c.split(";", 2)[0]).orElse("");
        Matcher token = Pattern.compile("name=\"_csrf\" value=\"([^\"]*)\"").matcher(form.body());
        Map<String, String> fields = new LinkedHashMap<>();
        fields.put("_csrf", token.find() ? token.group(1) : "");
        fields.put("name", user);
        fields.put("password", password);
        HttpResponse<String> in = post(base + "/signin", cookie, null, fields);
        return in.headers().allValues("set-cookie").stream().filter(c -> !c.startsWith("hindsight_signin="))
                .findFirst().orElseThrow(() -> new IllegalStateException("not signed in: " + in.statusCode()))
                .split(";", 2)[0];
    }

    private static HttpResponse<String> post(String url, String cookie, String csrf, Map<String, String> form)
            throws Exception {
        StringBuilder body = new StringBuilder();
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&").append(URLEncoder.encode(k, StandardCharsets.UTF_8))
                .append('=').append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", cookie)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString()));
        if (csrf != null) {
            request.header("X-CSRF-Token", csrf);
        }
        return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&#34;", "\"").replace("&amp;", "&");
    }
}
