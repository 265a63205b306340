package dev.switchboard.core.http;

import java.io.IOException;
import java.net.ConnectException;
import java.net.NoRouteToHostException;
import java.net.PortUnreachableException;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The one retry policy of the SDK.
 *
 * <ul>
 *   <li>Always retried: HTTP 429 and failures that provably never reached the server (connection refused, unknown
 *       host, no route).
 *   <li>Retried only when the request is idempotent or carries an idempotency key ("safe"): 408, 5xx, timeouts (a
 *       read timeout and OkHttp's {@code callTimeout}, {@code InterruptedIOException: timeout}, alike), other I/O
 *       failures after the request may have been sent, and a response body that breaks off while being read (even
 *       on a 2xx: the request reached the server).
 *   <li>Never retried: a 3xx (never followed), a body over {@code maxResponseBytes}.
 *   <li>The only retries: the transport's OkHttpClient has OkHttp's own retries and follow-ups off, so a call
 *       reaches the server at most {@code 1 + maxRetries} times.
 *   <li>Delay: {@code min(initial * 2^(retry-1), max) * jitter}, jitter uniform in [0.75, 1.0]; a server
 *       {@code Retry-After} replaces it (see the transport for the cap).
 * </ul>
 */
final class RetryPolicy {
  private final Duration initialDelay;
  private final Duration maxDelay;

  RetryPolicy(Duration initialDelay, Duration maxDelay) {
    this.initialDelay = initialDelay;
    this.maxDelay = maxDelay;
  }

  /** Whether a response with {@code status} may be retried. */
  static boolean isRetryableStatus(int status, boolean safe) {
    if (status == 429) {
      return true;
    }
    return safe && (status == 408 || (status >= 500 && status <= 599));
  }

  /** Whether a failed attempt may be retried. */
  static boolean isRetryableFailure(IOException failure, boolean safe) {
    return safe || neverReachedServer(failure);
  }

  /** True for failures raised before any request byte could reach the server. */
  static boolean neverReachedServer(Throwable failure) {
    for (Throwable t = failure; t != null; t = t.getCause()) {
      if (t instanceof ConnectException || t instanceof UnknownHostException
          || t instanceof NoRouteToHostException || t instanceof PortUnreachableException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }

  /** Backoff before retry number {@code retry} (1 = first retry). */
  Duration backoff(int retry) {
    double jitter = 0.75 + ThreadLocalRandom.current().nextDouble() * 0.25;
    return Duration.ofNanos((long) (baseDelay(retry).toNanos() * jitter));
  }

  /** Backoff without jitter: {@code min(initial * 2^(retry-1), max)}. */
  Duration baseDelay(int retry) {
    int exponent = Math.max(0, Math.min(retry - 1, 30));
    long nanos = initialDelay.toNanos();
    long max = maxDelay.toNanos();
    long value = nanos > (max >> exponent) ? max : nanos << exponent;
    return Duration.ofNanos(Math.min(value, max));
  }
}
