package dev.switchboard.webhooks;

import dev.switchboard.models.callr.HmacAlgorithm;
import dev.switchboard.models.callr.WebhookOptions;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * Verifies that a webhook delivery was signed by CALLR or VoIPBin with one of your secrets.
 *
 * <p>Verify the <b>exact raw request body</b>, before parsing it:
 * <pre>{@code
 * WebhookVerifier verifier = WebhookVerifier.callr(HmacAlgorithm.SHA256, System.getenv("CALLR_HMAC_SECRET"));
 * byte[] body = request.getInputStream().readAllBytes();
 * verifier.verify(body, request::getHeader);   // throws WebhookVerificationException
 * }</pre>
 *
 * <p>Rules: the HMAC is computed over the bytes as received (no charset round trip); the comparison is constant-time
 * ({@link MessageDigest#isEqual}); several secrets may be configured (rotation: a delivery signed with any of them is
 * accepted); if the signature header is repeated, or holds several comma-separated values, the delivery is accepted
 * when any well-formed value matches. Neither provider signs a timestamp, so there is no replay window: pair the
 * verifier with a {@link WebhookDeduplicator}.
 *
 * <p>The algorithm is the same {@link HmacAlgorithm} you subscribe a CALLR webhook with
 * ({@code WebhookOptions.hmacAlgo}): an open enumeration, so a value CALLR adds later still reads. The verifier
 * computes the four documented ones ({@link #supportedAlgorithms()}); any other value is refused when the verifier is
 * built, with a {@link WebhookVerificationException} whose reason is {@link FailureReason#UNSUPPORTED_ALGORITHM}.
 *
 * <p>Instances are immutable and thread-safe; build one per provider configuration and share it.
 * {@link #toString()} never reveals a secret.
 */
public final class WebhookVerifier {

    /** The CALLR signature header, {@value}. */
    public static final String CALLR_SIGNATURE_HEADER = "X-CALLR-HmacSignature";
    /** The CALLR event id header, {@value}, the key to de-duplicate retried pushes on. */
    public static final String CALLR_EVENT_ID_HEADER = "X-CALLR-EventId";
    /** The VoIPBin signature header, {@value}. */
    public static final String VOIPBIN_SIGNATURE_HEADER = "X-VoIPBIN-Signature";

    /** Shortest {@code hmac_secret} CALLR accepts, in characters. */
    public static final int CALLR_MIN_SECRET_LENGTH = 8;
    /** Longest {@code hmac_secret} CALLR accepts, in characters. */
    public static final int CALLR_MAX_SECRET_LENGTH = 1024;

    private final SignatureScheme scheme;
    private final MacSpec algorithm;
    private final List<Hmac> keys;

    private WebhookVerifier(SignatureScheme scheme, MacSpec algorithm, List<Hmac> keys) {
        this.scheme = scheme;
        this.algorithm = algorithm;
        this.keys = List.copyOf(keys);
    }

    /**
     * Creates a verifier for CALLR webhooks ({@code X-CALLR-HmacSignature}).
     *
     * @param algorithm the {@code hmac_algo} the webhook was subscribed with ({@link HmacAlgorithm#SHA256} is CALLR's
     *                  default)
     * @param secrets   one or more {@code hmac_secret} values, 8..1024 characters each; a delivery signed with any of
     *                  them is accepted
     * @return the verifier
     * @throws IllegalArgumentException if no secret is given or a secret is null or outside 8..1024 characters
     * @throws WebhookVerificationException ({@link FailureReason#UNSUPPORTED_ALGORITHM}) for an algorithm the verifier
     *     does not compute (an {@code UNKNOWN} value other than a documented name in another case)
     */
    public static WebhookVerifier callr(HmacAlgorithm algorithm, String... secrets) {
        CallrBuilder builder = callrBuilder().algorithm(algorithm);
        for (String secret : Objects.requireNonNull(secrets, "secrets")) {
            builder.addSecret(secret);
        }
        return builder.build();
    }

    /**
     * Creates a CALLR verifier from the {@code Webhook.Options} a webhook was subscribed with: its {@code hmac_algo}
     * (SHA256 when absent, as CALLR defaults) and {@code hmac_secret}.
     *
     * @param options the options of the subscription ({@code Webhook.Options})
     * @return the verifier
     * @throws IllegalArgumentException when the options carry no {@code hmac_secret} or one outside 8..1024 characters
     * @throws WebhookVerificationException ({@link FailureReason#UNSUPPORTED_ALGORITHM}) for an algorithm other than
     *     MD5, SHA1, SHA256 or SHA512
     */
    public static WebhookVerifier callr(WebhookOptions options) {
        Objects.requireNonNull(options, "options");
        String secret = options.hmacSecret().orElseThrow(
                () -> new IllegalArgumentException("hmac_secret: the webhook options carry no secret to verify with"));
        return callr(options.hmacAlgo().orElse(HmacAlgorithm.SHA256), secret);
    }

    /**
     * The algorithms the verifier (and {@link WebhookSigner}) compute: MD5, SHA1, SHA256 and SHA512, the documented
     * values of {@code Webhook.Options.hmac_algo}.
     *
     * @return the documented constants of {@link HmacAlgorithm}, in that order
     */
    public static List<HmacAlgorithm> supportedAlgorithms() {
        return MacSpec.SUPPORTED;
    }

    /**
     * Looks a supported algorithm up by name, ignoring case and surrounding blanks ({@code "sha256"} gives
     * {@link HmacAlgorithm#SHA256}), e.g. for a command-line option or a configuration file.
     *
     * @param name MD5, SHA1, SHA256 or SHA512, in any case
     * @return the documented constant
     * @throws WebhookVerificationException with reason {@link FailureReason#UNSUPPORTED_ALGORITHM} for any other name
     *     (including null)
     */
    public static HmacAlgorithm supportedAlgorithm(String name) {
        return MacSpec.named(name).algorithm();
    }

    /**
     * Starts a builder for a CALLR verifier; the algorithm defaults to {@link HmacAlgorithm#SHA256}.
     *
     * @return a new builder
     */
    public static CallrBuilder callrBuilder() {
        return new CallrBuilder();
    }

    /**
     * Creates a verifier for VoIPBin webhooks ({@code X-VoIPBIN-Signature: sha256=<hex>}).
     *
     * @param secrets one or more non-empty {@code webhook_secret} values; a delivery signed with any of them is
     *                accepted
     * @return the verifier
     * @throws IllegalArgumentException if no secret is given or a secret is null or empty
     */
    public static WebhookVerifier voipbin(String... secrets) {
        Objects.requireNonNull(secrets, "secrets");
        Set<String> distinct = new LinkedHashSet<>();
        for (String secret : secrets) {
            if (secret == null || secret.isEmpty()) {
                throw new IllegalArgumentException("webhook_secret must not be null or empty");
            }
            distinct.add(secret);
        }
        return new WebhookVerifier(SignatureScheme.VOIPBIN, MacSpec.SHA256, keysFor(MacSpec.SHA256,
                distinct, "webhook_secret"));
    }

    /**
     * Verifies a delivery.
     *
     * @param rawBody the exact raw body as received, byte for byte; never a re-serialised object
     * @param headers the request headers; names are matched case-insensitively and every value of a repeated header is
     *                considered
     * @throws WebhookVerificationException if the delivery is not authentic (see {@link FailureReason})
     */
    public void verify(byte[] rawBody, Map<String, List<String>> headers) {
        Objects.requireNonNull(rawBody, "rawBody");
        verifyValues(rawBody, headerValues(Objects.requireNonNull(headers, "headers")));
    }

    /**
     * Verifies a delivery, reading the signature header through a lookup function, so any framework's request can be
     * adapted: {@code request::getHeader} (Servlet), {@code headers::getFirst} (Spring {@code HttpHeaders}),
     * {@code ctx::header} (Javalin)...
     *
     * <p>The lookup is called with the canonical header name ({@value #CALLR_SIGNATURE_HEADER} or
     * {@value #VOIPBIN_SIGNATURE_HEADER}) and, if that returns null, with its lower-case form. A value holding several
     * comma-separated signatures (a folded repeated header) is accepted when any of them matches.
     *
     * @param rawBody      the exact raw body as received, byte for byte; never a re-serialised object
     * @param headerLookup returns the value of the named header, or null if absent
     * @throws WebhookVerificationException if the delivery is not authentic (see {@link FailureReason})
     */
    public void verify(byte[] rawBody, Function<String, String> headerLookup) {
        Objects.requireNonNull(rawBody, "rawBody");
        verifyValues(rawBody, headerValues(Objects.requireNonNull(headerLookup, "headerLookup")));
    }

    /**
     * Verifies a delivery whose body you hold as a String; its UTF-8 bytes are verified.
     *
     * @param rawBody the exact raw body as received; never a re-serialised object. Prefer the {@code byte[]}
     *                overload: a body read through a {@code Reader} with the wrong charset, or line by line, no longer
     *                matches the signature
     * @param headers the request headers, names matched case-insensitively
     * @throws WebhookVerificationException if the delivery is not authentic
     */
    public void verify(String rawBody, Map<String, List<String>> headers) {
        verify(Objects.requireNonNull(rawBody, "rawBody").getBytes(StandardCharsets.UTF_8), headers);
    }

    /**
     * Verifies a delivery whose body you hold as a String; its UTF-8 bytes are verified.
     *
     * @param rawBody      the exact raw body as received; never a re-serialised object
     * @param headerLookup returns the value of the named header, or null if absent
     * @throws WebhookVerificationException if the delivery is not authentic
     * @see #verify(byte[], Function)
     */
    public void verify(String rawBody, Function<String, String> headerLookup) {
        verify(Objects.requireNonNull(rawBody, "rawBody").getBytes(StandardCharsets.UTF_8), headerLookup);
    }

    /**
     * Returns whether {@link #verify(byte[], Map)} would succeed.
     *
     * @param rawBody the exact raw body as received
     * @param headers the request headers
     * @return true if the delivery is authentic
     */
    public boolean isValid(byte[] rawBody, Map<String, List<String>> headers) {
        try {
            verify(rawBody, headers);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    /**
     * Returns whether {@link #verify(byte[], Function)} would succeed.
     *
     * @param rawBody      the exact raw body as received
     * @param headerLookup returns the value of the named header, or null if absent
     * @return true if the delivery is authentic
     */
    public boolean isValid(byte[] rawBody, Function<String, String> headerLookup) {
        try {
            verify(rawBody, headerLookup);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    /**
     * Returns whether {@link #verify(String, Map)} would succeed.
     *
     * @param rawBody the exact raw body as received; never a re-serialised object
     * @param headers the request headers
     * @return true if the delivery is authentic
     */
    public boolean isValid(String rawBody, Map<String, List<String>> headers) {
        try {
            verify(rawBody, headers);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    /**
     * Returns whether {@link #verify(String, Function)} would succeed.
     *
     * @param rawBody      the exact raw body as received; never a re-serialised object
     * @param headerLookup returns the value of the named header, or null if absent
     * @return true if the delivery is authentic
     */
    public boolean isValid(String rawBody, Function<String, String> headerLookup) {
        try {
            verify(rawBody, headerLookup);
            return true;
        } catch (WebhookVerificationException e) {
            return false;
        }
    }

    /**
     * Returns the name of the header this verifier reads.
     *
     * @return {@value #CALLR_SIGNATURE_HEADER} or {@value #VOIPBIN_SIGNATURE_HEADER}
     */
    public String signatureHeader() {
        return scheme.headerName();
    }

    /**
     * Returns the HMAC algorithm this verifier expects.
     *
     * @return the algorithm, one of {@link #supportedAlgorithms()} ({@link HmacAlgorithm#SHA256} for VoIPBin)
     */
    public HmacAlgorithm algorithm() {
        return algorithm.algorithm();
    }

    /**
     * Returns how many distinct secrets are accepted.
     *
     * @return at least 1
     */
    public int secretCount() {
        return keys.size();
    }

    @Override
    public String toString() {
        return "WebhookVerifier[" + scheme + ", " + algorithm + ", secrets=" + keys.size() + " (hidden)]";
    }

    // ------------------------------------------------------------------------------------------------------------

    private void verifyValues(byte[] rawBody, List<String> rawValues) {
        String header = scheme.headerName();
        if (rawValues.isEmpty()) {
            throw new WebhookVerificationException(FailureReason.MISSING_HEADER, "missing " + header + " header");
        }
        List<byte[]> candidates = new ArrayList<>();
        int otherAlgorithmLength = -1;
        for (String rawValue : rawValues) {
            // one signature (the common case) is taken as is; a folded repeated header is split
            String[] parts = rawValue.indexOf(',') < 0 ? new String[] {rawValue} : rawValue.split(",", -1);
            for (String part : parts) {
                String value = part.strip();
                if (value.isEmpty()) {
                    continue;
                }
                byte[] decoded = scheme.decode(value);
                if (decoded == null) {
                    continue;
                }
                if (decoded.length == algorithm.macLength()) {
                    candidates.add(decoded);
                } else if (lengthOfSomeAlgorithm(decoded.length)) {
                    otherAlgorithmLength = decoded.length;
                }
            }
        }
        if (candidates.isEmpty()) {
            if (otherAlgorithmLength > 0) {
                throw new WebhookVerificationException(FailureReason.SIGNATURE_MISMATCH, header + " holds a "
                        + otherAlgorithmLength + "-byte " + algorithmOfLength(otherAlgorithmLength)
                        + " signature but this verifier expects " + algorithm
                        + "; check the hmac_algo of the webhook subscription");
            }
            throw new WebhookVerificationException(FailureReason.MALFORMED_HEADER, header + " is malformed: expected "
                    + (scheme == SignatureScheme.CALLR
                            ? "the base64 of a " + algorithm.macLength() + "-byte " + algorithm + " HMAC"
                            : "'sha256=' followed by 64 hex digits"));
        }
        for (Hmac key : keys) {
            byte[] expected = key.mac(rawBody);
            for (byte[] candidate : candidates) {
                if (MessageDigest.isEqual(expected, candidate)) {
                    return;
                }
            }
        }
        throw new WebhookVerificationException(FailureReason.SIGNATURE_MISMATCH, header
                + " does not match the body under any of the " + keys.size() + " configured " + scheme.secretName()
                + " value(s); verify the exact raw bytes received, never a re-serialised body");
    }

    private static boolean lengthOfSomeAlgorithm(int length) {
        return MacSpec.ofLength(length) != null;
    }

    private static MacSpec algorithmOfLength(int length) {
        return MacSpec.ofLength(length);
    }

    private List<String> headerValues(Map<String, List<String>> headers) {
        List<String> values = new ArrayList<>();
        for (Map.Entry<String, List<String>> entry : headers.entrySet()) {
            // HttpURLConnection maps the status line under a null key
            if (entry.getKey() != null && entry.getKey().equalsIgnoreCase(scheme.headerName())
                    && entry.getValue() != null) {
                for (String value : entry.getValue()) {
                    if (value != null) {
                        values.add(value);
                    }
                }
            }
        }
        return values;
    }

    private List<String> headerValues(Function<String, String> lookup) {
        String value = lookup.apply(scheme.headerName());
        if (value == null) {
            value = lookup.apply(scheme.headerName().toLowerCase(Locale.ROOT));
        }
        return value == null ? List.of() : List.of(value);
    }

    private static List<Hmac> keysFor(MacSpec algorithm, Set<String> secrets, String secretName) {
        if (secrets.isEmpty()) {
            throw new IllegalArgumentException("at least one " + secretName + " is required");
        }
        List<Hmac> keys = new ArrayList<>(secrets.size());
        for (String secret : secrets) {
            keys.add(new Hmac(algorithm, secret));
        }
        return keys;
    }

    /** Checks a CALLR {@code hmac_secret}; the message names the field and the length, never the value. */
    static void checkCallrSecret(String secret) {
        if (secret == null) {
            throw new IllegalArgumentException("hmac_secret must not be null");
        }
        int length = secret.codePointCount(0, secret.length());
        if (length < CALLR_MIN_SECRET_LENGTH || length > CALLR_MAX_SECRET_LENGTH) {
            throw new IllegalArgumentException("hmac_secret must be " + CALLR_MIN_SECRET_LENGTH + ".."
                    + CALLR_MAX_SECRET_LENGTH + " characters long (got " + length + ")");
        }
    }

    /**
     * Builds a CALLR {@link WebhookVerifier}. Not thread-safe; the verifier it builds is.
     */
    public static final class CallrBuilder {

        private MacSpec algorithm = MacSpec.SHA256;
        private final Set<String> secrets = new LinkedHashSet<>();

        private CallrBuilder() {
        }

        /**
         * Sets the algorithm (default {@link HmacAlgorithm#SHA256}).
         *
         * @param algorithm the {@code hmac_algo} of the webhook subscription
         * @return this builder
         * @throws WebhookVerificationException with reason {@link FailureReason#UNSUPPORTED_ALGORITHM} for an
         *     algorithm the verifier does not compute
         */
        public CallrBuilder algorithm(HmacAlgorithm algorithm) {
            this.algorithm = MacSpec.of(Objects.requireNonNull(algorithm, "algorithm"));
            return this;
        }

        /**
         * Sets the algorithm by name, as configured in CALLR ({@code "SHA256"}, case-insensitive).
         *
         * @param name MD5, SHA1, SHA256 or SHA512
         * @return this builder
         * @throws WebhookVerificationException with reason {@link FailureReason#UNSUPPORTED_ALGORITHM} for another name
         */
        public CallrBuilder algorithm(String name) {
            this.algorithm = MacSpec.named(name);
            return this;
        }

        /**
         * Adds an accepted {@code hmac_secret}. Add the new secret before rotating it in CALLR and remove the old one
         * once no delivery is signed with it.
         *
         * @param secret 8..1024 characters
         * @return this builder
         * @throws IllegalArgumentException if the secret is null or outside 8..1024 characters
         */
        public CallrBuilder addSecret(String secret) {
            checkCallrSecret(secret);
            secrets.add(secret);
            return this;
        }

        /**
         * Builds the verifier.
         *
         * @return an immutable, thread-safe verifier
         * @throws IllegalArgumentException if no secret was added
         */
        public WebhookVerifier build() {
            return new WebhookVerifier(SignatureScheme.CALLR, algorithm, keysFor(algorithm, secrets, "hmac_secret"));
        }

        @Override
        public String toString() {
            return "WebhookVerifier.CallrBuilder[" + algorithm + ", secrets=" + secrets.size() + " (hidden)]";
        }
    }
}
