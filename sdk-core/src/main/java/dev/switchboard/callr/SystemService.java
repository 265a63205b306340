package dev.switchboard.callr;

import dev.switchboard.core.RequestOptions;
import java.time.Instant;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR {@code system} methods ({@code CallrClient.system()}). An interface so that it can be mocked; every
 * method has a blocking form and an {@code ...Async} form returning a {@link CompletableFuture}, each optionally
 * taking trailing {@link RequestOptions}. Errors are {@code ApiException}s carrying the JSON-RPC code, message and
 * data.
 */
public interface SystemService {

  /**
   * {@code system.get_timestamp}: The server time (unix seconds).
   *
   * <p>Idempotent: retried after 5xx, timeouts and dropped connections.
   */
  default Instant getTimestamp() {
    return getTimestamp(RequestOptions.none());
  }

  /** {@link #getTimestamp} with per-call options. */
  Instant getTimestamp(RequestOptions requestOptions);

  /** Asynchronous {@link #getTimestamp}. */
  default CompletableFuture<Instant> getTimestampAsync() {
    return getTimestampAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #getTimestamp} with per-call options. */
  CompletableFuture<Instant> getTimestampAsync(RequestOptions requestOptions);
}
