package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Direction of an SMS or call ({@code direction}) [C: SMS object, CDR, {@code POST /calls/export}].
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class TrafficDirection extends OpenEnum<TrafficDirection.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "inbound"}: received. */
    INBOUND,
    /** {@code "outbound"}: sent / placed. */
    OUTBOUND,
    /** A value this version of the SDK does not know; see {@link TrafficDirection#raw()}. */
    UNKNOWN
  }

  /** {@code "inbound"}: received. */
  public static final TrafficDirection INBOUND = new TrafficDirection("inbound", Value.INBOUND);
  /** {@code "outbound"}: sent / placed. */
  public static final TrafficDirection OUTBOUND = new TrafficDirection("outbound", Value.OUTBOUND);

  private static final EnumLookup<TrafficDirection> LOOKUP =
      EnumLookup.of(INBOUND, OUTBOUND);

  private TrafficDirection(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static TrafficDirection of(String raw) {
    return LOOKUP.resolve(raw, r -> new TrafficDirection(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<TrafficDirection> knownValues() {
    return LOOKUP.known();
  }
}
