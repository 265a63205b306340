package dev.switchboard.webhooks;

import static dev.switchboard.webhooks.Vectors.BODY;
import static dev.switchboard.webhooks.Vectors.BODY_BYTES;
import static dev.switchboard.webhooks.Vectors.CALLR_MD5;
import static dev.switchboard.webhooks.Vectors.CALLR_SHA1;
import static dev.switchboard.webhooks.Vectors.CALLR_SHA256;
import static dev.switchboard.webhooks.Vectors.CALLR_SHA256_SECRET2;
import static dev.switchboard.webhooks.Vectors.CALLR_SHA256_UNICODE_SECRET;
import static dev.switchboard.webhooks.Vectors.CALLR_SHA512;
import static dev.switchboard.webhooks.Vectors.SECRET;
import static dev.switchboard.webhooks.Vectors.SECRET2;
import static dev.switchboard.webhooks.Vectors.UNICODE_BODY;
import static dev.switchboard.webhooks.Vectors.UNICODE_CALLR_SHA256;
import static dev.switchboard.webhooks.Vectors.UNICODE_SECRET;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.switchboard.models.callr.HmacAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class CallrWebhookVerifierTest {

    private static final String HEADER = "X-CALLR-HmacSignature";

    private static Map<String, List<String>> headers(String... signatures) {
        return Map.of(HEADER, List.of(signatures));
    }

    /** Runs a verification expected to fail and checks the message is one line without any secret. */
    private static WebhookVerificationException failure(Runnable verification) {
        try {
            verification.run();
        } catch (WebhookVerificationException e) {
            assertThat(e.getMessage()).doesNotContain(SECRET).doesNotContain(SECRET2).doesNotContain("\n");
            return e;
        }
        throw new AssertionError("expected a WebhookVerificationException");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "MD5,    " + CALLR_MD5,
        "SHA1,   " + CALLR_SHA1,
        "SHA256, " + CALLR_SHA256,
        "SHA512, " + CALLR_SHA512,
    })
    void acceptsOpensslVectorForEachAlgorithm(HmacAlgorithm algorithm, String signature) {
        WebhookVerifier verifier = WebhookVerifier.callr(algorithm, SECRET);

        assertThatCode(() -> verifier.verify(BODY_BYTES, headers(signature))).doesNotThrowAnyException();
        assertThat(verifier.isValid(BODY_BYTES, headers(signature))).isTrue();
        assertThat(verifier.isValid(BODY, headers(signature))).isTrue();
        assertThat(verifier.algorithm()).isEqualTo(algorithm);
    }

    @Test
    void builderDefaultsToSha256() {
        WebhookVerifier verifier = WebhookVerifier.callrBuilder().addSecret(SECRET).build();

        assertThat(verifier.algorithm()).isEqualTo(HmacAlgorithm.SHA256);
        assertThat(verifier.isValid(BODY_BYTES, headers(CALLR_SHA256))).isTrue();
        assertThat(verifier.signatureHeader()).isEqualTo(HEADER);
    }

    @Test
    void builderTakesAlgorithmByName() {
        WebhookVerifier verifier = WebhookVerifier.callrBuilder().algorithm("sha512").addSecret(SECRET).build();

        assertThat(verifier.isValid(BODY_BYTES, headers(CALLR_SHA512))).isTrue();
    }

    @Test
    void tamperedBodyFails() {
        byte[] tampered = BODY.replace("Hello", "Hellp").getBytes(StandardCharsets.UTF_8);
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);

        WebhookVerificationException e = failure(() -> verifier.verify(tampered, headers(CALLR_SHA256)));

        assertThat(e.reason()).isEqualTo(FailureReason.SIGNATURE_MISMATCH);
        assertThat(e.getMessage()).contains(HEADER).contains("raw bytes");
    }

    @Test
    void reserialisedBodyFails() {
        // what a framework produces after parsing and pretty/compact re-serialising: same JSON value, other bytes
        String reserialised = BODY.replace(",", ", ").replace(":", ": ");
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);

        assertThat(verifier.isValid(reserialised, headers(CALLR_SHA256))).isFalse();
        assertThat(verifier.isValid(BODY + "\n", headers(CALLR_SHA256))).isFalse();
        assertThat(failure(() -> verifier.verify(reserialised, headers(CALLR_SHA256))).reason())
                .isEqualTo(FailureReason.SIGNATURE_MISMATCH);
    }

    @Test
    void wrongSecretFails() {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, "another-secret");

        assertThat(failure(() -> verifier.verify(BODY_BYTES, headers(CALLR_SHA256))).reason())
                .isEqualTo(FailureReason.SIGNATURE_MISMATCH);
    }

    @Test
    void wrongAlgorithmFailsWithAHint() {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);

        WebhookVerificationException e = failure(() -> verifier.verify(BODY_BYTES, headers(CALLR_SHA512)));

        assertThat(e.reason()).isEqualTo(FailureReason.SIGNATURE_MISMATCH);
        assertThat(e.getMessage()).contains("SHA512").contains("hmac_algo");
    }

    @Test
    void rotatedSecretsAcceptEither() {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET, SECRET2);

        assertThat(verifier.isValid(BODY_BYTES, headers(CALLR_SHA256))).isTrue();
        assertThat(verifier.isValid(BODY_BYTES, headers(CALLR_SHA256_SECRET2))).isTrue();
        assertThat(verifier.secretCount()).isEqualTo(2);
        assertThat(WebhookVerifier.callr(HmacAlgorithm.SHA256, "old-secret-1", SECRET2)
                .isValid(BODY_BYTES, headers(CALLR_SHA256_SECRET2))).isTrue();
    }

    @Test
    void anyOfSeveralSignaturesMayMatch() {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);

        assertThat(verifier.isValid(BODY_BYTES, headers("not base64!", CALLR_SHA256_SECRET2, CALLR_SHA256))).isTrue();
        // a repeated header folded into one value by a proxy
        assertThat(verifier.isValid(BODY_BYTES, headers(CALLR_SHA256_SECRET2 + ", " + CALLR_SHA256))).isTrue();
        assertThat(verifier.isValid(BODY_BYTES, name -> CALLR_SHA256_SECRET2 + "," + CALLR_SHA256)).isTrue();
    }

    @Test
    void missingHeader() {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);

        assertThat(failure(() -> verifier.verify(BODY_BYTES, Map.of("X-CALLR-EventId", List.of("e1")))).reason())
                .isEqualTo(FailureReason.MISSING_HEADER);
        assertThat(failure(() -> verifier.verify(BODY_BYTES, Map.of(HEADER, List.of()))).reason())
                .isEqualTo(FailureReason.MISSING_HEADER);
        assertThat(failure(() -> verifier.verify(BODY_BYTES, name -> null)).reason())
                .isEqualTo(FailureReason.MISSING_HEADER);
        assertThat(failure(() -> verifier.verify(BODY_BYTES, Map.of())).getMessage())
                .isEqualTo("missing X-CALLR-HmacSignature header");
    }

    @ParameterizedTest
    @ValueSource(strings = {"not base64!", "", "   ", "AAAA", "sha256=" + CALLR_SHA256, "%%%%"})
    void malformedHeader(String value) {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);

        WebhookVerificationException e = failure(() -> verifier.verify(BODY_BYTES, headers(value)));

        assertThat(e.reason()).isEqualTo(FailureReason.MALFORMED_HEADER);
        assertThat(e.getMessage()).contains(HEADER).contains("base64");
    }

    @Test
    void nonAsciiBody() {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);
        byte[] utf8 = UNICODE_BODY.getBytes(StandardCharsets.UTF_8);

        assertThat(verifier.isValid(utf8, headers(UNICODE_CALLR_SHA256))).isTrue();
        assertThat(verifier.isValid(UNICODE_BODY, headers(UNICODE_CALLR_SHA256))).isTrue();
        // the same text decoded with the wrong charset is other bytes
        byte[] latin1 = UNICODE_BODY.getBytes(StandardCharsets.ISO_8859_1);
        assertThat(verifier.isValid(latin1, headers(UNICODE_CALLR_SHA256))).isFalse();
    }

    @Test
    void nonAsciiSecretUsesUtf8Bytes() {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, UNICODE_SECRET);

        assertThat(verifier.isValid(BODY_BYTES, headers(CALLR_SHA256_UNICODE_SECRET))).isTrue();
    }

    @Test
    void headerNamesAreCaseInsensitive() {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);

        for (String name : List.of("x-callr-hmacsignature", "X-CALLR-HMACSIGNATURE", "x-CaLlR-hMaCsIgNaTuRe")) {
            assertThat(verifier.isValid(BODY_BYTES, Map.of(name, List.of(CALLR_SHA256)))).as(name).isTrue();
        }
        // a lookup that only knows lower-case names (HTTP/2 style)
        Map<String, String> lowerCase = Map.of("x-callr-hmacsignature", CALLR_SHA256);
        assertThat(verifier.isValid(BODY_BYTES, lowerCase::get)).isTrue();
        // values spread over two spellings of the name are all considered
        Map<String, List<String>> split = new HashMap<>();
        split.put("x-callr-hmacsignature", List.of("garbage"));
        split.put(HEADER, List.of(CALLR_SHA256));
        split.put(null, List.of("HTTP/1.1 200 OK"));   // HttpURLConnection's status line
        assertThat(verifier.isValid(BODY_BYTES, split)).isTrue();
    }

    @Test
    void functionLookupAdaptsAnyFramework() {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);
        Map<String, String> servletLike = Map.of(HEADER, CALLR_SHA256);

        assertThatCode(() -> verifier.verify(BODY_BYTES, servletLike::get)).doesNotThrowAnyException();
        assertThatCode(() -> verifier.verify(BODY, servletLike::get)).doesNotThrowAnyException();
        assertThat(verifier.isValid(BODY, servletLike::get)).isTrue();
        assertThat(verifier.isValid(BODY + " ", servletLike::get)).isFalse();
    }

    @Test
    void secretLengthIsEnforced() {
        String seven = "1234567";
        String kilo = "k".repeat(1025);

        assertThatThrownBy(() -> WebhookVerifier.callr(HmacAlgorithm.SHA256, seven))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hmac_secret").hasMessageContaining("8..1024").hasMessageNotContaining(seven);
        assertThatThrownBy(() -> WebhookVerifier.callrBuilder().addSecret(kilo))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("hmac_secret").hasMessageNotContaining(kilo);
        assertThatCode(() -> WebhookVerifier.callr(HmacAlgorithm.SHA256, "12345678")).doesNotThrowAnyException();
        assertThatCode(() -> WebhookVerifier.callr(HmacAlgorithm.SHA256, "k".repeat(1024)))
                .doesNotThrowAnyException();
        assertThatThrownBy(() -> WebhookVerifier.callr(HmacAlgorithm.SHA256, (String) null))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hmac_secret");
    }

    @Test
    void atLeastOneSecretIsRequired() {
        assertThatThrownBy(() -> WebhookVerifier.callr(HmacAlgorithm.SHA256))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("hmac_secret");
        assertThatThrownBy(() -> WebhookVerifier.callrBuilder().build())
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void verifiesTheBytesAsGivenWithoutCopyingOrChangingThem() {
        byte[] body = BODY_BYTES.clone();
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);

        verifier.verify(body, headers(CALLR_SHA256));

        assertThat(body).isEqualTo(BODY_BYTES);
    }

    @Test
    void toStringHidesSecrets() {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET, SECRET2);

        assertThat(verifier.toString()).doesNotContain(SECRET).doesNotContain(SECRET2).contains("CALLR");
        assertThat(WebhookVerifier.callrBuilder().addSecret(SECRET).toString()).doesNotContain(SECRET);
    }

    @Test
    void sharedAcrossThreads() throws Exception {
        WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, SECRET);
        Boolean[] results = new Boolean[16];
        Thread[] threads = new Thread[results.length];
        for (int i = 0; i < threads.length; i++) {
            int index = i;
            threads[i] = new Thread(() -> {
                boolean ok = true;
                for (int n = 0; n < 200; n++) {
                    ok &= verifier.isValid(BODY_BYTES, headers(CALLR_SHA256));
                    ok &= !verifier.isValid(BODY_BYTES, headers(CALLR_SHA256_SECRET2));
                }
                results[index] = ok;
            });
            threads[i].start();
        }
        for (Thread thread : threads) {
            thread.join();
        }
        assertThat(Arrays.asList(results)).containsOnly(true);
    }
}
