package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Who hung up a call ({@code hangupSource} of the v2 CDR) [C: callr-actions-pre-defined-variables].
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class HangupParty extends OpenEnum<HangupParty.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "caller"}: the caller. */
    CALLER,
    /** {@code "callee"}: the callee. */
    CALLEE,
    /** {@code "system"}: the platform. */
    SYSTEM,
    /** A value this version of the SDK does not know; see {@link HangupParty#raw()}. */
    UNKNOWN
  }

  /** {@code "caller"}: the caller. */
  public static final HangupParty CALLER = new HangupParty("caller", Value.CALLER);
  /** {@code "callee"}: the callee. */
  public static final HangupParty CALLEE = new HangupParty("callee", Value.CALLEE);
  /** {@code "system"}: the platform. */
  public static final HangupParty SYSTEM = new HangupParty("system", Value.SYSTEM);

  private static final EnumLookup<HangupParty> LOOKUP =
      EnumLookup.of(CALLER, CALLEE, SYSTEM);

  private HangupParty(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static HangupParty of(String raw) {
    return LOOKUP.resolve(raw, r -> new HangupParty(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<HangupParty> knownValues() {
    return LOOKUP.known();
  }
}
