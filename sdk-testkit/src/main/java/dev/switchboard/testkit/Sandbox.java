package dev.switchboard.testkit;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpServer;
import dev.switchboard.testkit.callr.CallrEmulation;
import dev.switchboard.testkit.telmetrics.TelmetricsEmulation;
import dev.switchboard.testkit.trackdrive.TrackdriveEmulation;
import dev.switchboard.testkit.voipbin.VoipbinEmulation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * An in-process HTTP server on {@code 127.0.0.1} that emulates the four provider APIs (CALLR as JSON-RPC v1.1 and
 * as REST v2), for the tour and for tests.
 *
 * <pre>{@code
 * try (Sandbox sandbox = Sandbox.start()) {
 *     sandbox.faults().enqueue(Fault.status(503).header("Retry-After", "1").onPath("/voipbin/v1.0"));
 *     // point a client at sandbox.voipbinBaseUrl() ...
 *     assertThat(sandbox.requests()).hasSize(2);
 * }
 * }</pre>
 *
 * <p>Requests are routed to the {@link Emulation} with the longest matching {@link Emulation#prefix() prefix};
 * unmatched paths get {@code 404 {"error":"no emulation for <path>"}}. Every request is recorded (see
 * {@link #requests()}) before faults are applied. All state lives in memory; the instance is thread-safe.
 */
public final class Sandbox implements AutoCloseable {

    /** Path prefix of the CALLR JSON-RPC emulation. */
    public static final String CALLR_PREFIX = "/callr/json-rpc/v1.1";
    /** The CALLR REST API v2 emulation's prefix ({@link dev.switchboard.testkit.callr.v2.CallrV2Emulation}). */
    public static final String CALLR_V2_PREFIX = "/callr/v2.0";
    /** Path prefix of the VoIPBin emulation. */
    public static final String VOIPBIN_PREFIX = "/voipbin/v1.0";
    /** Path prefix of the TrackDrive emulation. */
    public static final String TRACKDRIVE_PREFIX = "/trackdrive/api/v1";
    /** Path prefix of the Telmetrics emulation. */
    public static final String TELMETRICS_PREFIX = "/telmetrics/v3/api";

    /** The name prefix of every thread a sandbox owns ({@code switchboard-sandbox-<n>-worker-<m>}). */
    public static final String THREAD_NAME_PREFIX = "switchboard-sandbox-";

    private static final Logger LOG = LoggerFactory.getLogger(Sandbox.class);

    static {
        // The JDK HttpServer writes headers and body separately; with Nagle on, loopback delayed ACKs add ~40 ms to
        // every response. Read once when the server classes initialise, so set it before the first server starts.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }
    private static final AtomicInteger INSTANCES = new AtomicInteger();

    private final HttpServer server;
    private final ExecutorService executor;
    private final String baseUrl;
    private final SandboxState state;
    private final List<Emulation> emulations; // longest prefix first
    private final Faults faults = new Faults();
    private final List<RecordedRequest> log = new ArrayList<>();
    private final ObjectMapper mapper;
    private final String threadNamePrefix;
    private final AtomicBoolean closed = new AtomicBoolean();
    private final List<Thread> workers = new java.util.concurrent.CopyOnWriteArrayList<>();

    private Sandbox(Builder b) throws IOException {
        this.state = new SandboxState(b.seed, b.clock);
        this.mapper = new ObjectMapper()
                .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        Map<String, Emulation> byPrefix = new LinkedHashMap<>();
        if (b.defaults) {
            for (Emulation e : Emulations.defaults(state)) {
                byPrefix.put(normalizePrefix(e.prefix()), e);
            }
        }
        for (Function<SandboxState, ? extends Emulation> f : b.factories) {
            Emulation e = Objects.requireNonNull(f.apply(state), "emulation factory returned null");
            byPrefix.put(normalizePrefix(e.prefix()), e); // a registered emulation replaces a default one
        }
        List<Emulation> sorted = new ArrayList<>(byPrefix.values());
        sorted.sort(Comparator.comparingInt((Emulation e) -> normalizePrefix(e.prefix()).length()).reversed());
        this.emulations = List.copyOf(sorted);

        this.threadNamePrefix = THREAD_NAME_PREFIX + INSTANCES.incrementAndGet() + "-worker-";
        AtomicInteger n = new AtomicInteger();
        ThreadFactory tf = r -> {
            Thread t = new Thread(r, threadNamePrefix + n.incrementAndGet());
            t.setDaemon(true);
            workers.add(t);
            return t;
        };
        this.executor = Executors.newFixedThreadPool(b.threads, tf);
        InetAddress loopback = InetAddress.getByName("127.0.0.1");
        HttpServer s = HttpServer.create(new InetSocketAddress(loopback, b.port), 64);
        SandboxDispatcher dispatcher = new SandboxDispatcher(state, emulations, faults, log, mapper, this::baseUrl);
        s.createContext("/", dispatcher::dispatch);
        s.setExecutor(executor);
        try {
            s.start();
        } catch (RuntimeException e) {
            executor.shutdownNow();
            throw e;
        }
        this.server = s;
        this.baseUrl = "http://127.0.0.1:" + s.getAddress().getPort();
    }

    /** Starts a sandbox with the default emulations on a free port, seed 0. */
    public static Sandbox start() {
        return builder().start();
    }

    /** Returns a new builder for a sandbox. */
    public static Builder builder() {
        return new Builder();
    }

    /** {@code http://127.0.0.1:PORT} (no trailing slash). */
    public String baseUrl() {
        return baseUrl;
    }

    /** Returns the local port the sandbox listens on. */
    public int port() {
        return server.getAddress().getPort();
    }

    /** Mirrors {@code https://api.callr.com/json-rpc/v1.1/} (with the trailing slash, like the real one). */
    public String callrBaseUrl() {
        return baseUrl + CALLR_PREFIX + "/";
    }

    /**
     * Mirrors {@code https://api.callr.com/v2.0} (no trailing slash; paths such as {@code /ping} follow), served by
     * {@link dev.switchboard.testkit.callr.v2.CallrV2Emulation}.
     */
    public String callrV2BaseUrl() {
        return baseUrl + CALLR_V2_PREFIX;
    }

    /** Mirrors {@code https://api.voipbin.net/v1.0}. */
    public String voipbinBaseUrl() {
        return baseUrl + VOIPBIN_PREFIX;
    }

    /** Mirrors {@code https://<subdomain>.trackdrive.com/api/v1}. */
    public String trackdriveBaseUrl() {
        return baseUrl + TRACKDRIVE_PREFIX;
    }

    /** Mirrors {@code https://api.telmetrics.com/v3/api}. */
    public String telmetricsBaseUrl() {
        return baseUrl + TELMETRICS_PREFIX;
    }

    /** The fault queue. */
    public Faults faults() {
        return faults;
    }

    /** An immutable snapshot of every request received so far, oldest first. */
    public List<RecordedRequest> requests() {
        synchronized (log) {
            return List.copyOf(log);
        }
    }

    /** The recorded requests whose path lies under {@code pathPrefix}. */
    public List<RecordedRequest> requests(String pathPrefix) {
        String p = normalizePrefix(pathPrefix);
        return requests().stream().filter(r -> underPrefix(r.path(), p)).toList();
    }

    /** The shared emulation state. */
    public SandboxState state() {
        return state;
    }

    /** The sandbox's Jackson mapper. */
    public ObjectMapper mapper() {
        return mapper;
    }

    /** The registered emulations, longest prefix first. */
    public List<Emulation> emulations() {
        return emulations;
    }

    /**
     * The registered emulation of a type, e.g. {@code sandbox.emulation(CallrEmulation.class)}.
     *
     * @param type the emulation class
     * @param <T>  the emulation type
     * @return the first registered emulation that is an instance of {@code type}
     * @throws IllegalStateException if none is (e.g. the sandbox was built {@link Builder#withoutDefaults()})
     */
    public <T extends Emulation> T emulation(Class<T> type) {
        Objects.requireNonNull(type, "type");
        for (Emulation e : emulations) {
            if (type.isInstance(e)) {
                return type.cast(e);
            }
        }
        throw new IllegalStateException("this sandbox has no " + type.getSimpleName() + " (registered: "
                + emulations.stream().map(Emulation::prefix).toList() + ")");
    }

    /**
     * The CALLR emulation and its test API: the signed webhook pushes it sent ({@link CallrEmulation#deliveries()},
     * {@link CallrEmulation#whenDeliveries(int)}, {@link CallrEmulation#whenIdle()}), an inbound SMS
     * ({@link CallrEmulation#simulateInboundSms}), the account's DIDs and credit.
     *
     * @return the CALLR emulation
     * @throws IllegalStateException if this sandbox has none
     */
    public CallrEmulation callr() {
        return emulation(CallrEmulation.class);
    }

    /**
     * The VoIPBin emulation and its test API (e.g. {@link VoipbinEmulation#rateLimitNext}).
     *
     * @return the VoIPBin emulation
     * @throws IllegalStateException if this sandbox has none
     */
    public VoipbinEmulation voipbin() {
        return emulation(VoipbinEmulation.class);
    }

    /**
     * The TrackDrive emulation and its test API.
     *
     * @return the TrackDrive emulation
     * @throws IllegalStateException if this sandbox has none
     */
    public TrackdriveEmulation trackdrive() {
        return emulation(TrackdriveEmulation.class);
    }

    /**
     * The Telmetrics emulation and its test API.
     *
     * @return the Telmetrics emulation
     * @throws IllegalStateException if this sandbox has none
     */
    public TelmetricsEmulation telmetrics() {
        return emulation(TelmetricsEmulation.class);
    }

    /**
     * The sandbox clock every emulation reads "now" from: the {@link Builder#clock(Clock) base clock} (the system
     * clock by default) plus every {@link #advanceClock(Duration)} since the last {@link #reset()}. Pass it to a
     * client's {@code ClientOptions.clock} to share the sandbox's time.
     *
     * @return a live clock in UTC
     */
    public Clock clock() {
        return state.clock();
    }

    /**
     * The sandbox's current time.
     *
     * @return {@code clock().instant()}
     */
    public Instant now() {
        return state.now();
    }

    /**
     * Moves the sandbox clock forward for every emulation: sessions and reservations expire, "the last hour" moves,
     * new objects are dated later. {@link #reset()} undoes it.
     *
     * @param by a non-negative duration
     * @throws IllegalArgumentException if {@code by} is negative
     */
    public void advanceClock(Duration by) {
        state.advanceClock(by);
    }

    /** Restores the initial state: clears emulation data, queued faults and the request log. */
    public void reset() {
        faults.clear();
        synchronized (log) {
            log.clear();
        }
        state.reset();
        for (Emulation e : emulations) {
            e.reset();
        }
    }

    /** Stops the server at once (in-flight exchanges are abandoned) and stops the sandbox's threads. Idempotent. */
    @Override
    public void close() {
        if (!closed.compareAndSet(false, true)) {
            return;
        }
        server.stop(0);
        for (Emulation e : emulations) {
            try {
                e.close();
            } catch (RuntimeException ex) {
                LOG.warn("sandbox: emulation {} failed to close", e.prefix(), ex);
            }
        }
        executor.shutdownNow();
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(2);
            executor.awaitTermination(2, TimeUnit.SECONDS);
            for (Thread t : workers) { // awaitTermination may return while a worker is still exiting
                long left = TimeUnit.NANOSECONDS.toMillis(deadline - System.nanoTime());
                if (left > 0 && t != Thread.currentThread()) {
                    t.join(left);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** The name prefix of this instance's worker threads. */
    public String threadNamePrefix() {
        return threadNamePrefix;
    }

    @Override
    public String toString() {
        return "Sandbox[" + baseUrl + (closed.get() ? ", closed" : "") + "]";
    }

    /** {@code "/a/b/"} → {@code "/a/b"}, {@code "a"} → {@code "/a"}, {@code "/"} or {@code ""} → {@code ""}. */
    static String normalizePrefix(String prefix) {
        String p = prefix == null ? "" : prefix.trim();
        if (!p.isEmpty() && !p.startsWith("/")) {
            p = "/" + p;
        }
        while (p.endsWith("/")) {
            p = p.substring(0, p.length() - 1);
        }
        return p;
    }

    /** Whether {@code path} equals {@code prefix} or lies under it (segment-wise); {@code ""} matches everything. */
    static boolean underPrefix(String path, String prefix) {
        return prefix.isEmpty() || path.equals(prefix) || path.startsWith(prefix + "/");
    }

    /** Configures and starts a {@link Sandbox}. */
    public static final class Builder {
        private int port;
        private long seed;
        private Clock clock = Clock.systemUTC();
        private int threads = 8;
        private boolean defaults = true;
        private final List<Function<SandboxState, ? extends Emulation>> factories = new ArrayList<>();

        private Builder() {
        }

        /** The port to bind on 127.0.0.1; 0 (the default) picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port out of range: " + port);
            }
            this.port = port;
            return this;
        }

        /** The seed of all generated data (default 0): the same seed yields the same ids and data. */
        public Builder seed(long seed) {
            this.seed = seed;
            return this;
        }

        /**
         * The sandbox clock every emulation reads "now" from (default: {@link Clock#systemUTC()}, so an SMS just
         * sent is in "the last hour" and tokens expire in real time). Pass {@link Clock#fixed} for fully deterministic
         * dates; {@link Sandbox#advanceClock(Duration)} moves either one forward.
         *
         * @param clock the base clock
         * @return this builder
         */
        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        /** The size of the worker pool (default 8); each in-flight request, including delayed ones, holds a worker. */
        public Builder threads(int threads) {
            if (threads < 1) {
                throw new IllegalArgumentException("threads must be >= 1");
            }
            this.threads = threads;
            return this;
        }

        /** Registers an emulation; it replaces a default emulation with the same prefix. */
        public Builder emulation(Emulation emulation) {
            Objects.requireNonNull(emulation, "emulation");
            factories.add(state -> emulation);
            return this;
        }

        /** Registers an emulation created with the sandbox's shared {@link SandboxState}. */
        public Builder emulationFactory(Function<SandboxState, ? extends Emulation> factory) {
            factories.add(Objects.requireNonNull(factory, "factory"));
            return this;
        }

        /** Leaves out the built-in {@link Emulations#defaults(SandboxState) default emulations}. */
        public Builder withoutDefaults() {
            this.defaults = false;
            return this;
        }

        /** Starts the server; close the returned sandbox when done. */
        public Sandbox start() {
            try {
                return new Sandbox(this);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot start the sandbox on 127.0.0.1:" + port, e);
            }
        }
    }
}
