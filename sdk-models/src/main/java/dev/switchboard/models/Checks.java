package dev.switchboard.models;

import dev.switchboard.models.json.ReadScope;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks request-side builders run in {@code build()}: each failure is an {@link IllegalArgumentException} whose
 * message starts with the field's name: the SDK's accessor name, followed by the wire name when the two differ
 * ({@code sender (wire "from"): is required}), or just the name when they are the same ({@code name: is required}).
 * Checks are skipped while a model is read from a response
 * ({@link ReadScope}): the server is never rejected.
 */
public final class Checks {
  private static final Pattern E164 = Pattern.compile("\\+[1-9][0-9]{6,14}");
  private static final Pattern ALNUM = Pattern.compile("[A-Za-z0-9]*");

  private Checks() {}

  /** Whether checks apply now (false while reading JSON). */
  public static boolean active() {
    return !ReadScope.reading();
  }

  /** Fails unless {@code value} lies in {@code [min, max]}. */
  public static void range(String field, Optional<? extends Number> value, long min, long max) {
    if (active() && value.isPresent()) {
      long v = value.get().longValue();
      if (v < min || v > max) {
        throw new IllegalArgumentException(
            field + ": must be between " + min + " and " + max + " (got " + v + ")");
      }
    }
  }

  /** Fails unless the string's length lies in {@code [min, max]}. Never echoes the value (it may be a secret). */
  public static void length(String field, Optional<String> value, int min, int max) {
    if (active() && value.isPresent()) {
      int n = value.get().length();
      if (n < min || n > max) {
        throw new IllegalArgumentException(
            field + ": length must be between " + min + " and " + max + " characters (got " + n + ")");
      }
    }
  }

  /** Fails unless the string is an E.164 phone number ({@code +} then 7 to 15 digits). */
  public static void e164(String field, Optional<String> value) {
    if (active() && value.isPresent() && !E164.matcher(value.get()).matches()) {
      throw new IllegalArgumentException(
          field + ": must be an E.164 phone number like +33612345678 (got \"" + value.get() + "\")");
    }
  }

  /** Fails unless every element is an E.164 phone number. */
  public static void e164All(String field, Collection<String> values) {
    for (String v : values) {
      e164(field, Optional.of(v));
    }
  }

  /** Fails unless the string has at most {@code max} letters and digits ({@code cdr_field}, {@code user_data}). */
  public static void alphanumeric(String field, Optional<String> value, int max) {
    if (active() && value.isPresent()) {
      String v = value.get();
      if (v.length() > max || !ALNUM.matcher(v).matches()) {
        throw new IllegalArgumentException(
            field + ": must be at most " + max + " letters and digits (got \"" + v + "\")");
      }
    }
  }

  /** Fails when a required value is missing. */
  public static void required(String field, Optional<?> value) {
    if (active() && value.isEmpty()) {
      throw new IllegalArgumentException(field + ": is required");
    }
  }

  /** Fails when a required list is empty. */
  public static void notEmpty(String field, Collection<?> value) {
    if (active() && value.isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be empty");
    }
  }
}
