package dev.switchboard.webhooks;

import java.nio.charset.StandardCharsets;

/**
 * Test vectors computed independently of the SDK with OpenSSL 3.0.19, in bash with a UTF-8 locale:
 * <pre>
 * BODY='{"event_id":"evt_7f3a","try":0,"type":"sms.mo","data":{"from":"+33612345678","text":"Hello"}}'
 * SECRET='s3cr3t-hmac-key'
 * printf '%s' "$BODY" | openssl dgst -md5    -hmac "$SECRET" -binary | base64 -w0
 * printf '%s' "$BODY" | openssl dgst -sha1   -hmac "$SECRET" -binary | base64 -w0
 * printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64 -w0
 * printf '%s' "$BODY" | openssl dgst -sha512 -hmac "$SECRET" -binary | base64 -w0
 * printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET"            # VoIPBin: lowercase hex
 * </pre>
 */
final class Vectors {

    static final String BODY =
            "{\"event_id\":\"evt_7f3a\",\"try\":0,\"type\":\"sms.mo\",\"data\":{\"from\":\"+33612345678\",\"text\":\"Hello\"}}";
    static final byte[] BODY_BYTES = BODY.getBytes(StandardCharsets.UTF_8);
    static final String SECRET = "s3cr3t-hmac-key";

    static final String CALLR_MD5 = "2/u5yalzXi3CIKwa9Yp0nQ==";
    static final String CALLR_SHA1 = "aBXYgzgcFciWZpjpjdXpCBv84vA=";
    static final String CALLR_SHA256 = "ui3tBEKVWnSUBQmH8zZC3XkyXfxIo8bc9ApDzjXCl3Y=";
    static final String CALLR_SHA512 =
            "qHghauyiZMJF49A/ZwaElFb+g4fBbFIL+MYPBpHTVubts+ta4+J6yYRaYBTtQLIPB3GbG+jQBP3y+EHsd/iHLA==";
    static final String VOIPBIN = "sha256=ba2ded0442955a7494050987f33642dd79325dfc48a3c6dcf40a43ce35c29776";

    /**
     * Rotation: the same BODY under a second secret.
     * <pre>
     * SECRET2='n3w-r0tated-secret'
     * printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET2" -binary | base64 -w0
     * printf '%s' "$BODY" | openssl dgst -sha256 -hmac "$SECRET2"
     * </pre>
     */
    static final String SECRET2 = "n3w-r0tated-secret";
    static final String CALLR_SHA256_SECRET2 = "EeTKbMLxH3QZ3w7rKCGZx9FwEh4UENX7P5yb4d5bABU=";
    static final String VOIPBIN_SECRET2 = "sha256=11e4ca6cc2f11f7419df0eeb282199c7d170121e1410d5fb3f9c9be1de5b0015";

    /**
     * Non-ASCII body (UTF-8 bytes c3 a9 for é, e2 98 8e for ☎, checked with xxd):
     * <pre>
     * BODY2='{"type":"sms.mo","data":{"text":"Café ☎"}}'
     * printf '%s' "$BODY2" | openssl dgst -sha256 -hmac "$SECRET" -binary | base64 -w0
     * printf '%s' "$BODY2" | openssl dgst -sha256 -hmac "$SECRET"
     * </pre>
     */
    static final String UNICODE_BODY = "{\"type\":\"sms.mo\",\"data\":{\"text\":\"Café ☎\"}}";
    static final String UNICODE_CALLR_SHA256 = "j6z6mkt4d1kUGrfK+zWfoJj0YQOjoWsEox8Yj4Ulc2A=";
    static final String UNICODE_VOIPBIN =
            "sha256=8facfa9a4b787759141ab7cafb359fa098f46103a3a16b04a31f188f85257360";

    /**
     * Non-ASCII secret (its UTF-8 bytes are the key):
     * <pre>
     * printf '%s' "$BODY" | openssl dgst -sha256 -hmac 'clé-secrète-☎' -binary | base64 -w0
     * </pre>
     */
    static final String UNICODE_SECRET = "clé-secrète-☎";
    static final String CALLR_SHA256_UNICODE_SECRET = "kzR83FokxahmY/Y0UprlpKjhZgzyNDqR6+pHZsKVMdo=";

    private Vectors() {
    }
}
