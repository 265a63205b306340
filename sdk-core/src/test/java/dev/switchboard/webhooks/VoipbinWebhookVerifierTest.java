package dev.switchboard.webhooks;

import static dev.switchboard.webhooks.Vectors.BODY;
import static dev.switchboard.webhooks.Vectors.BODY_BYTES;
import static dev.switchboard.webhooks.Vectors.CALLR_SHA256;
import static dev.switchboard.webhooks.Vectors.SECRET;
import static dev.switchboard.webhooks.Vectors.SECRET2;
import static dev.switchboard.webhooks.Vectors.UNICODE_BODY;
import static dev.switchboard.webhooks.Vectors.UNICODE_VOIPBIN;
import static dev.switchboard.webhooks.Vectors.VOIPBIN;
import static dev.switchboard.webhooks.Vectors.VOIPBIN_SECRET2;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.models.callr.HmacAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class VoipbinWebhookVerifierTest {

    private static final String HEADER = "X-VoIPBIN-Signature";

    private static Map<String, List<String>> headers(String... signatures) {
        return Map.of(HEADER, List.of(signatures));
    }

    private static FailureReason reasonOf(WebhookVerifier verifier, byte[] body, Map<String, List<String>> headers) {
        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                () -> verifier.verify(body, headers));
        assertThat(e).as("expected a failure").isNotNull();
        assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain("\n");
        return e.reason();
    }

    @Test
    void acceptsOpensslVector() {
        WebhookVerifier verifier = WebhookVerifier.voipbin(SECRET);

        assertThatCode(() -> verifier.verify(BODY_BYTES, headers(VOIPBIN))).doesNotThrowAnyException();
        assertThat(verifier.isValid(BODY, headers(VOIPBIN))).isTrue();
        assertThat(verifier.algorithm()).isEqualTo(HmacAlgorithm.SHA256);
        assertThat(verifier.signatureHeader()).isEqualTo(HEADER);
    }

    @Test
    void toleratesUpperCaseHexAndPrefix() {
        WebhookVerifier verifier = WebhookVerifier.voipbin(SECRET);

        assertThat(verifier.isValid(BODY_BYTES, headers(VOIPBIN.toUpperCase(Locale.ROOT)))).isTrue();
    }

    @Test
    void tamperedAndReserialisedBodiesFail() {
        WebhookVerifier verifier = WebhookVerifier.voipbin(SECRET);

        assertThat(reasonOf(verifier, BODY.replace("sms.mo", "sms.mt").getBytes(StandardCharsets.UTF_8),
                headers(VOIPBIN))).isEqualTo(FailureReason.SIGNATURE_MISMATCH);
        assertThat(reasonOf(verifier, BODY.replace(",", ",\n  ").getBytes(StandardCharsets.UTF_8),
                headers(VOIPBIN))).isEqualTo(FailureReason.SIGNATURE_MISMATCH);
    }

    @Test
    void wrongSecretFails() {
        assertThat(reasonOf(WebhookVerifier.voipbin("other"), BODY_BYTES, headers(VOIPBIN)))
                .isEqualTo(FailureReason.SIGNATURE_MISMATCH);
    }

    @Test
    void rotatedSecrets() {
        WebhookVerifier verifier = WebhookVerifier.voipbin(SECRET, SECRET2);

        assertThat(verifier.isValid(BODY_BYTES, headers(VOIPBIN))).isTrue();
        assertThat(verifier.isValid(BODY_BYTES, headers(VOIPBIN_SECRET2))).isTrue();
        assertThat(WebhookVerifier.voipbin("old", SECRET2).isValid(BODY_BYTES, headers(VOIPBIN_SECRET2))).isTrue();
    }

    @Test
    void repeatedHeaderAcceptsAnyMatch() {
        WebhookVerifier verifier = WebhookVerifier.voipbin(SECRET);

        assertThat(verifier.isValid(BODY_BYTES, headers("sha256=zz", VOIPBIN_SECRET2, VOIPBIN))).isTrue();
        assertThat(verifier.isValid(BODY_BYTES, name -> VOIPBIN_SECRET2 + ", " + VOIPBIN)).isTrue();
    }

    @Test
    void missingHeader() {
        WebhookVerifier verifier = WebhookVerifier.voipbin(SECRET);

        assertThat(reasonOf(verifier, BODY_BYTES, Map.of("X-CALLR-HmacSignature", List.of(CALLR_SHA256))))
                .isEqualTo(FailureReason.MISSING_HEADER);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // the hex without its sha256= prefix
        "ba2ded0442955a7494050987f33642dd79325dfc48a3c6dcf40a43ce35c29776",
        "sha1=ba2ded0442955a7494050987f33642dd79325dfc48a3c6dcf40a43ce35c29776",
        "sha256=ba2ded0442955a7494050987f33642dd79325dfc48a3c6dcf40a43ce35c2977",    // 63 digits
        "sha256=xa2ded0442955a7494050987f33642dd79325dfc48a3c6dcf40a43ce35c29776",   // not hex
        "sha256=",
        "",
        "ui3tBEKVWnSUBQmH8zZC3XkyXfxIo8bc9ApDzjXCl3Y=",                              // CALLR-style base64
    })
    void malformedHeader(String value) {
        assertThat(reasonOf(WebhookVerifier.voipbin(SECRET), BODY_BYTES, headers(value)))
                .isEqualTo(FailureReason.MALFORMED_HEADER);
    }

    @Test
    void nonAsciiBody() {
        WebhookVerifier verifier = WebhookVerifier.voipbin(SECRET);

        assertThat(verifier.isValid(UNICODE_BODY.getBytes(StandardCharsets.UTF_8), headers(UNICODE_VOIPBIN))).isTrue();
        assertThat(verifier.isValid(UNICODE_BODY, headers(UNICODE_VOIPBIN))).isTrue();
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        WebhookVerifier verifier = WebhookVerifier.voipbin(SECRET);

        assertThat(verifier.isValid(BODY_BYTES, Map.of("x-voipbin-signature", List.of(VOIPBIN)))).isTrue();
        assertThat(verifier.isValid(BODY_BYTES, Map.of("X-VOIPBIN-SIGNATURE", List.of(VOIPBIN)))).isTrue();
        assertThat(verifier.isValid(BODY_BYTES, Map.of("x-voipbin-signature", VOIPBIN)::get)).isTrue();
    }

    @Test
    void secretsMustBeNonEmpty() {
        assertThatThrownBy(() -> WebhookVerifier.voipbin(""))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("webhook_secret");
        assertThatThrownBy(() -> WebhookVerifier.voipbin())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("webhook_secret");
        assertThatThrownBy(() -> WebhookVerifier.voipbin((String) null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
