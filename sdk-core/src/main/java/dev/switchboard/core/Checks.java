package dev.switchboard.core;

import java.time.Duration;

/** Argument checks that name the offending field. */
final class Checks {
  private Checks() {}

  static <T> T notNull(T value, String field) {
    if (value == null) {
      throw new NullPointerException(field + " must not be null");
    }
    return value;
  }

  static String notBlank(String value, String field) {
    notNull(value, field);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + " must not be blank");
    }
    return value;
  }

  /** A value sent in a header: {@link #headerValue} (kept under this name for its existing callers). */
  static String headerSafe(String value, String field) {
    return headerValue(value, field);
  }

  /** An HTTP header name: a non-empty RFC 9110 token (letters, digits and {@code !#$%&'*+-.^_`|~}). */
  static String headerName(String name, String field) {
    notNull(name, field);
    if (name.isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be empty");
    }
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean token = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "!#$%&'*+-.^_`|~".indexOf(c) >= 0;
      if (!token) {
        throw new IllegalArgumentException(field + ": must be an HTTP header name (letters, digits and "
            + "!#$%&'*+-.^_`|~; no ':', space, CR or LF): " + quoteName(name));
      }
    }
    return name;
  }

  /** An HTTP header value a caller adds: no CR, LF, NUL or other control character (a tab is allowed). */
  static String headerValue(String value, String field) {
    notNull(value, field);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if ((c < 0x20 && c != '\t') || c == 0x7f) {
        throw new IllegalArgumentException(field + ": must not contain CR, LF, NUL or other control characters");
      }
      if (c > 0x7e) {
        throw new IllegalArgumentException(field + ": must be ASCII (HTTP header values cannot carry other characters)");
      }
    }
    return value;
  }

  /** A query parameter name: not empty, no control characters. */
  static String queryName(String name, String field) {
    notNull(name, field);
    if (name.isEmpty()) {
      throw new IllegalArgumentException(field + ": must not be empty");
    }
    dev.switchboard.models.Checks.noControlCharacters(field, name);
    return name;
  }

  /** A header name as it may appear in a message: printable ASCII kept, anything else as {@code \\uXXXX}. */
  static String quoteName(String name) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < Math.min(name.length(), 100); i++) {
      char c = name.charAt(i);
      out.append(c >= 0x20 && c < 0x7f && c != '"' ? String.valueOf(c) : String.format("\\u%04x", (int) c));
    }
    return out.append('"').toString();
  }

  static Duration nonNegative(Duration value, String field) {
    notNull(value, field);
    if (value.isNegative()) {
      throw new IllegalArgumentException(field + " must not be negative: " + value);
    }
    return value;
  }

  static Duration positive(Duration value, String field) {
    notNull(value, field);
    if (value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(field + " must be positive: " + value);
    }
    return value;
  }
}
