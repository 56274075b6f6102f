package dev.hindsight.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Objects;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * An endpoint's signing secret in the Standard Webhooks format ({@code whsec_} + base64 of random bytes), and the
 * signature it makes: {@code v1,} + base64(HMAC-SHA256(key, "{id}.{timestamp}.{body}")). Immutable, thread-safe.
 * {@link #toString()} never shows the secret, so it cannot reach a log by accident.
 */
public final class SigningSecret {

    static final String PREFIX = "whsec_";
    /** 32 random bytes: more than the 24 the scheme asks for, within its 64. */
    static final int KEY_BYTES = 32;
    private static final SecureRandom RANDOM = new SecureRandom();

    private final String text;
    private final byte[] key;

    private SigningSecret(String text, byte[] key) {
        this.text = text;
        this.key = key;
    }

    /** A fresh random secret. */
    static SigningSecret generate() {
        byte[] key = new byte[KEY_BYTES];
        RANDOM.nextBytes(key);
        return new SigningSecret(PREFIX + Base64.getEncoder().encodeToString(key), key);
    }

    /** A secret as it was written, {@code whsec_...}. */
    static SigningSecret of(String text) {
        Objects.requireNonNull(text, "text is null");
        if (!text.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signing secret starts with " + PREFIX);
        }
        return new SigningSecret(text, Base64.getDecoder().decode(text.substring(PREFIX.length())));
    }

    /** The secret as the receiver configures it; only for storing it and showing it once. */
    public String reveal() {
        return text;
    }

    /** The {@code webhook-signature} header's value for one request. */
    String sign(String webhookId, long unixSeconds, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            byte[] signed = mac.doFinal((webhookId + "." + unixSeconds + "." + body).getBytes(StandardCharsets.UTF_8));
            return "v1," + Base64.getEncoder().encodeToString(signed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is missing from this JVM", e);
        }
    }

    @Override
    public String toString() {
        return PREFIX + "…(hidden)";
    }
}
