package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Name of a v2 webhook event. The five names seen are confirmed [C: call-detail-records-cdr, receive-sms]; v2 probably has more (billing, numbers, tasks, audio files, recordings, SMS status) [I], which read as {@link Value#UNKNOWN} and keep their raw string. The event names do not tell where the name sits in the delivery: see {@link WebhookV2Event}.
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class WebhookV2EventType extends OpenEnum<WebhookV2EventType.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "v2.call.inbound.started"}: an inbound call started; carries a v2 CDR. */
    CALL_INBOUND_STARTED,
    /** {@code "v2.call.inbound.ended"}: an inbound call ended; carries a v2 CDR. */
    CALL_INBOUND_ENDED,
    /** {@code "v2.call.outbound.started"}: an outbound call started; carries a v2 CDR. */
    CALL_OUTBOUND_STARTED,
    /** {@code "v2.call.outbound.ended"}: an outbound call ended; carries a v2 CDR. */
    CALL_OUTBOUND_ENDED,
    /** {@code "v2.sms.inbound.received"}: an SMS was received; carries an SMS object. */
    SMS_INBOUND_RECEIVED,
    /** A value this version of the SDK does not know; see {@link WebhookV2EventType#raw()}. */
    UNKNOWN
  }

  /** {@code "v2.call.inbound.started"}: an inbound call started; carries a v2 CDR. */
  public static final WebhookV2EventType CALL_INBOUND_STARTED = new WebhookV2EventType("v2.call.inbound.started", Value.CALL_INBOUND_STARTED);
  /** {@code "v2.call.inbound.ended"}: an inbound call ended; carries a v2 CDR. */
  public static final WebhookV2EventType CALL_INBOUND_ENDED = new WebhookV2EventType("v2.call.inbound.ended", Value.CALL_INBOUND_ENDED);
  /** {@code "v2.call.outbound.started"}: an outbound call started; carries a v2 CDR. */
  public static final WebhookV2EventType CALL_OUTBOUND_STARTED = new WebhookV2EventType("v2.call.outbound.started", Value.CALL_OUTBOUND_STARTED);
  /** {@code "v2.call.outbound.ended"}: an outbound call ended; carries a v2 CDR. */
  public static final WebhookV2EventType CALL_OUTBOUND_ENDED = new WebhookV2EventType("v2.call.outbound.ended", Value.CALL_OUTBOUND_ENDED);
  /** {@code "v2.sms.inbound.received"}: an SMS was received; carries an SMS object. */
  public static final WebhookV2EventType SMS_INBOUND_RECEIVED = new WebhookV2EventType("v2.sms.inbound.received", Value.SMS_INBOUND_RECEIVED);

  private static final EnumLookup<WebhookV2EventType> LOOKUP =
      EnumLookup.of(CALL_INBOUND_STARTED, CALL_INBOUND_ENDED, CALL_OUTBOUND_STARTED, CALL_OUTBOUND_ENDED, SMS_INBOUND_RECEIVED);

  private WebhookV2EventType(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static WebhookV2EventType of(String raw) {
    return LOOKUP.resolve(raw, r -> new WebhookV2EventType(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<WebhookV2EventType> knownValues() {
    return LOOKUP.known();
  }
}
