package dev.switchboard.models.callr.v2;

import dev.switchboard.models.Checks;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Identifiers of CALLR REST API v2 and their checks, in one place.
 *
 * <ul>
 *   <li>A <b>sid</b> is 8 lowercase characters [C: smssearch "length between 8 and 8", the docs' placeholder
 *       {@code callrsid}, migration guide "hash → sid, lowercased"]. That it is letters and digits only is inferred
 *       from v1 hashes such as {@code ABCDEF12} [I].
 *   <li>A <b>phone number</b> is addressed by its E.164 value in paths, e.g. {@code /numbers/+33199001020} [C].
 *   <li>A number-store reservation <b>token</b> and a <b>task id</b> are opaque [C paths; formats unknown].
 * </ul>
 *
 * <p>Checks run only on what a user sends (never on what a server returns) and name the field.
 */
public final class V2Ids {
  private static final Pattern SID = Pattern.compile("[a-z0-9]{8}");

  private V2Ids() {}

  /** Whether {@code value} is a v2 sid: exactly 8 lowercase letters or digits. */
  public static boolean isSid(String value) {
    return value != null && SID.matcher(value).matches();
  }

  /**
   * The v2 sid of a v1 hash: the same value lowercased (migration guide: {@code ABCDEF12} → {@code abcdef12}) [C].
   *
   * @throws IllegalArgumentException if the result is not a sid
   */
  public static String sidFromV1Hash(String hash) {
    Objects.requireNonNull(hash, "hash");
    return requireSid("hash", hash.trim().toLowerCase(Locale.ROOT));
  }

  /**
   * Returns {@code value} if it is a sid.
   *
   * @throws NullPointerException if {@code value} is null, naming {@code field}
   * @throws IllegalArgumentException if it is not 8 lowercase letters or digits, naming {@code field}
   */
  public static String requireSid(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field + ": is required");
    }
    if (!isSid(value)) {
      boolean upper = value.length() == 8 && isSid(value.toLowerCase(Locale.ROOT));
      throw new IllegalArgumentException(field + ": must be a v2 sid, 8 lowercase letters or digits (got \""
          + value + "\")" + (upper ? "; a v1 hash becomes a sid lowercased, see V2Ids.sidFromV1Hash" : ""));
    }
    return value;
  }

  /** Checks an optional sid of a request model (skipped while reading a response). */
  static void sid(String field, Optional<String> value) {
    if (Checks.active() && value.isPresent()) {
      requireSid(field, value.get());
    }
  }

  /**
   * Returns {@code value} if it is an E.164 phone number ({@code +} then 7 to 15 digits, no spaces).
   *
   * @throws IllegalArgumentException naming {@code field} otherwise
   */
  public static String requireE164(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field + ": is required");
    }
    Checks.e164(field, Optional.of(value));
    return value;
  }

  /**
   * Returns {@code value} if it can be an opaque path id (a store token or a task id): not blank, no {@code /},
   * no whitespace or control characters.
   *
   * @throws IllegalArgumentException naming {@code field} otherwise
   */
  public static String requireOpaqueId(String field, String value) {
    if (value == null) {
      throw new NullPointerException(field + ": is required");
    }
    if (value.isEmpty() || value.equals(".") || value.equals("..")
        || value.chars().anyMatch(c -> c <= 0x20 || c == 0x7f || c == '/' || c == '\\')) {
      throw new IllegalArgumentException(field + ": must be a non-blank id without '/', spaces or control "
          + "characters");
    }
    return value;
  }
}
