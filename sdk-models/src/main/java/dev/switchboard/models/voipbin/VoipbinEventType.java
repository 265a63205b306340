package dev.switchboard.models.voipbin;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * VoIPBin webhook event type ({@code type} of the webhook envelope {@code {"type", "data"}}). Only the groupcall
 * events ({@code bin-call-manager/models/groupcall/event.go}) are listed; every other event type reads as
 * {@link Value#UNKNOWN} and keeps its raw string.
 */
public final class VoipbinEventType extends OpenEnum<VoipbinEventType.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "groupcall_created"} */
    GROUPCALL_CREATED,
    /** {@code "groupcall_progressing"} */
    GROUPCALL_PROGRESSING,
    /** {@code "groupcall_hangup"} */
    GROUPCALL_HANGUP,
    /** {@code "groupcall_deleted"} */
    GROUPCALL_DELETED,
    /** A value this version of the SDK does not know; see {@link VoipbinEventType#raw()}. */
    UNKNOWN
  }

  /** {@code "groupcall_created"} */
  public static final VoipbinEventType GROUPCALL_CREATED = new VoipbinEventType("groupcall_created", Value.GROUPCALL_CREATED);
  /** {@code "groupcall_progressing"} */
  public static final VoipbinEventType GROUPCALL_PROGRESSING = new VoipbinEventType("groupcall_progressing", Value.GROUPCALL_PROGRESSING);
  /** {@code "groupcall_hangup"} */
  public static final VoipbinEventType GROUPCALL_HANGUP = new VoipbinEventType("groupcall_hangup", Value.GROUPCALL_HANGUP);
  /** {@code "groupcall_deleted"} */
  public static final VoipbinEventType GROUPCALL_DELETED = new VoipbinEventType("groupcall_deleted", Value.GROUPCALL_DELETED);

  private static final EnumLookup<VoipbinEventType> LOOKUP =
      EnumLookup.of(GROUPCALL_CREATED, GROUPCALL_PROGRESSING, GROUPCALL_HANGUP, GROUPCALL_DELETED);

  private VoipbinEventType(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static VoipbinEventType of(String raw) {
    return LOOKUP.resolve(raw, r -> new VoipbinEventType(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<VoipbinEventType> knownValues() {
    return LOOKUP.known();
  }

  /** Whether this is a groupcall event, whose {@code data} is a {@link Groupcall}. */
  public boolean isGroupcallEvent() {
    return isKnown() || raw().startsWith("groupcall_");
  }
}
