package dev.hindsight.importer.blocks;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** A raw e-mail read as the message a mail client shows: headers over the decoded text part. */
class MailMessageTest {

    private static final String MAIL = String.join("\r\n",
            "MIME-Version: 1.0",
            "Date: Tue, 3 Feb 2026 09:10:00 +0100",
            "From: =?UTF-8?Q?Ren=C3=A9e_Lund?= <renee@example.org>",
            "Subject: =?utf-8?q?Incident_review=3A_caf=C3=A9_till?=",
            " =?utf-8?q?s_offline?=",
            "Content-Type: multipart/alternative; boundary=\"b1\"",
            "",
            "--b1",
            "Content-Type: text/plain; charset=\"utf-8\"",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "The tills went offline at 09:02 when the store=E2=80=99s router rebooted, an=",
            "d came back at 09:40. Severity: Minor",
            "",
            "--b1",
            "Content-Type: text/html; charset=\"utf-8\"",
            "Content-Transfer-Encoding: quoted-printable",
            "",
            "<p style=3D\"x\">The tills went offline</p>",
            "--b1--",
            "");

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void theTextPartIsDecodedSoftBreaksJoinedAndUtf8BytesRead() {
        String text = MailMessage.asText(bytes(MAIL)).orElseThrow();

        assertThat(text).contains("The tills went offline at 09:02 when the store\u2019s router rebooted, and came back"
                + " at 09:40. Severity: Minor");
        assertThat(text).doesNotContain("<p").doesNotContain("=3D").doesNotContain("Content-Type");
    }

    @Test
    void theHeadersAPersonSeesAreKeptWithTheirEncodedWordsDecoded() {
        String text = MailMessage.asText(bytes(MAIL)).orElseThrow();

        assertThat(text).startsWith("Date: Tue, 3 Feb 2026 09:10:00 +0100\nFrom: Ren\u00e9e Lund <renee@example.org>\n"
                + "Subject: Incident review: caf\u00e9 tills offline\n");
        assertThat(text).doesNotContain("MIME-Version");
    }

    @Test
    void aBase64HtmlOnlyMessageIsReadAsItsTextAndAnAttachmentIsNamed() {
        String mail = "Content-Type: multipart/mixed; boundary=m\nSubject: Outage\n\n--m\n"
                + "Content-Type: text/html; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
                + java.util.Base64.getEncoder().encodeToString(bytes("<p>Line one</p><p>Line two</p>"))
                + "\n--m\nContent-Type: image/png\nContent-Disposition: attachment; filename=\"graph.png\"\n"
                + "Content-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--m--\n";

        String text = MailMessage.asText(bytes(mail)).orElseThrow();

        assertThat(text).contains("Line one\n\nLine two").contains("[attachment: graph.png]")
                .doesNotContain("iVBOR");
    }

    @Test
    void anEmailPastedAsTextIsNotUnwrappedNorIsAnyOtherDocument() {
        assertThat(MailMessage.is(bytes("From: Keiko <k@example.org>\nDate: Fri, 16 Jan 2026\nSubject: Report\n\n"
                + "Hi all,\n"))).isFalse(); // no MIME headers: read as the text it is
        assertThat(MailMessage.is(bytes("# Summary\n\nContent-Type: text/plain\n\nbody"))).isFalse();
        assertThat(MailMessage.is(bytes("Severity: Sev 2\nContent-Type: text/plain\nOwner: Ana\n"))).isFalse();
    }

    @Test
    void aLineBreakEncodedInASubjectOrFileNameIsASpaceSoItStartsNoSectionOfItsOwn() {
        String mail = "Content-Type: multipart/mixed; boundary=m\n"
                + "Subject: =?utf-8?q?Checkout_outage=0A=0A##_Severity=0D=0ASEV1?=\n\n--m\n"
                + "Content-Type: application/pdf\n"
                + "Content-Disposition: attachment; filename=\"=?utf-8?q?a=0A##_Owner=0Ab.pdf?=\"\n\nJVBERi0=\n--m--\n";
        String text = MailMessage.asText(bytes(mail)).orElseThrow();

        assertThat(text).startsWith("Subject: Checkout outage  ## Severity  SEV1\n");
        assertThat(text).contains("[attachment: a ## Owner b.pdf]");
        assertThat(text).doesNotContain("\n##");
    }

    @Test
    void rawUtf8HeaderBytesAreReadAsUtf8AndOtherBytesAsLatin1() {
        String mail = "From: Zo\u00eb M\u00fcller <zoe@example.org>\nContent-Type: text/plain\n\nBody\n";
        assertThat(MailMessage.asText(bytes(mail)).orElseThrow()).startsWith("From: Zo\u00eb M\u00fcller <zoe@");

        byte[] latin1 = mail.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(MailMessage.asText(latin1).orElseThrow()).startsWith("From: Zo\u00eb M\u00fcller <zoe@");
    }

    @Test
    void aPartNestedTooDeepIsNamedNotDumpedWithItsBoundariesAndHeaders() {
        StringBuilder mail = new StringBuilder("Subject: Deep\nContent-Type: multipart/mixed; boundary=b0\n\n");
        for (int depth = 1; depth <= 6; depth++) {
            mail.append("--b").append(depth - 1).append("\nContent-Type: multipart/mixed; boundary=b").append(depth)
                    .append("\n\n");
        }
        mail.append("--b6\nContent-Type: text/plain\nContent-Transfer-Encoding: base64\n\nU0VWMQ==\n--b6--\n");
        String text = MailMessage.asText(bytes(mail.toString())).orElseThrow();

        assertThat(text).contains("[part not read: multipart/mixed]");
        assertThat(text).doesNotContain("--b").doesNotContain("Content-Type").doesNotContain("U0VWMQ");
    }
}
