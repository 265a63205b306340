package dev.switchboard.callr.v2;

import dev.switchboard.core.RequestOptions;
import dev.switchboard.models.callr.v2.Ping;
import java.util.concurrent.CompletableFuture;

/**
 * CALLR v2 system endpoints ({@code CallrV2Client.system()}).
 *
 * <p>Only {@code GET /ping} is documented [C].
 *
 * <p>An interface so that it can be mocked; every operation has a blocking form and an {@code ...Async} form
 * returning a {@link CompletableFuture}, each optionally taking trailing {@link RequestOptions}. Arguments are
 * checked before any I/O, naming the field. Errors are {@code ApiException}s carrying the v2 {@code code} and
 * {@code message}.
 */
public interface V2SystemService {

  /**
   * {@code GET /ping} ({@link V2Endpoint#PING}): health check; returns {@code pong} and the server {@code time} [C].
   *
   * <p>Idempotent: retried after 5xx, 429, timeouts and dropped connections.
   */
  default Ping ping() {
    return ping(RequestOptions.none());
  }

  /** {@link #ping} with per-call options. */
  Ping ping(RequestOptions options);

  /** Asynchronous {@link #ping}. */
  default CompletableFuture<Ping> pingAsync() {
    return pingAsync(RequestOptions.none());
  }

  /** Asynchronous {@link #ping} with per-call options. */
  CompletableFuture<Ping> pingAsync(RequestOptions options);
}
