package dev.switchboard.testkit;

import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

/**
 * In-memory state shared by the emulations of one {@link Sandbox}: the seed, deterministic id and random sources,
 * and a namespaced store where each emulation keeps its data. Everything here is thread-safe and is cleared by
 * {@link #reset()} (which {@link Sandbox#reset()} calls), so the same seed always yields the same data.
 */
public final class SandboxState {

    private final long seed;
    private final Map<String, AtomicLong> counters = new ConcurrentHashMap<>();
    private final Map<String, Object> store = new ConcurrentHashMap<>();
    private volatile Random random;

    public SandboxState(long seed) {
        this.seed = seed;
        this.random = new Random(seed);
    }

    public long seed() {
        return seed;
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

    /** Clears counters, the store and the shared random source. */
    public void reset() {
        counters.clear();
        store.clear();
        random = new Random(seed);
    }
}
