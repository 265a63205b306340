package dev.switchboard.webhooks;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicReference;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * One HMAC key: an algorithm plus the secret's UTF-8 bytes. Immutable and thread-safe: a {@link Mac} is initialised
 * with the key once and cloned when a call needs one (looking a Mac up and initialising it per call halved the
 * throughput on 1 KB bodies, see sdk-benchmarks/RESULTS.md); a finished Mac (reset by {@code doFinal}) is kept in a
 * one-slot pool for the next call, so a verifier used by one thread at a time allocates only the result; with a
 * provider whose Mac cannot be cloned, a Mac is created per call.
 * Shared by {@link WebhookVerifier} and {@link WebhookSigner}. {@link #toString()} never shows the secret.
 */
final class Hmac {

    private final MacSpec algorithm;
    private final SecretKeySpec key;
    /** Initialised once and never updated, only cloned: safe to share between threads. Null if not cloneable. */
    private final Mac prototype;
    /** A keyed Mac no call is using (doFinal resets it), or null: taken and given back atomically. */
    private final AtomicReference<Mac> spare = new AtomicReference<>();

    Hmac(MacSpec algorithm, String secret) {
        this.algorithm = Objects.requireNonNull(algorithm, "algorithm");
        byte[] keyBytes = Objects.requireNonNull(secret, "secret").getBytes(StandardCharsets.UTF_8);
        if (keyBytes.length == 0) {
            throw new IllegalArgumentException("secret must not be empty");
        }
        this.key = new SecretKeySpec(keyBytes, algorithm.jcaName());
        this.prototype = initialised(algorithm, key);
    }

    /** A Mac initialised with the key, if the provider's Mac can be cloned; otherwise null. */
    private static Mac initialised(MacSpec algorithm, SecretKeySpec key) {
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(key);
            mac.clone(); // throws CloneNotSupportedException for a provider whose Mac is not Cloneable
            return mac;
        } catch (GeneralSecurityException | CloneNotSupportedException e) {
            return null; // mac() then creates a Mac per call, and reports a missing algorithm there
        }
    }

    MacSpec algorithm() {
        return algorithm;
    }

    /** Returns the raw MAC of {@code message}; the bytes are used as given (no charset conversion). */
    byte[] mac(byte[] message) {
        Objects.requireNonNull(message, "message");
        if (prototype != null) {
            Mac mac = spare.getAndSet(null);
            try {
                if (mac == null) {
                    mac = (Mac) prototype.clone();
                }
                byte[] result = mac.doFinal(message);
                spare.set(mac); // doFinal reset it to the keyed initial state
                return result;
            } catch (CloneNotSupportedException e) {
                // cannot happen: probed in the constructor; fall back to a fresh Mac
            }
        }
        try {
            Mac mac = Mac.getInstance(algorithm.jcaName());
            mac.init(key);
            return mac.doFinal(message);
        } catch (GeneralSecurityException e) {
            // every Java SE runtime must provide HmacMD5, HmacSHA1 and HmacSHA256; HmacSHA512 ships with all JDKs
            throw new IllegalStateException(algorithm.jcaName() + " is not available in this JVM", e);
        }
    }

    @Override
    public String toString() {
        return "Hmac[" + algorithm + ", secret=***]";
    }
}
