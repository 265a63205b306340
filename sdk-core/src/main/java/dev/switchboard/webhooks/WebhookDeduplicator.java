package dev.switchboard.webhooks;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Remembers the event ids already delivered so a retried push is processed once. CALLR redelivers an event (same
 * {@code X-CALLR-EventId} / {@code event_id}, {@code try} incremented) when your endpoint does not answer 2xx in time,
 * and neither CALLR nor VoIPBin signs a timestamp, so de-duplicating on the event id is the replay defence.
 *
 * <pre>{@code
 * if (!dedup.firstDelivery(eventId)) { return 200; }        // a repeat: acknowledge, do nothing
 * try { handle(event); } catch (RuntimeException e) { dedup.forget(eventId); return 500; }  // let the retry through
 * }</pre>
 *
 * <p>Memory is bounded: at most {@code capacity} ids are held, the least recently seen is evicted first (LRU, a repeat
 * counts as "seen"). An optional time-to-live makes an id new again once that long has passed since it was first
 * recorded. Ids are held in memory of this JVM only; several instances behind a load balancer each keep their own set
 * (use a shared store for strict once-only processing).
 *
 * <p>Thread-safe.
 */
public final class WebhookDeduplicator {

    /** The default number of ids remembered, {@value}. */
    public static final int DEFAULT_CAPACITY = 10_000;

    private final int capacity;
    private final Duration timeToLive;
    private final Clock clock;
    private final Object lock = new Object();
    private final LinkedHashMap<String, Instant> seen;

    /** Creates a deduplicator remembering up to {@value #DEFAULT_CAPACITY} ids, with no time-to-live. */
    public WebhookDeduplicator() {
        this(DEFAULT_CAPACITY, null, Clock.systemUTC());
    }

    private WebhookDeduplicator(int capacity, Duration timeToLive, Clock clock) {
        this.capacity = capacity;
        this.timeToLive = timeToLive;
        this.clock = clock;
        this.seen = new LinkedHashMap<>(Math.min(capacity, 1024) * 4 / 3 + 1, 0.75f, true) {
            private static final long serialVersionUID = 1L;

            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Instant> eldest) {
                return size() > WebhookDeduplicator.this.capacity;
            }
        };
    }

    /**
     * Starts a builder.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Records a delivery and tells whether it is the first one of this event.
     *
     * @param eventId the event id ({@code X-CALLR-EventId} header or {@code event_id} field), not null or empty
     * @return true the first time an id is seen (and again after it was evicted, expired or
     *         {@linkplain #forget(String) forgotten}); false for a repeat
     * @throws IllegalArgumentException if the id is null or empty
     */
    public boolean firstDelivery(String eventId) {
        if (eventId == null || eventId.isEmpty()) {
            throw new IllegalArgumentException("eventId must not be null or empty");
        }
        synchronized (lock) {
            Instant now = clock.instant();
            Instant firstSeen = seen.get(eventId);   // access-ordered: a hit becomes the most recently seen
            if (firstSeen != null && !expired(firstSeen, now)) {
                return false;
            }
            seen.put(eventId, now);
            return true;
        }
    }

    /**
     * Forgets an id, so its next delivery counts as the first again. Call it when processing a first delivery failed
     * and you answer non-2xx so the provider retries.
     *
     * @param eventId the event id
     * @return true if the id was remembered
     */
    public boolean forget(String eventId) {
        synchronized (lock) {
            return seen.remove(eventId) != null;
        }
    }

    /**
     * Returns how many ids are currently held (expired ids count until they are evicted or seen again).
     *
     * @return at most the capacity
     */
    public int size() {
        synchronized (lock) {
            return seen.size();
        }
    }

    /** Forgets every id. */
    public void clear() {
        synchronized (lock) {
            seen.clear();
        }
    }

    /**
     * Returns the maximum number of ids held.
     *
     * @return the capacity
     */
    public int capacity() {
        return capacity;
    }

    private boolean expired(Instant firstSeen, Instant now) {
        return timeToLive != null && !now.isBefore(firstSeen.plus(timeToLive));
    }

    @Override
    public String toString() {
        return "WebhookDeduplicator[capacity=" + capacity + ", timeToLive=" + timeToLive + "]";
    }

    /**
     * Builds a {@link WebhookDeduplicator}. Not thread-safe.
     */
    public static final class Builder {

        private int capacity = DEFAULT_CAPACITY;
        private Duration timeToLive;
        private Clock clock = Clock.systemUTC();

        private Builder() {
        }

        /**
         * Sets how many ids are remembered (default {@value WebhookDeduplicator#DEFAULT_CAPACITY}).
         *
         * @param capacity at least 1
         * @return this builder
         * @throws IllegalArgumentException if capacity is below 1
         */
        public Builder capacity(int capacity) {
            if (capacity < 1) {
                throw new IllegalArgumentException("capacity must be at least 1 (got " + capacity + ")");
            }
            this.capacity = capacity;
            return this;
        }

        /**
         * Makes an id new again once this long has passed since it was first recorded (default: never). Choose it
         * longer than the provider's retry span.
         *
         * @param timeToLive a positive duration, or null for no expiry
         * @return this builder
         * @throws IllegalArgumentException if the duration is zero or negative
         */
        public Builder timeToLive(Duration timeToLive) {
            if (timeToLive != null && (timeToLive.isZero() || timeToLive.isNegative())) {
                throw new IllegalArgumentException("timeToLive must be positive (got " + timeToLive + ")");
            }
            this.timeToLive = timeToLive;
            return this;
        }

        /**
         * Sets the clock the time-to-live is measured with (default {@link Clock#systemUTC()}); inject a fake one in
         * tests.
         *
         * @param clock the clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /**
         * Builds the deduplicator.
         *
         * @return a new, empty, thread-safe deduplicator
         */
        public WebhookDeduplicator build() {
            return new WebhookDeduplicator(capacity, timeToLive, clock);
        }
    }
}
