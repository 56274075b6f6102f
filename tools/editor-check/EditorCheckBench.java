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
 * time, as it is while typing, and the saved one the same). Given several servers (comma-separated; an old build and
 * a new one on copies of one store), it sends to each in turn, a request at a time, so load from elsewhere falls on
 * both alike. Prints each one's median, mean and 90th percentile of the measured requests.
 *
 * <p>{@code java tools/editor-check/EditorCheckBench.java http://127.0.0.1:8791,http://127.0.0.1:8792 editor PASSWORD
 * INC-2026-0001 analysis.narrative 500 3000}: warm-up requests, then measured ones, for each server.
 */
public final class EditorCheckBench {
    private static final HttpClient HTTP = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    public static void main(String[] args) throws Exception {
        String[] bases = args[0].split(",");
        int warm = Integer.parseInt(args[5]);
        int measured = Integer.parseInt(args[6]);
        Side[] sides = new Side[bases.length];
        for (int s = 0; s < bases.length; s++) {
            sides[s] = new Side(bases[s], args[1], args[2], args[3], args[4], measured);
        }
        // Turn about, a request each: a shared, loaded machine slows every server alike.
        for (int i = 0; i < warm + measured; i++) {
            for (Side side : sides) {
                side.check(i, i >= warm ? i - warm : -1);
            }
        }
        for (Side side : sides) {
            side.report();
        }
    }

    /** One server: its session, the section's text as saved, and the time each measured check took. */
    private static final class Side {
        final String base;
        final String cookie;
        final String csrf;
        final String id;
        final String path;
        final String text;
        final long[] took;

        Side(String base, String user, String password, String id, String path, int measured) throws Exception {
            this.base = base;
            this.id = id;
            this.path = path;
            cookie = signIn(base, user, password);
            String page = HTTP.send(HttpRequest.newBuilder(URI.create(base + "/incidents/" + id))
                    .header("Cookie", cookie).build(), HttpResponse.BodyHandlers.ofString()).body();
            Matcher token = Pattern.compile("data-csrf=\"([^\"]+)\"").matcher(page);
            Matcher area = Pattern.compile("<textarea id=\"x-" + Pattern.quote(path) + "\"[^>]*>([^<]*)</textarea>")
                    .matcher(page);
            if (!token.find() || !area.find()) {
                throw new IllegalStateException("no CSRF token or no section " + path + " on the page at " + base);
            }
            csrf = token.group(1);
            text = unescape(area.group(1));
            took = new long[measured];
        }

        void check(int i, int slot) throws Exception {
            Map<String, String> form = new LinkedHashMap<>();
            form.put("part", "text");
            form.put("path", path);
            form.put("value", text + " Typed " + i + ".");
            long start = System.nanoTime();
            HttpResponse<String> answer = post(base + "/incidents/" + id + "/findings", cookie, csrf, form);
            long end = System.nanoTime();
            if (answer.statusCode() != 200) {
                throw new IllegalStateException(answer.statusCode() + ": " + answer.body());
            }
            if (slot >= 0) {
                took[slot] = end - start;
            }
        }

        void report() {
            long[] sorted = took.clone();
            Arrays.sort(sorted);
            double mean = Arrays.stream(sorted).average().orElse(0) / 1e6;
            System.out.printf("%s: %d checks of %s (%d characters): median %.3f ms, mean %.3f ms, p90 %.3f ms%n",
                    base, sorted.length, path, text.length(), sorted[sorted.length / 2] / 1e6, mean,
                    sorted[sorted.length * 9 / 10] / 1e6);
        }
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
        form.forEach((k, v) -> body.append(body.isEmpty() ? "" : "&")
                .append(URLEncoder.encode(k, StandardCharsets.UTF_8)).append('=')
                .append(URLEncoder.encode(v, StandardCharsets.UTF_8)));
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
