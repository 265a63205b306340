package dev.switchboard.webhooks;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;

/**
 * How one provider carries its HMAC in a header: the header name, and how the raw MAC is encoded into (and decoded
 * from) the header value. Shared by the verifier and the signer so both sides agree by construction.
 */
enum SignatureScheme {

    /** {@code X-CALLR-HmacSignature: <standard base64 of the raw MAC>}. */
    CALLR("X-CALLR-HmacSignature", "hmac_secret") {
        @Override
        String encode(byte[] mac) {
            return Base64.getEncoder().encodeToString(mac);
        }

        @Override
        byte[] decode(String value) {
            try {
                return Base64.getDecoder().decode(value);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    },

    /** {@code X-VoIPBIN-Signature: sha256=<lowercase hex of the raw MAC>}. */
    VOIPBIN("X-VoIPBIN-Signature", "webhook_secret") {
        private static final String PREFIX = "sha256=";

        @Override
        String encode(byte[] mac) {
            return PREFIX + HexFormat.of().formatHex(mac);
        }

        @Override
        byte[] decode(String value) {
            if (!value.toLowerCase(Locale.ROOT).startsWith(PREFIX)) {
                return null;
            }
            String hex = value.substring(PREFIX.length());
            if (hex.length() != 2 * MacSpec.SHA256.macLength()) {
                return null;
            }
            try {
                return HexFormat.of().parseHex(hex);
            } catch (IllegalArgumentException e) {
                return null;
            }
        }
    };

    private final String headerName;
    private final String secretName;

    SignatureScheme(String headerName, String secretName) {
        this.headerName = headerName;
        this.secretName = secretName;
    }

    /** The canonical name of the signature header. */
    String headerName() {
        return headerName;
    }

    /** The provider's name for the secret, used in error messages (never the secret itself). */
    String secretName() {
        return secretName;
    }

    /** Encodes a raw MAC as the header value. */
    abstract String encode(byte[] mac);

    /** Decodes one header value to raw MAC bytes, or returns null if the value does not have the expected shape. */
    abstract byte[] decode(String value);
}
