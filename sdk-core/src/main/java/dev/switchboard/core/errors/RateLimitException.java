package dev.switchboard.core.errors;

import java.time.Duration;
import java.util.Optional;

/**
 * HTTP 429: too many requests. Retried automatically; thrown when retries are exhausted or when the server asks to
 * wait longer than {@code ClientOptions.maxRetryAfter()}.
 */
public class RateLimitException extends ApiException {
  private static final long serialVersionUID = 1L;

  private final Duration retryAfter;

  /** Creates the exception; prefer {@link ApiException#builder()}. */
  public RateLimitException(ApiException.Builder builder) {
    super(builder);
    this.retryAfter = builder.retryAfter().orElse(null);
  }

  /** How long the server asked to wait ({@code Retry-After} / {@code Retry-After-Ms}), if it said. */
  public Optional<Duration> retryAfter() {
    return Optional.ofNullable(retryAfter);
  }
}
