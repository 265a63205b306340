package dev.switchboard.models.voipbin;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * VoIPBin groupcall status ({@code Groupcall.status}; OpenAPI {@code CallManagerGroupcallStatus}). Forward
 * compatible: a value not listed here reads as {@link Value#UNKNOWN} and keeps its raw string.
 */
public final class GroupcallStatus extends OpenEnum<GroupcallStatus.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "progressing"}: destinations are being rung */
    PROGRESSING,
    /** {@code "hangingup"}: the groupcall is hanging up */
    HANGINGUP,
    /** {@code "hangup"}: final state */
    HANGUP,
    /** A value this version of the SDK does not know; see {@link GroupcallStatus#raw()}. */
    UNKNOWN
  }

  /** {@code "progressing"}: destinations are being rung */
  public static final GroupcallStatus PROGRESSING = new GroupcallStatus("progressing", Value.PROGRESSING);
  /** {@code "hangingup"}: the groupcall is hanging up */
  public static final GroupcallStatus HANGINGUP = new GroupcallStatus("hangingup", Value.HANGINGUP);
  /** {@code "hangup"}: final state */
  public static final GroupcallStatus HANGUP = new GroupcallStatus("hangup", Value.HANGUP);

  private static final EnumLookup<GroupcallStatus> LOOKUP =
      EnumLookup.of(PROGRESSING, HANGINGUP, HANGUP);

  private GroupcallStatus(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static GroupcallStatus of(String raw) {
    return LOOKUP.resolve(raw, r -> new GroupcallStatus(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<GroupcallStatus> knownValues() {
    return LOOKUP.known();
  }
}
