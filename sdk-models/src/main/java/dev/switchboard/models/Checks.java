package dev.switchboard.models;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import dev.switchboard.models.json.ReadScope;
import java.util.Collection;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The checks request-side builders run in {@code build()}: each failure is an {@link IllegalArgumentException} whose
 * message starts with the field's JSON name. Checks are skipped while a model is read from a response
 * ({@link ReadScope}): the server is never rejected.
 *
 * <p>The argument checks ({@link #id}, {@link #secretId}, {@link #positive}, {@link #noControlCharacters},
 * {@link #printableAscii}, {@link #basicUser}) are what the clients run on what a caller passes to an operation or
 * a credential builder, before any I/O; they always apply. A message names the operation and the field, quotes an
 * id (escaped, so a CR or LF cannot forge a log line) and never quotes a secret.
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
        throw new IllegalArgumentException(field + ": must be "
            + (max == Integer.MAX_VALUE || max == Long.MAX_VALUE ? "at least " + min : "between " + min + " and " + max)
            + " (got " + v + ")");
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
          field + ": must be an E.164 phone number like +33612345678 (got " + quote(value.get()) + ")");
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
            field + ": must be at most " + max + " letters and digits (got " + quote(v) + ")");
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

  // ---- argument checks: always on, before any I/O -------------------------------------------------------------

  /**
   * Checks an id a caller passes to {@code operation} (a path segment, or a JSON-RPC positional param): not
   * {@code null} ({@link NullPointerException}), not blank, no leading or trailing whitespace (ids are never
   * trimmed), no control characters (CR, LF, NUL...), no {@code /} or {@code \}, and not {@code .} or {@code ..}, so
   * it can never change the path it is put in. The message reads {@code leads.get(".."): id: must not be "." or
   * ".."}.
   *
   * @return {@code value}, unchanged
   */
  public static String id(String operation, String field, String value) {
    return checkedId(operation, field, value, true);
  }

  /**
   * {@link #id} for an id that is itself a secret (a refresh token, a reservation token): the same rules, and a
   * message that never quotes the value ({@code session.refresh: refreshToken: must not be blank}).
   */
  public static String secretId(String operation, String field, String value) {
    return checkedId(operation, field, value, false);
  }

  private static String checkedId(String operation, String field, String value, boolean quoteValue) {
    String reason = idProblem(value);
    if (reason == null) {
      return value;
    }
    String where = operation + (quoteValue ? "(" + (value == null ? "null" : quote(value)) + ")" : "") + ": "
        + field + ": " + reason;
    throw value == null ? new NullPointerException(where) : new IllegalArgumentException(where);
  }

  private static String idProblem(String value) {
    if (value == null) {
      return "is required";
    }
    if (value.isBlank()) {
      return "must not be blank";
    }
    if (hasControl(value)) {
      return "must not contain control characters";
    }
    if (Character.isWhitespace(value.charAt(0)) || Character.isWhitespace(value.charAt(value.length() - 1))) {
      return "must not start or end with whitespace";
    }
    if (value.indexOf('/') >= 0 || value.indexOf('\\') >= 0) {
      return "must not contain '/' or '\\'";
    }
    if (value.equals(".") || value.equals("..")) {
      return "must not be \".\" or \"..\"";
    }
    return null;
  }

  /** Checks a numeric id a caller passes to {@code operation}: {@code groups.get(0): id: must be positive}. */
  public static long positive(String operation, String field, long value) {
    if (value <= 0) {
      throw new IllegalArgumentException(operation + "(" + value + "): " + field + ": must be positive");
    }
    return value;
  }

  /**
   * Checks that {@code value} (a secret or any text that ends up in a header or a URL) is not {@code null} and holds
   * no control character (CR, LF, NUL, DEL, C1): {@code apiKey: must not contain control characters}. Never quotes
   * the value.
   *
   * @return {@code value}, unchanged
   */
  public static String noControlCharacters(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field + ": must not be null");
    }
    if (hasControl(value)) {
      throw new IllegalArgumentException(field + ": must not contain control characters");
    }
    return value;
  }

  /**
   * Checks a value sent as (part of) an HTTP header, such as a token in {@code Authorization}: not {@code null},
   * not blank, and printable ASCII only ({@code U+0020..U+007E}), as HTTP requires. Never quotes the value, so a
   * rejected credential cannot reach an exception message.
   *
   * @return {@code value}, unchanged
   */
  public static String printableAscii(String field, String value) {
    notBlankClean(field, value);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c < 0x20 || c > 0x7e) {
        throw new IllegalArgumentException(field + ": must be printable ASCII (no control or non-ASCII characters)");
      }
    }
    return value;
  }

  /** Checks the user of HTTP Basic authentication: not blank, no control characters, no {@code :}. */
  public static String basicUser(String field, String value) {
    notBlankClean(field, value);
    if (value.indexOf(':') >= 0) {
      throw new IllegalArgumentException(field + ": must not contain ':' (HTTP Basic separates user and password with it)");
    }
    return value;
  }

  private static void notBlankClean(String field, String value) {
    noControlCharacters(field, value);
    if (value.isBlank()) {
      throw new IllegalArgumentException(field + ": must not be blank");
    }
  }

  private static boolean hasControl(String value) {
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (Character.isISOControl(c) || c == '\u2028' || c == '\u2029') {
        return true;
      }
    }
    return false;
  }

  /** {@code value} in double quotes; quotes, backslashes, control and non-ASCII characters escaped. */
  static String quote(String value) {
    int limit = 200;
    String cut = value.length() > limit ? value.substring(0, limit) : value;
    StringBuilder out = new StringBuilder(cut.length() + 8).append('"');
    for (char c : JsonStringEncoder.getInstance().quoteAsString(cut)) {
      out.append(c > 0x7e ? String.format("\\u%04x", (int) c) : String.valueOf(c));
    }
    return out.append(value.length() > limit ? "...\"" : "\"").toString();
  }
}
