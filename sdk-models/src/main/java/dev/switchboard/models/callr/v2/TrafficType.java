package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: SMS traffic type ({@code trafficType}) [C: smssend]: carriers require one; default {@code marketing}.
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class TrafficType extends OpenEnum<TrafficType.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "marketing"}: marketing traffic (the default). */
    MARKETING,
    /** {@code "alerting"}: alerting / transactional traffic. */
    ALERTING,
    /** A value this version of the SDK does not know; see {@link TrafficType#raw()}. */
    UNKNOWN
  }

  /** {@code "marketing"}: marketing traffic (the default). */
  public static final TrafficType MARKETING = new TrafficType("marketing", Value.MARKETING);
  /** {@code "alerting"}: alerting / transactional traffic. */
  public static final TrafficType ALERTING = new TrafficType("alerting", Value.ALERTING);

  private static final EnumLookup<TrafficType> LOOKUP =
      EnumLookup.of(MARKETING, ALERTING);

  private TrafficType(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static TrafficType of(String raw) {
    return LOOKUP.resolve(raw, r -> new TrafficType(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<TrafficType> knownValues() {
    return LOOKUP.known();
  }
}
