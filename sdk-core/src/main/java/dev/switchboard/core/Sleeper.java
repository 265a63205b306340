package dev.switchboard.core;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits between retry attempts. Replace it in tests with a fake that records the requested delays and returns at
 * once. The default, used when {@link ClientOptions#sleeper()} is empty, blocks the calling thread for synchronous
 * calls and schedules asynchronous waits on one SDK-owned daemon thread created on first use and stopped by
 * {@code close()}.
 */
public interface Sleeper {

  /** Blocks the current thread for {@code duration}. */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * Returns a future completed after {@code duration} without blocking any thread. Cancelling the future abandons
   * the wait.
   */
  CompletableFuture<Void> delay(Duration duration);
}
