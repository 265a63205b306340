package dev.switchboard.testkit;

import java.io.IOException;

/**
 * One provider's emulation inside a {@link Sandbox}.
 *
 * <p>The sandbox routes every request whose path equals {@link #prefix()} or starts with {@code prefix() + "/"}
 * to {@link #handle(SandboxExchange)}; when several prefixes match, the longest wins. An emulation keeps its
 * state in memory (typically in the {@link SandboxState} it was created with) and must be thread-safe: requests
 * arrive on several threads at once.
 */
public interface Emulation {

    /** The path prefix this emulation serves, starting with {@code /} and without a trailing slash, e.g. {@code /voipbin/v1.0}. */
    String prefix();

    /**
     * Handles one request. {@link SandboxExchange#path()} is relative to {@link #prefix()}. The handler must respond
     * exactly once ({@link SandboxExchange#respondJson}, {@link SandboxExchange#respond} ...); if it returns without
     * responding the sandbox answers 500, and if it throws the sandbox answers 500 with the exception message.
     */
    void handle(SandboxExchange exchange) throws IOException;

    /** Forgets everything created since start and restores the initial (seeded) data. Called by {@link Sandbox#reset()}. */
    default void reset() {
    }

    /**
     * Releases what the emulation owns (e.g. threads delivering webhook pushes). Called once by
     * {@link Sandbox#close()}, after the server has stopped; must not throw.
     */
    default void close() {
    }
}
