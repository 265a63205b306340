package dev.switchboard.webhooks;

import static dev.switchboard.webhooks.Vectors.BODY;
import static dev.switchboard.webhooks.Vectors.BODY_BYTES;
import static dev.switchboard.webhooks.Vectors.CALLR_MD5;
import static dev.switchboard.webhooks.Vectors.CALLR_SHA1;
import static dev.switchboard.webhooks.Vectors.CALLR_SHA256;
import static dev.switchboard.webhooks.Vectors.CALLR_SHA512;
import static dev.switchboard.webhooks.Vectors.SECRET;
import static dev.switchboard.webhooks.Vectors.UNICODE_BODY;
import static dev.switchboard.webhooks.Vectors.UNICODE_CALLR_SHA256;
import static dev.switchboard.webhooks.Vectors.UNICODE_VOIPBIN;
import static dev.switchboard.webhooks.Vectors.VOIPBIN;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.entry;

import dev.switchboard.models.callr.HmacAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.MethodSource;

class WebhookSignerTest {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "MD5,    " + CALLR_MD5,
        "SHA1,   " + CALLR_SHA1,
        "SHA256, " + CALLR_SHA256,
        "SHA512, " + CALLR_SHA512,
    })
    void callrSignerReproducesOpensslVectors(HmacAlgorithm algorithm, String expected) {
        Map<String, String> headers = WebhookSigner.callr(algorithm, SECRET).sign(BODY_BYTES);

        assertThat(headers).containsExactly(entry("X-CALLR-HmacSignature", expected));
    }

    @Test
    void callrSignerWithEventId() {
        Map<String, String> headers = WebhookSigner.callr(HmacAlgorithm.SHA256, SECRET).sign(BODY_BYTES, "evt_7f3a");

        assertThat(headers).containsExactly(
                entry("X-CALLR-HmacSignature", CALLR_SHA256), entry("X-CALLR-EventId", "evt_7f3a"));
        assertThatThrownBy(() -> headers.put("x", "y")).isInstanceOf(UnsupportedOperationException.class);
    }

    @Test
    void voipbinSignerReproducesOpensslVectors() {
        WebhookSigner signer = WebhookSigner.voipbin(SECRET);

        assertThat(signer.sign(BODY_BYTES)).containsExactly(entry("X-VoIPBIN-Signature", VOIPBIN));
        assertThat(signer.sign(UNICODE_BODY)).containsExactly(entry("X-VoIPBIN-Signature", UNICODE_VOIPBIN));
        assertThat(signer.signature(BODY_BYTES)).isEqualTo(VOIPBIN);
        assertThat(signer.signatureHeader()).isEqualTo("X-VoIPBIN-Signature");
        assertThatThrownBy(() -> signer.sign(BODY_BYTES, "e1")).isInstanceOf(IllegalStateException.class);
    }

    @Test
    void stringBodyIsSignedAsUtf8() {
        assertThat(WebhookSigner.callr(HmacAlgorithm.SHA256, SECRET).sign(UNICODE_BODY))
                .containsEntry("X-CALLR-HmacSignature", UNICODE_CALLR_SHA256);
    }

    @ParameterizedTest
    @MethodSource("dev.switchboard.webhooks.WebhookVerifier#supportedAlgorithms")
    void callrRoundTrip(HmacAlgorithm algorithm) {
        byte[] body = ("{\"event_id\":\"rt\",\"type\":\"call.inbound_start\",\"data\":{\"x\":\"" + algorithm
                + " ☎\"}}").getBytes(StandardCharsets.UTF_8);
        Map<String, String> signed = WebhookSigner.callr(algorithm, SECRET).sign(body, "rt");

        assertThat(WebhookVerifier.callr(algorithm, SECRET).isValid(body, signed::get)).isTrue();
        assertThat(WebhookVerifier.callr(algorithm, "other-secret").isValid(body, signed::get)).isFalse();
    }

    @Test
    void voipbinRoundTrip() {
        byte[] body = "{\"type\":\"groupcall_created\",\"data\":{}}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> signed = WebhookSigner.voipbin(SECRET).sign(body);
        Map<String, List<String>> multi = Map.of("X-VoIPBIN-Signature", List.of(signed.get("X-VoIPBIN-Signature")));

        assertThat(WebhookVerifier.voipbin(SECRET).isValid(body, multi)).isTrue();
        assertThat(WebhookVerifier.voipbin(SECRET).isValid(BODY, multi)).isFalse();
    }

    @Test
    void signerRefusesBadSecretsAndHidesThem() {
        assertThatThrownBy(() -> WebhookSigner.callr(HmacAlgorithm.SHA256, "short"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hmac_secret")
                .hasMessageNotContaining("short");
        assertThatThrownBy(() -> WebhookSigner.voipbin("")).isInstanceOf(IllegalArgumentException.class);
        assertThat(WebhookSigner.callr(HmacAlgorithm.SHA256, SECRET).toString()).doesNotContain(SECRET);
        assertThat(WebhookSigner.voipbin(SECRET).toString()).doesNotContain(SECRET);
    }
}
