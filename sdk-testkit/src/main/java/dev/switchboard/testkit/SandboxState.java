package dev.switchboard.testkit;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * In-memory state shared by the emulations of one {@link Sandbox}: the seed, deterministic id and random sources,
 * the sandbox clock, and a namespaced store where each emulation keeps its data. Everything here is thread-safe and
 * is cleared by {@link #reset()} (which {@link Sandbox#reset()} calls), so the same seed always yields the same data
 * (and, with a fixed {@link Sandbox.Builder#clock(Clock) clock}, the same dates).
 *
 * <p>The clock is the one the sandbox was built with (the system UTC clock by default) plus the total of every
 * {@link #advanceClock(Duration)} since the last reset: every emulation reads "now" from {@link #clock()}, so moving
 * it moves session expiry, reservation expiry, "the last hour" of a list and the dates of new objects everywhere.
 */
public final class SandboxState {

    private final long seed;
    private final Clock baseClock;
    private volatile Duration offset = Duration.ZERO;
    private final Clock clock;
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final Map<String, Object> store = new ConcurrentHashMap<>();
    private volatile Random random;

    /**
     * State with the system UTC clock.
     *
     * @param seed the seed of all generated data
     */
    public SandboxState(long seed) {
        this(seed, Clock.systemUTC());
    }

    /**
     * State with a given clock.
     *
     * @param seed  the seed of all generated data
     * @param clock the base clock ({@link Clock#fixed} for fully deterministic dates)
     */
    public SandboxState(long seed, Clock clock) {
        this.seed = seed;
        this.baseClock = Objects.requireNonNull(clock, "clock");
        this.clock = new AdvancedClock(this, ZoneOffset.UTC);
        this.random = new Random(seed);
    }

    /**
     * The seed of all generated data.
     *
     * @return the seed given to {@link Sandbox.Builder#seed(long)} (0 by default)
     */
    public long seed() {
        return seed;
    }

    /**
     * The sandbox clock: the base clock plus every {@link #advanceClock(Duration)} since the last {@link #reset()}.
     * Emulations read "now" from it; it is live (it reflects later advances).
     *
     * @return a clock in UTC
     */
    public Clock clock() {
        return clock;
    }

    /**
     * The sandbox's current time, {@code clock().instant()}.
     *
     * @return now, as the emulations see it
     */
    public Instant now() {
        return clock.instant();
    }

    /**
     * Moves the sandbox clock forward for every emulation (undone by {@link #reset()}).
     *
     * @param by a non-negative duration
     * @throws IllegalArgumentException if {@code by} is negative
     */
    public synchronized void advanceClock(Duration by) {
        if (Objects.requireNonNull(by, "by").isNegative()) {
            throw new IllegalArgumentException("by: the sandbox clock only moves forward (got " + by + ")");
        }
        offset = offset.plus(by);
    }

    /**
     * A random source seeded from the sandbox seed and {@code name}, so that one emulation's draws do not shift
     * another's. Each call returns a new generator starting at the same point; keep the one you get.
     */
    public Random random(String name) {
        return new Random(seed * 31 + name.hashCode());
    }

    /** The next value of the named counter, starting at 1; counters restart on {@link #reset()}. */
    public long nextId(String counter) {
        return counters.computeIfAbsent(counter, k -> new AtomicLong()).incrementAndGet();
    }

    /** A deterministic (seed-derived) random UUID, e.g. for VoIPBin resource ids. */
    public UUID nextUuid() {
        Random r = random;
        synchronized (r) {
            return new UUID(r.nextLong() & 0xffffffffffff0fffL | 0x0000000000004000L,
                    r.nextLong() & 0x3fffffffffffffffL | 0x8000000000000000L);
        }
    }

    /** The value stored under {@code key}, created by {@code initial} on first use and after each {@link #reset()}. */
    @SuppressWarnings("unchecked")
    public <T> T get(String key, Supplier<T> initial) {
        return (T) store.computeIfAbsent(key, k -> initial.get());
    }

    /** Clears counters, the store, the shared random source and the clock's advance. */
    public void reset() {
        offset = Duration.ZERO;
        counters.clear();
        store.clear();
        random = new Random(seed);
    }

    /** The base clock shifted by the state's current offset; live, so it sees later advances. */
    private static final class AdvancedClock extends Clock {
        private final SandboxState state;
        private final ZoneId zone;

        AdvancedClock(SandboxState state, ZoneId zone) {
            this.state = state;
            this.zone = zone;
        }

        @Override
        public ZoneId getZone() {
            return zone;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return new AdvancedClock(state, zone);
        }

        @Override
        public Instant instant() {
            return state.baseClock.instant().plus(state.offset);
        }

        @Override
        public String toString() {
            return "SandboxClock[" + state.baseClock + " + " + state.offset + "]";
        }
    }
}
