package dev.hindsight.mail;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.hindsight.kernel.InvalidInput;
import org.junit.jupiter.api.Test;

class NoticeTest {

    @Test
    void aSubjectIsAlwaysOneLineWhateverItWasMadeFrom() {
        Notice notice = new Notice("priya@example.com", "Outage\r\nBcc: mallory@example.com\u2028X: y\u0085Z\tend",
                "text", null);

        assertThat(notice.subject()).isEqualTo("Outage Bcc: mallory@example.com X: y Z end");
    }

    @Test
    void aLongSubjectIsCut() {
        assertThat(new Notice("priya@example.com", "x".repeat(500), "text", null).subject())
                .hasSize(Notice.SUBJECT_MAX);
    }

    @Test
    void addressesWithLineBreaksNamesOrSeveralRecipientsAreRefusedNamingTheField() {
        for (String bad : new String[] {"priya@example.com\r\nBcc: x@example.com", "Priya <priya@example.com>",
                "priya@example.com, jonas@example.com", "priya", "priya@", "@example.com", "a b@example.com",
                "x".repeat(250) + "@example.com"}) {
            assertThatThrownBy(() -> MailAddress.check("email", bad)).as(bad).isInstanceOf(InvalidInput.class)
                    .satisfies(e -> assertThat(((InvalidInput) e).problems().get(0).field()).isEqualTo("email"));
        }
        assertThat(MailAddress.check("email", "  priya.raman+oncall@mail.example.co.uk ")).isEqualTo(
                "priya.raman+oncall@mail.example.co.uk");
    }
}
