package dev.switchboard.webhooks;

import java.util.Locale;

/**
 * The HMAC algorithms a CALLR webhook can be signed with ({@code Webhook.Options.hmac_algo}). VoIPBin always uses
 * {@link #SHA256}.
 */
public enum HmacAlgorithm {
    /** HMAC-MD5 (16-byte MAC). Weak; use only if an existing CALLR webhook is configured with it. */
    MD5("HmacMD5", 16),
    /** HMAC-SHA1 (20-byte MAC). */
    SHA1("HmacSHA1", 20),
    /** HMAC-SHA256 (32-byte MAC), CALLR's default. */
    SHA256("HmacSHA256", 32),
    /** HMAC-SHA512 (64-byte MAC). */
    SHA512("HmacSHA512", 64);

    private final String jcaName;
    private final int macLength;

    HmacAlgorithm(String jcaName, int macLength) {
        this.jcaName = jcaName;
        this.macLength = macLength;
    }

    /**
     * Looks an algorithm up by the name CALLR uses ({@code MD5}, {@code SHA1}, {@code SHA256}, {@code SHA512}),
     * ignoring case and surrounding blanks.
     *
     * @param name the algorithm name, e.g. {@code "sha256"}
     * @return the algorithm
     * @throws WebhookVerificationException with reason {@link FailureReason#UNSUPPORTED_ALGORITHM} for any other name
     *                                      (including null)
     */
    public static HmacAlgorithm fromName(String name) {
        if (name != null) {
            String wanted = name.strip().toUpperCase(Locale.ROOT);
            for (HmacAlgorithm algorithm : values()) {
                if (algorithm.name().equals(wanted)) {
                    return algorithm;
                }
            }
        }
        throw new WebhookVerificationException(FailureReason.UNSUPPORTED_ALGORITHM,
                "unsupported HMAC algorithm " + printable(name) + "; expected one of MD5, SHA1, SHA256, SHA512");
    }

    /**
     * Returns the JCA name used with {@link javax.crypto.Mac#getInstance(String)}.
     *
     * @return e.g. {@code "HmacSHA256"}
     */
    public String jcaName() {
        return jcaName;
    }

    /**
     * Returns the length of a MAC in bytes.
     *
     * @return 16, 20, 32 or 64
     */
    public int macLength() {
        return macLength;
    }

    /** The user's input, quoted, shortened and stripped of control characters so the message stays one line. */
    private static String printable(String name) {
        if (name == null) {
            return "null";
        }
        String shown = name.length() > 40 ? name.substring(0, 40) + "..." : name;
        return "'" + shown.replaceAll("\\p{Cntrl}", "?") + "'";
    }
}
