package dev.switchboard.models.callr;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR SMS status ({@code SMS.status}, {@code SMS.SearchFilters.status}). Forward compatible: a value not listed
 * here reads as {@link Value#UNKNOWN} and keeps its raw string.
 */
public final class SmsStatus extends OpenEnum<SmsStatus.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code CREATED} */
    CREATED,
    /** {@code ERROR} */
    ERROR,
    /** {@code EXPIRED} */
    EXPIRED,
    /** {@code FAILED} */
    FAILED,
    /** {@code PENDING} */
    PENDING,
    /** {@code RECEIVED} */
    RECEIVED,
    /** {@code REMOTE_QUEUED} */
    REMOTE_QUEUED,
    /** {@code SENT} */
    SENT,
    /** A value this version of the SDK does not know; see {@link SmsStatus#raw()}. */
    UNKNOWN
  }

  /** {@code CREATED} */
  public static final SmsStatus CREATED = new SmsStatus("CREATED", Value.CREATED);
  /** {@code ERROR} */
  public static final SmsStatus ERROR = new SmsStatus("ERROR", Value.ERROR);
  /** {@code EXPIRED} */
  public static final SmsStatus EXPIRED = new SmsStatus("EXPIRED", Value.EXPIRED);
  /** {@code FAILED} */
  public static final SmsStatus FAILED = new SmsStatus("FAILED", Value.FAILED);
  /** {@code PENDING} */
  public static final SmsStatus PENDING = new SmsStatus("PENDING", Value.PENDING);
  /** {@code RECEIVED} */
  public static final SmsStatus RECEIVED = new SmsStatus("RECEIVED", Value.RECEIVED);
  /** {@code REMOTE_QUEUED} */
  public static final SmsStatus REMOTE_QUEUED = new SmsStatus("REMOTE_QUEUED", Value.REMOTE_QUEUED);
  /** {@code SENT} */
  public static final SmsStatus SENT = new SmsStatus("SENT", Value.SENT);

  private static final EnumLookup<SmsStatus> LOOKUP =
      EnumLookup.of(CREATED, ERROR, EXPIRED, FAILED, PENDING, RECEIVED, REMOTE_QUEUED, SENT);

  private SmsStatus(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static SmsStatus of(String raw) {
    return LOOKUP.resolve(raw, r -> new SmsStatus(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<SmsStatus> knownValues() {
    return LOOKUP.known();
  }
}
