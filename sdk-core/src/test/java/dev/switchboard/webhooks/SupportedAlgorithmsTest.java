package dev.switchboard.webhooks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import dev.switchboard.models.callr.HmacAlgorithm;
import dev.switchboard.models.callr.WebhookOptions;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

/** One {@link HmacAlgorithm} (the open enumeration of sdk-models) for subscribing, verifying and signing. */
class SupportedAlgorithmsTest {

    private static final String SECRET = "s3cr3t-hmac-key";

    @Test
    void theVerifierComputesTheFourDocumentedAlgorithms() {
        assertThat(WebhookVerifier.supportedAlgorithms())
                .containsExactly(HmacAlgorithm.MD5, HmacAlgorithm.SHA1, HmacAlgorithm.SHA256, HmacAlgorithm.SHA512)
                .containsExactlyElementsOf(HmacAlgorithm.knownValues());
    }

    @Test
    void supportedAlgorithmIgnoresCase() {
        assertThat(WebhookVerifier.supportedAlgorithm("md5")).isSameAs(HmacAlgorithm.MD5);
        assertThat(WebhookVerifier.supportedAlgorithm("Sha1")).isSameAs(HmacAlgorithm.SHA1);
        assertThat(WebhookVerifier.supportedAlgorithm("SHA256")).isSameAs(HmacAlgorithm.SHA256);
        assertThat(WebhookVerifier.supportedAlgorithm(" sha512 ")).isSameAs(HmacAlgorithm.SHA512);
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(strings = {"SHA384", "SHA-256", "HmacSHA256", "", "sha3-256", "bad\nname"})
    void otherNamesAreUnsupported(String name) {
        WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class,
                () -> WebhookVerifier.supportedAlgorithm(name));

        assertThat(e.reason()).isEqualTo(FailureReason.UNSUPPORTED_ALGORITHM);
        assertThat(e.getMessage()).contains("MD5, SHA1, SHA256, SHA512").doesNotContain("\n");
    }

    @Test
    void anUnknownValueFromTheServerIsRefusedByTheVerifierTheBuilderAndTheSigner() {
        HmacAlgorithm sha3 = HmacAlgorithm.of("SHA3-256");   // reads fine: an open enumeration
        assertThat(sha3.value()).isEqualTo(HmacAlgorithm.Value.UNKNOWN);

        for (Runnable build : new Runnable[] {
                () -> WebhookVerifier.callr(sha3, SECRET),
                () -> WebhookVerifier.callrBuilder().algorithm(sha3),
                () -> WebhookSigner.callr(sha3, SECRET),
                () -> WebhookVerifier.callr(WebhookOptions.builder().hmacAlgo(sha3).hmacSecret(SECRET).build())}) {
            WebhookVerificationException e = catchThrowableOfType(WebhookVerificationException.class, build::run);
            assertThat(e.reason()).isEqualTo(FailureReason.UNSUPPORTED_ALGORITHM);
            assertThat(e.getMessage()).contains("'SHA3-256'", "hmac_algo", "MD5, SHA1, SHA256, SHA512");
        }
    }

    @Test
    void aDocumentedNameInAnotherCaseIsTheSameAlgorithm() {
        HmacAlgorithm lower = HmacAlgorithm.of("sha512");   // UNKNOWN for the open enumeration (case-sensitive)
        byte[] body = "{}".getBytes(StandardCharsets.UTF_8);
        Map<String, String> headers = WebhookSigner.callr(HmacAlgorithm.SHA512, SECRET).sign(body);

        WebhookVerifier verifier = WebhookVerifier.callr(lower, SECRET);

        assertThat(verifier.algorithm()).isSameAs(HmacAlgorithm.SHA512);
        assertThat(verifier.isValid(body, headers::get)).isTrue();
    }

    @Test
    void macLengths() {
        assertThat(MacSpec.MD5.macLength()).isEqualTo(16);
        assertThat(MacSpec.SHA1.macLength()).isEqualTo(20);
        assertThat(MacSpec.SHA256.macLength()).isEqualTo(32);
        assertThat(MacSpec.SHA512.macLength()).isEqualTo(64);
        for (MacSpec algorithm : MacSpec.values()) {
            assertThat(new Hmac(algorithm, "12345678").mac(new byte[0])).hasSize(algorithm.macLength());
            assertThat(MacSpec.of(algorithm.algorithm())).isSameAs(algorithm);
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
