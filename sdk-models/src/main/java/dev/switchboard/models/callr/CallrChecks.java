package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import java.util.List;
import java.util.Optional;

/** CALLR request-side checks not covered by {@link Checks}; skipped while reading JSON, like every check. */
final class CallrChecks {
  private CallrChecks() {}

  /**
   * Fails unless a present list holds between {@code min} and {@code max} elements (the reference's
   * {@code "min:0, max :1"}); an absent list is not checked.
   */
  static void size(String field, Optional<? extends List<?>> values, int min, int max) {
    if (Checks.active() && values.isPresent()) {
      int n = values.get().size();
      if (n < min || n > max) {
        throw new IllegalArgumentException(
            field + ": must hold between " + min + " and " + max + " elements (got " + n + ")");
      }
    }
  }
}
