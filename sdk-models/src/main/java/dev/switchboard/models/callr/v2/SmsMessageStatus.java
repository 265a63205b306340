package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Status of a v2 SMS ({@code status}) [C: receive-sms, smssend, smssearch]. Lifecycle when accepted: {@code created} → {@code pending} → {@code sent} → {@code remote-queued} → {@code delivered}; {@code error}, {@code failed} or {@code expired} at any time.
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class SmsMessageStatus extends OpenEnum<SmsMessageStatus.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "created"}: accepted. */
    CREATED,
    /** {@code "error"}: not accepted. */
    ERROR,
    /** {@code "expired"}: not delivered to the recipient in time. */
    EXPIRED,
    /** {@code "failed"}: rejected by the carrier. */
    FAILED,
    /** {@code "pending"}: waiting to be sent. */
    PENDING,
    /** {@code "delivered"}: delivered to the handset. */
    DELIVERED,
    /** {@code "remote-queued"}: queued by the carrier. */
    REMOTE_QUEUED,
    /** {@code "sent"}: handed to the carrier. */
    SENT,
    /** A value this version of the SDK does not know; see {@link SmsMessageStatus#raw()}. */
    UNKNOWN
  }

  /** {@code "created"}: accepted. */
  public static final SmsMessageStatus CREATED = new SmsMessageStatus("created", Value.CREATED);
  /** {@code "error"}: not accepted. */
  public static final SmsMessageStatus ERROR = new SmsMessageStatus("error", Value.ERROR);
  /** {@code "expired"}: not delivered to the recipient in time. */
  public static final SmsMessageStatus EXPIRED = new SmsMessageStatus("expired", Value.EXPIRED);
  /** {@code "failed"}: rejected by the carrier. */
  public static final SmsMessageStatus FAILED = new SmsMessageStatus("failed", Value.FAILED);
  /** {@code "pending"}: waiting to be sent. */
  public static final SmsMessageStatus PENDING = new SmsMessageStatus("pending", Value.PENDING);
  /** {@code "delivered"}: delivered to the handset. */
  public static final SmsMessageStatus DELIVERED = new SmsMessageStatus("delivered", Value.DELIVERED);
  /** {@code "remote-queued"}: queued by the carrier. */
  public static final SmsMessageStatus REMOTE_QUEUED = new SmsMessageStatus("remote-queued", Value.REMOTE_QUEUED);
  /** {@code "sent"}: handed to the carrier. */
  public static final SmsMessageStatus SENT = new SmsMessageStatus("sent", Value.SENT);

  private static final EnumLookup<SmsMessageStatus> LOOKUP =
      EnumLookup.of(CREATED, ERROR, EXPIRED, FAILED, PENDING, DELIVERED, REMOTE_QUEUED, SENT);

  private SmsMessageStatus(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static SmsMessageStatus of(String raw) {
    return LOOKUP.resolve(raw, r -> new SmsMessageStatus(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<SmsMessageStatus> knownValues() {
    return LOOKUP.known();
  }
}
