package dev.hindsight.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The insights page and its CSV over HTTP: the restricted-incident rule, escaping, and what bad input gets. */
class InsightsPageTest {

    @TempDir
    Path dir;

    private RunningServer server;

    @BeforeEach
    void start() {
        server = new RunningServer(dir);
        server.create("{\"title\": \"Checkout slow\", \"impact\": {\"services\": [\"<b>Checkout</b>\"]}, "
                + "\"analysis\": {\"contributingFactors\": [{\"title\": \"=HYPERLINK(\\\"x\\\")\"}]}, "
                + "\"timeline\": [{\"at\": \"2026-02-01T08:00:00Z\", \"text\": \"Started\", \"kind\": \"started\"}]}");
        server.create("{\"title\": \"Leaked key\", \"impact\": {\"services\": [\"Vault\"]}, "
                + "\"access\": {\"restricted\": true, \"groups\": [\"security\"]}, "
                + "\"timeline\": [{\"at\": \"2026-02-03T08:00:00Z\", \"text\": \"Started\", \"kind\": \"started\"}]}");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aReaderNotNamedOnARestrictedIncidentFindsNoTraceOfItOnThePageOrInTheCsv() {
        RunningServer.SignedIn viewer = server.browser("viewer");
        HttpResponse<String> page = server.get("/insights", viewer);
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<strong>1</strong> incidents").doesNotContain("vault");
        HttpResponse<String> csv = server.get("/insights.csv?figure=recurring", viewer);
        assertThat(csv.body()).contains("service,<b>checkout</b>,1").doesNotContain("vault");
        HttpResponse<String> counts = server.get("/insights.csv?figure=counts", viewer);
        assertThat(counts.body()).contains("2026-02,1,");

        RunningServer.SignedIn sam = server.browser("sam");
        assertThat(server.get("/insights", sam).body()).contains("<strong>2</strong> incidents", "vault");
        assertThat(server.get("/insights.csv?figure=recurring", sam).body()).contains("service,vault,1");
        assertThat(server.get("/insights.csv?figure=counts", sam).body()).contains("2026-02,2,");
    }

    @Test
    void theCsvIsADownloadWithAFileNameAndCellsASpreadsheetWillNotRun() {
        HttpResponse<String> csv = server.get("/insights.csv?figure=recurring&service=%3Cb%3Echeckout%3C/b%3E",
                server.browser("viewer"));
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElse("")).startsWith("text/csv");
        assertThat(csv.headers().firstValue("Content-Disposition").orElse(""))
                .isEqualTo("attachment; filename=\"insights-recurring.csv\"");
        assertThat(csv.body()).startsWith("kind,name,incidents\r\n")
                .contains("contributing factor,\"'=hyperlink(\"\"x\"\")\",1\r\n");
    }

    @Test
    void namesOnThePageAreEscaped() {
        String body = server.get("/insights", server.browser("viewer")).body();
        assertThat(body).contains("&lt;b&gt;checkout&lt;/b&gt;").doesNotContain("<b>checkout</b>");
    }

    @Test
    void anUnknownFigureOrABadFilterIsRefusedNamingIt() {
        RunningServer.SignedIn viewer = server.browser("viewer");
        HttpResponse<String> figure = server.get("/insights.csv?figure=everything", viewer);
        assertThat(figure.statusCode()).isEqualTo(400);
        assertThat(figure.body()).contains("figure");
        HttpResponse<String> page = server.get("/insights?from=2026-13-01", viewer);
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("from");
    }
}
