package dev.switchboard.models.voipbin;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * VoIPBin canonical error status ({@code error.status} of the error envelope; OpenAPI {@code ErrorBody.status}),
 * which maps 1:1 to an HTTP status. Forward compatible: a value not listed here reads as {@link Value#UNKNOWN} and keeps
 * its raw string.
 */
public final class VoipbinErrorStatus extends OpenEnum<VoipbinErrorStatus.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "INVALID_ARGUMENT"}: HTTP 400 */
    INVALID_ARGUMENT,
    /** {@code "UNAUTHENTICATED"}: HTTP 401 */
    UNAUTHENTICATED,
    /** {@code "PAYMENT_REQUIRED"}: HTTP 402 */
    PAYMENT_REQUIRED,
    /** {@code "PERMISSION_DENIED"}: HTTP 403 */
    PERMISSION_DENIED,
    /** {@code "NOT_FOUND"}: HTTP 404 */
    NOT_FOUND,
    /** {@code "ALREADY_EXISTS"}: HTTP 409 */
    ALREADY_EXISTS,
    /** {@code "FAILED_PRECONDITION"}: HTTP 409 */
    FAILED_PRECONDITION,
    /** {@code "RESOURCE_EXHAUSTED"}: HTTP 429 */
    RESOURCE_EXHAUSTED,
    /** {@code "UNAVAILABLE"}: HTTP 503 */
    UNAVAILABLE,
    /** {@code "INTERNAL"}: HTTP 500 */
    INTERNAL,
    /** A value this version of the SDK does not know; see {@link VoipbinErrorStatus#raw()}. */
    UNKNOWN
  }

  /** {@code "INVALID_ARGUMENT"}: HTTP 400 */
  public static final VoipbinErrorStatus INVALID_ARGUMENT = new VoipbinErrorStatus("INVALID_ARGUMENT", Value.INVALID_ARGUMENT);
  /** {@code "UNAUTHENTICATED"}: HTTP 401 */
  public static final VoipbinErrorStatus UNAUTHENTICATED = new VoipbinErrorStatus("UNAUTHENTICATED", Value.UNAUTHENTICATED);
  /** {@code "PAYMENT_REQUIRED"}: HTTP 402 */
  public static final VoipbinErrorStatus PAYMENT_REQUIRED = new VoipbinErrorStatus("PAYMENT_REQUIRED", Value.PAYMENT_REQUIRED);
  /** {@code "PERMISSION_DENIED"}: HTTP 403 */
  public static final VoipbinErrorStatus PERMISSION_DENIED = new VoipbinErrorStatus("PERMISSION_DENIED", Value.PERMISSION_DENIED);
  /** {@code "NOT_FOUND"}: HTTP 404 */
  public static final VoipbinErrorStatus NOT_FOUND = new VoipbinErrorStatus("NOT_FOUND", Value.NOT_FOUND);
  /** {@code "ALREADY_EXISTS"}: HTTP 409 */
  public static final VoipbinErrorStatus ALREADY_EXISTS = new VoipbinErrorStatus("ALREADY_EXISTS", Value.ALREADY_EXISTS);
  /** {@code "FAILED_PRECONDITION"}: HTTP 409 */
  public static final VoipbinErrorStatus FAILED_PRECONDITION = new VoipbinErrorStatus("FAILED_PRECONDITION", Value.FAILED_PRECONDITION);
  /** {@code "RESOURCE_EXHAUSTED"}: HTTP 429 */
  public static final VoipbinErrorStatus RESOURCE_EXHAUSTED = new VoipbinErrorStatus("RESOURCE_EXHAUSTED", Value.RESOURCE_EXHAUSTED);
  /** {@code "UNAVAILABLE"}: HTTP 503 */
  public static final VoipbinErrorStatus UNAVAILABLE = new VoipbinErrorStatus("UNAVAILABLE", Value.UNAVAILABLE);
  /** {@code "INTERNAL"}: HTTP 500 */
  public static final VoipbinErrorStatus INTERNAL = new VoipbinErrorStatus("INTERNAL", Value.INTERNAL);

  private static final EnumLookup<VoipbinErrorStatus> LOOKUP =
      EnumLookup.of(INVALID_ARGUMENT, UNAUTHENTICATED, PAYMENT_REQUIRED, PERMISSION_DENIED, NOT_FOUND, ALREADY_EXISTS, FAILED_PRECONDITION, RESOURCE_EXHAUSTED, UNAVAILABLE, INTERNAL);

  private VoipbinErrorStatus(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static VoipbinErrorStatus of(String raw) {
    return LOOKUP.resolve(raw, r -> new VoipbinErrorStatus(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<VoipbinErrorStatus> knownValues() {
    return LOOKUP.known();
  }

  /** The HTTP status this canonical status maps to (documented 1:1), or empty for an unknown value. */
  public java.util.OptionalInt httpStatus() {
    switch (value()) {
      case INVALID_ARGUMENT:
        return java.util.OptionalInt.of(400);
      case UNAUTHENTICATED:
        return java.util.OptionalInt.of(401);
      case PAYMENT_REQUIRED:
        return java.util.OptionalInt.of(402);
      case PERMISSION_DENIED:
        return java.util.OptionalInt.of(403);
      case NOT_FOUND:
        return java.util.OptionalInt.of(404);
      case ALREADY_EXISTS:
      case FAILED_PRECONDITION:
        return java.util.OptionalInt.of(409);
      case RESOURCE_EXHAUSTED:
        return java.util.OptionalInt.of(429);
      case UNAVAILABLE:
        return java.util.OptionalInt.of(503);
      case INTERNAL:
        return java.util.OptionalInt.of(500);
      default:
        return java.util.OptionalInt.empty();
    }
  }
}
