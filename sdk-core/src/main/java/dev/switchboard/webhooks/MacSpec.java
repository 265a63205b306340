package dev.switchboard.webhooks;

import dev.switchboard.models.callr.HmacAlgorithm;
import java.util.List;
import java.util.Locale;

/**
 * The closed set of HMACs the verifier and the signer compute, one per documented {@code Webhook.Options.hmac_algo}
 * value, with the JCA name and MAC length of each. The public face is the open {@link HmacAlgorithm} of
 * {@code sdk-models} (what CALLR sends and what you subscribe with); this table maps it to something computable and
 * rejects anything else with {@link FailureReason#UNSUPPORTED_ALGORITHM}.
 */
enum MacSpec {
    /** HMAC-MD5 (16-byte MAC). */
    MD5(HmacAlgorithm.MD5, "HmacMD5", 16),
    /** HMAC-SHA1 (20-byte MAC). */
    SHA1(HmacAlgorithm.SHA1, "HmacSHA1", 20),
    /** HMAC-SHA256 (32-byte MAC), CALLR's default and VoIPBin's only algorithm. */
    SHA256(HmacAlgorithm.SHA256, "HmacSHA256", 32),
    /** HMAC-SHA512 (64-byte MAC). */
    SHA512(HmacAlgorithm.SHA512, "HmacSHA512", 64);

    /** The algorithms of {@link #values()}, in the same order. */
    static final List<HmacAlgorithm> SUPPORTED = List.of(HmacAlgorithm.MD5, HmacAlgorithm.SHA1, HmacAlgorithm.SHA256,
            HmacAlgorithm.SHA512);

    private final HmacAlgorithm algorithm;
    private final String jcaName;
    private final int macLength;

    MacSpec(HmacAlgorithm algorithm, String jcaName, int macLength) {
        this.algorithm = algorithm;
        this.jcaName = jcaName;
        this.macLength = macLength;
    }

    /**
     * The spec for an algorithm: a documented value, or an unknown one whose raw string names a documented value in
     * another case or with blanks around it ({@code "sha256"}).
     *
     * @throws WebhookVerificationException ({@link FailureReason#UNSUPPORTED_ALGORITHM}) for null or any other value
     */
    static MacSpec of(HmacAlgorithm algorithm) {
        if (algorithm == null) {
            throw unsupported("null");
        }
        switch (algorithm.value()) {
            case MD5:
                return MD5;
            case SHA1:
                return SHA1;
            case SHA256:
                return SHA256;
            case SHA512:
                return SHA512;
            default:
                return named(algorithm.raw());
        }
    }

    /**
     * The spec for a name, ignoring case and surrounding blanks.
     *
     * @throws WebhookVerificationException ({@link FailureReason#UNSUPPORTED_ALGORITHM}) for null or another name
     */
    static MacSpec named(String name) {
        if (name != null) {
            String wanted = name.strip().toUpperCase(Locale.ROOT);
            for (MacSpec spec : values()) {
                if (spec.name().equals(wanted)) {
                    return spec;
                }
            }
        }
        throw unsupported(printable(name));
    }

    /** The spec whose MAC has this many bytes, or null. */
    static MacSpec ofLength(int length) {
        for (MacSpec spec : values()) {
            if (spec.macLength == length) {
                return spec;
            }
        }
        return null;
    }

    /** The documented constant, e.g. {@link HmacAlgorithm#SHA256}. */
    HmacAlgorithm algorithm() {
        return algorithm;
    }

    /** The JCA name used with {@link javax.crypto.Mac#getInstance(String)}, e.g. {@code "HmacSHA256"}. */
    String jcaName() {
        return jcaName;
    }

    /** The length of a MAC in bytes: 16, 20, 32 or 64. */
    int macLength() {
        return macLength;
    }

    private static WebhookVerificationException unsupported(String shown) {
        return new WebhookVerificationException(FailureReason.UNSUPPORTED_ALGORITHM, "unsupported HMAC algorithm "
                + shown + " (hmac_algo); expected one of MD5, SHA1, SHA256, SHA512");
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
