package dev.switchboard.models.callr;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;
import java.util.Optional;

/**
 * CALLR webhook event type ({@code Webhook.Event.type}, {@code Webhook.type}), with the model its {@code data}
 * carries ({@link #dataType()}). Forward compatible: a value not listed here reads as {@link Value#UNKNOWN} and keeps
 * its raw string.
 */
public final class WebhookEventType extends OpenEnum<WebhookEventType.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code billing.credit} */
    BILLING_CREDIT,
    /** {@code billing.credit_warning} */
    BILLING_CREDIT_WARNING,
    /** {@code billing.credit_shutdown} */
    BILLING_CREDIT_SHUTDOWN,
    /** {@code call.inbound_start} */
    CALL_INBOUND_START,
    /** {@code call.inbound_hangup} */
    CALL_INBOUND_HANGUP,
    /** {@code call.outbound_start} */
    CALL_OUTBOUND_START,
    /** {@code call.outbound_hangup} */
    CALL_OUTBOUND_HANGUP,
    /** {@code did.assigned} */
    DID_ASSIGNED,
    /** {@code did.unassigned} */
    DID_UNASSIGNED,
    /** {@code job.status_update} */
    JOB_STATUS_UPDATE,
    /** {@code media.library.status_update} */
    MEDIA_LIBRARY_STATUS_UPDATE,
    /** {@code media.recording.new} */
    MEDIA_RECORDING_NEW,
    /** {@code media.recording.status_update} */
    MEDIA_RECORDING_STATUS_UPDATE,
    /** {@code sms.mo} */
    SMS_MO,
    /** {@code sms.mt.status_update} */
    SMS_MT_STATUS_UPDATE,
    /** A value this version of the SDK does not know; see {@link WebhookEventType#raw()}. */
    UNKNOWN
  }

  /** {@code billing.credit} */
  public static final WebhookEventType BILLING_CREDIT = new WebhookEventType("billing.credit", Value.BILLING_CREDIT);
  /** {@code billing.credit_warning} */
  public static final WebhookEventType BILLING_CREDIT_WARNING =
      new WebhookEventType("billing.credit_warning", Value.BILLING_CREDIT_WARNING);
  /** {@code billing.credit_shutdown} */
  public static final WebhookEventType BILLING_CREDIT_SHUTDOWN =
      new WebhookEventType("billing.credit_shutdown", Value.BILLING_CREDIT_SHUTDOWN);
  /** {@code call.inbound_start} */
  public static final WebhookEventType CALL_INBOUND_START =
      new WebhookEventType("call.inbound_start", Value.CALL_INBOUND_START);
  /** {@code call.inbound_hangup} */
  public static final WebhookEventType CALL_INBOUND_HANGUP =
      new WebhookEventType("call.inbound_hangup", Value.CALL_INBOUND_HANGUP);
  /** {@code call.outbound_start} */
  public static final WebhookEventType CALL_OUTBOUND_START =
      new WebhookEventType("call.outbound_start", Value.CALL_OUTBOUND_START);
  /** {@code call.outbound_hangup} */
  public static final WebhookEventType CALL_OUTBOUND_HANGUP =
      new WebhookEventType("call.outbound_hangup", Value.CALL_OUTBOUND_HANGUP);
  /** {@code did.assigned} */
  public static final WebhookEventType DID_ASSIGNED = new WebhookEventType("did.assigned", Value.DID_ASSIGNED);
  /** {@code did.unassigned} */
  public static final WebhookEventType DID_UNASSIGNED = new WebhookEventType("did.unassigned", Value.DID_UNASSIGNED);
  /** {@code job.status_update} */
  public static final WebhookEventType JOB_STATUS_UPDATE =
      new WebhookEventType("job.status_update", Value.JOB_STATUS_UPDATE);
  /** {@code media.library.status_update} */
  public static final WebhookEventType MEDIA_LIBRARY_STATUS_UPDATE =
      new WebhookEventType("media.library.status_update", Value.MEDIA_LIBRARY_STATUS_UPDATE);
  /** {@code media.recording.new} */
  public static final WebhookEventType MEDIA_RECORDING_NEW =
      new WebhookEventType("media.recording.new", Value.MEDIA_RECORDING_NEW);
  /** {@code media.recording.status_update} */
  public static final WebhookEventType MEDIA_RECORDING_STATUS_UPDATE =
      new WebhookEventType("media.recording.status_update", Value.MEDIA_RECORDING_STATUS_UPDATE);
  /** {@code sms.mo} */
  public static final WebhookEventType SMS_MO = new WebhookEventType("sms.mo", Value.SMS_MO);
  /** {@code sms.mt.status_update} */
  public static final WebhookEventType SMS_MT_STATUS_UPDATE =
      new WebhookEventType("sms.mt.status_update", Value.SMS_MT_STATUS_UPDATE);

  private static final EnumLookup<WebhookEventType> LOOKUP =
      EnumLookup.of(
          BILLING_CREDIT,
          BILLING_CREDIT_WARNING,
          BILLING_CREDIT_SHUTDOWN,
          CALL_INBOUND_START,
          CALL_INBOUND_HANGUP,
          CALL_OUTBOUND_START,
          CALL_OUTBOUND_HANGUP,
          DID_ASSIGNED,
          DID_UNASSIGNED,
          JOB_STATUS_UPDATE,
          MEDIA_LIBRARY_STATUS_UPDATE,
          MEDIA_RECORDING_NEW,
          MEDIA_RECORDING_STATUS_UPDATE,
          SMS_MO,
          SMS_MT_STATUS_UPDATE);

  private WebhookEventType(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static WebhookEventType of(String raw) {
    return LOOKUP.resolve(raw, r -> new WebhookEventType(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<WebhookEventType> knownValues() {
    return LOOKUP.known();
  }

  /** The model carried in {@code Webhook.Event.data} for this type; empty for an unknown type. */
  public Optional<Class<?>> dataType() {
    switch (value()) {
      case BILLING_CREDIT:
      case BILLING_CREDIT_WARNING:
      case BILLING_CREDIT_SHUTDOWN:
        return Optional.of(WebhookEventBillingCredit.class);
      case CALL_INBOUND_START:
      case CALL_INBOUND_HANGUP:
        return Optional.of(CdrIn.class);
      case CALL_OUTBOUND_START:
      case CALL_OUTBOUND_HANGUP:
        return Optional.of(CdrOut.class);
      case DID_ASSIGNED:
      case DID_UNASSIGNED:
        return Optional.of(Did.class);
      case JOB_STATUS_UPDATE:
        return Optional.of(Job.class);
      case MEDIA_LIBRARY_STATUS_UPDATE:
        return Optional.of(MediaLibrary.class);
      case MEDIA_RECORDING_NEW:
      case MEDIA_RECORDING_STATUS_UPDATE:
        return Optional.of(MediaRecording.class);
      case SMS_MO:
      case SMS_MT_STATUS_UPDATE:
        return Optional.of(Sms.class);
      default:
        return Optional.empty();
    }
  }
}
