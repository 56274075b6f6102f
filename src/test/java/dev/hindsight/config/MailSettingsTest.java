package dev.hindsight.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.kernel.FieldProblem;
import dev.hindsight.kernel.InvalidInput;
import dev.hindsight.mail.SmtpSettings;
import java.net.URI;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The mail settings as read from the environment. */
class MailSettingsTest {

    private static HindsightConfig load(Map<String, String> environment) {
        return HindsightConfig.load(Map.of(), environment, null);
    }

    @Test
    void mailIsOffByDefaultAndLinksPointAtThisServer() {
        HindsightConfig config = load(Map.of("HINDSIGHT_HOST", "0.0.0.0", "HINDSIGHT_PORT", "9000"));

        assertThat(config.smtp().enabled()).isFalse();
        assertThat(config.baseUrl()).isEqualTo(URI.create("http://localhost:9000"));
    }

    @Test
    void aConfiguredServerIsReadWithItsPasswordNeverShown() {
        HindsightConfig config = load(Map.of("HINDSIGHT_SMTP_HOST", "smtp.example.com", "HINDSIGHT_SMTP_PORT", "465",
                "HINDSIGHT_SMTP_USER", "hindsight", "HINDSIGHT_SMTP_PASSWORD", "hunter2-secret",
                "HINDSIGHT_SMTP_FROM", "hindsight@example.com", "HINDSIGHT_SMTP_SECURITY", "tls",
                "HINDSIGHT_BASE_URL", "https://hindsight.example.com/"));

        assertThat(config.smtp()).isEqualTo(new SmtpSettings("smtp.example.com", 465, "hindsight", "hunter2-secret",
                "hindsight@example.com", SmtpSettings.Security.TLS));
        assertThat(config.baseUrl()).isEqualTo(URI.create("https://hindsight.example.com"));
        assertThat(config.toString()).doesNotContain("hunter2-secret");
        assertThat(config.smtp().describe()).doesNotContain("hunter2-secret");
    }

    @Test
    void everyBadMailSettingIsReportedNamingWhereItCameFrom() {
        assertThatThrownBy(() -> load(Map.of("HINDSIGHT_SMTP_HOST", "smtp.example.com",
                "HINDSIGHT_SMTP_SECURITY", "maybe", "HINDSIGHT_SMTP_PORT", "0",
                "HINDSIGHT_BASE_URL", "javascript:alert(1)")))
                .isInstanceOf(InvalidInput.class)
                .satisfies(e -> assertThat(((InvalidInput) e).problems()).extracting(FieldProblem::field)
                        .containsExactlyInAnyOrder("HINDSIGHT_SMTP_PORT", "HINDSIGHT_SMTP_SECURITY",
                                "default smtp-from", "HINDSIGHT_BASE_URL"));
        assertThatThrownBy(() -> load(Map.of("HINDSIGHT_SMTP_FROM", "hindsight@example.com\r\nBcc: x@example.com")))
                .isInstanceOf(InvalidInput.class).hasMessageContaining("HINDSIGHT_SMTP_FROM");
    }
}
