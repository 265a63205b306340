package dev.switchboard.core.http;

import dev.switchboard.core.errors.SwitchboardException;
import java.time.Duration;

/** Result of one attempt: a value, or a failure with an optional retry delay ({@code null}: do not retry). */
final class Outcome<T> {
  final T result;
  final SwitchboardException failure;
  final Duration retryDelay;

  private Outcome(T result, SwitchboardException failure, Duration retryDelay) {
    this.result = result;
    this.failure = failure;
    this.retryDelay = retryDelay;
  }

  static <T> Outcome<T> success(T result) {
    return new Outcome<>(result, null, null);
  }

  static <T> Outcome<T> fail(SwitchboardException failure, Duration retryDelay) {
    return new Outcome<>(null, failure, retryDelay);
  }
}
