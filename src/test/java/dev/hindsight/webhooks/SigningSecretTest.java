package dev.hindsight.webhooks;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import org.junit.jupiter.api.Test;

class SigningSecretTest {

    @Test
    void aSignatureMatchesThePublishedStandardWebhooksExample() {
        SigningSecret secret = SigningSecret.of("whsec_MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw");

        assertThat(secret.sign("msg_p5jXN8AQM9LWM0D4loKWxJek", 1614265330, "{\"test\": 2432232314}"))
                .isEqualTo("v1,g0hM9SsE+OTPJTGt/tmIKtSyZlE3uFJELVlNIOLJ1OE=");
    }

    @Test
    void aNewSecretIsWhsecAndThirtyTwoRandomBytesAndDiffersEachTime() {
        SigningSecret one = SigningSecret.generate();
        SigningSecret two = SigningSecret.generate();

        assertThat(one.reveal()).startsWith("whsec_");
        assertThat(Base64.getDecoder().decode(one.reveal().substring(6))).hasSize(32);
        assertThat(one.reveal()).isNotEqualTo(two.reveal());
    }

    @Test
    void aSecretNeverShowsItselfWhenPrintedOrLogged() {
        SigningSecret secret = SigningSecret.generate();

        assertThat(secret.toString()).doesNotContain(secret.reveal().substring(6));
        assertThat(String.valueOf(new Webhooks.Registered(null, secret))).doesNotContain(secret.reveal().substring(6));
    }
}
