package dev.switchboard.webhooks;

import dev.switchboard.models.callr.HmacAlgorithm;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Produces the signature headers CALLR or VoIPBin would send for a body, so you can unit-test your own webhook
 * endpoint end to end:
 * <pre>{@code
 * byte[] body = "{\"event_id\":\"e1\",\"type\":\"sms.mo\",\"try\":0,\"data\":{}}".getBytes(UTF_8);
 * Map<String, String> headers = WebhookSigner.callr(HmacAlgorithm.SHA256, secret).sign(body, "e1");
 * // POST body with headers to your endpoint, expect 200
 * }</pre>
 * The signer uses the same HMAC and encoding code as {@link WebhookVerifier}. Immutable and thread-safe;
 * {@link #toString()} never reveals the secret.
 */
public final class WebhookSigner {

    private final SignatureScheme scheme;
    private final Hmac key;

    private WebhookSigner(SignatureScheme scheme, Hmac key) {
        this.scheme = scheme;
        this.key = key;
    }

    /**
     * Creates a signer that produces {@code X-CALLR-HmacSignature} headers.
     *
     * @param algorithm the {@code hmac_algo}, one of {@link WebhookVerifier#supportedAlgorithms()}
     * @param secret    the {@code hmac_secret}, 8..1024 characters
     * @return the signer
     * @throws IllegalArgumentException if the secret is null or outside 8..1024 characters
     * @throws WebhookVerificationException ({@link FailureReason#UNSUPPORTED_ALGORITHM}) for an algorithm the SDK does
     *     not compute
     */
    public static WebhookSigner callr(HmacAlgorithm algorithm, String secret) {
        MacSpec spec = MacSpec.of(Objects.requireNonNull(algorithm, "algorithm"));
        WebhookVerifier.checkCallrSecret(secret);
        return new WebhookSigner(SignatureScheme.CALLR, new Hmac(spec, secret));
    }

    /**
     * Creates a signer that produces {@code X-VoIPBIN-Signature: sha256=<hex>} headers.
     *
     * @param secret the {@code webhook_secret}, not empty
     * @return the signer
     * @throws IllegalArgumentException if the secret is null or empty
     */
    public static WebhookSigner voipbin(String secret) {
        if (secret == null || secret.isEmpty()) {
            throw new IllegalArgumentException("webhook_secret must not be null or empty");
        }
        return new WebhookSigner(SignatureScheme.VOIPBIN, new Hmac(MacSpec.SHA256, secret));
    }

    /**
     * Returns the signature header value for a body, e.g. {@code "ui3tBEKV...="} (CALLR) or {@code "sha256=ba2d..."}
     * (VoIPBin).
     *
     * @param body the exact bytes that will be sent
     * @return the header value
     */
    public String signature(byte[] body) {
        return scheme.encode(key.mac(Objects.requireNonNull(body, "body")));
    }

    /**
     * Returns the signature header for a body.
     *
     * @param body the exact bytes that will be sent
     * @return an unmodifiable map with one entry: the signature header name and its value
     */
    public Map<String, String> sign(byte[] body) {
        Map<String, String> headers = new LinkedHashMap<>();
        headers.put(scheme.headerName(), signature(body));
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Returns the signature header for the UTF-8 bytes of a body.
     *
     * @param body the body text; its UTF-8 encoding is what gets signed (and must be what you send)
     * @return an unmodifiable map with one entry: the signature header name and its value
     */
    public Map<String, String> sign(String body) {
        return sign(Objects.requireNonNull(body, "body").getBytes(StandardCharsets.UTF_8));
    }

    /**
     * Returns the headers of a CALLR delivery: {@code X-CALLR-HmacSignature} and {@code X-CALLR-EventId}.
     *
     * @param body    the exact bytes that will be sent
     * @param eventId the event id, normally the {@code event_id} of the body
     * @return an unmodifiable map with the two headers, signature first
     * @throws IllegalStateException if this is a VoIPBin signer (VoIPBin sends no event id header)
     */
    public Map<String, String> sign(byte[] body, String eventId) {
        if (scheme != SignatureScheme.CALLR) {
            throw new IllegalStateException("VoIPBin deliveries carry no event id header; use sign(body)");
        }
        Objects.requireNonNull(eventId, "eventId");
        Map<String, String> headers = new LinkedHashMap<>(sign(body));
        headers.put(WebhookVerifier.CALLR_EVENT_ID_HEADER, eventId);
        return Collections.unmodifiableMap(headers);
    }

    /**
     * Returns the name of the signature header this signer produces.
     *
     * @return {@value WebhookVerifier#CALLR_SIGNATURE_HEADER} or {@value WebhookVerifier#VOIPBIN_SIGNATURE_HEADER}
     */
    public String signatureHeader() {
        return scheme.headerName();
    }

    @Override
    public String toString() {
        return "WebhookSigner[" + scheme + ", " + key.algorithm() + ", secret=***]";
    }
}
