package dev.switchboard.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class HmacAlgorithmTest {

    @Test
    void fromNameIgnoresCase() {
        assertThat(HmacAlgorithm.fromName("md5")).isEqualTo(HmacAlgorithm.MD5);
        assertThat(HmacAlgorithm.fromName("Sha1")).isEqualTo(HmacAlgorithm.SHA1);
        assertThat(HmacAlgorithm.fromName("SHA256")).isEqualTo(HmacAlgorithm.SHA256);
        assertThat(HmacAlgorithm.fromName(" sha512 ")).isEqualTo(HmacAlgorithm.SHA512);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"SHA384", "SHA-256", "HmacSHA256", "", "sha3-256", "bad\nname"})
    void otherNamesAreUnsupported(String name) {
        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                () -> HmacAlgorithm.fromName(name));

        assertThat(e.reason()).isEqualTo(FailureReason.UNSUPPORTED_ALGORITHM);
        assertThat(e.getMessage()).contains("MD5, SHA1, SHA256, SHA512").doesNotContain("\n");
    }

    @Test
    void macLengths() {
        assertThat(HmacAlgorithm.MD5.macLength()).isEqualTo(16);
        assertThat(HmacAlgorithm.SHA1.macLength()).isEqualTo(20);
        assertThat(HmacAlgorithm.SHA256.macLength()).isEqualTo(32);
        assertThat(HmacAlgorithm.SHA512.macLength()).isEqualTo(64);
        for (HmacAlgorithm algorithm : HmacAlgorithm.values()) {
            assertThat(new Hmac(algorithm, "12345678").mac(new byte[0])).hasSize(algorithm.macLength());
        }
    }

    @Test
    void exceptionIsUncheckedAndCarriesItsReason() {
        WebhookVerificationException e =
                new WebhookVerificationException(FailureReason.MISSING_HEADER, "missing X header");

        assertThat(e).isInstanceOf(RuntimeException.class).hasMessage("missing X header");
        assertThat(e.reason()).isEqualTo(FailureReason.MISSING_HEADER);
    }
}
