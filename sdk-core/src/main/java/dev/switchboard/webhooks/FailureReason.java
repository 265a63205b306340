package dev.switchboard.webhooks;

/**
 * Why a webhook delivery failed verification; see {@link WebhookVerificationException#reason()}.
 */
public enum FailureReason {
    /** The signature header is absent (no header of that name, case-insensitively). */
    MISSING_HEADER,
    /**
     * The signature header is present but no value in it has the provider's shape (not base64, wrong length, no
     * {@code sha256=} prefix, not hex, empty).
     */
    MALFORMED_HEADER,
    /** An HMAC algorithm name other than MD5, SHA1, SHA256 or SHA512 was requested. */
    UNSUPPORTED_ALGORITHM,
    /** A well-formed signature was present but none matched the body under any configured secret. */
    SIGNATURE_MISMATCH
}
