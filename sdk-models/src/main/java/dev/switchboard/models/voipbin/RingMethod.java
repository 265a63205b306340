package dev.switchboard.models.voipbin;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * VoIPBin groupcall ring method ({@code Groupcall.ring_method}; OpenAPI {@code CallManagerGroupcallRingMethod}).
 * Forward compatible: a value not listed here reads as {@link Value#UNKNOWN} and keeps its raw string.
 */
public final class RingMethod extends OpenEnum<RingMethod.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code ""}: the empty value: server default (the Go server omits it from responses) */
    NONE,
    /** {@code "ring_all"}: call all destinations at once; the first to answer wins */
    RING_ALL,
    /** {@code "linear"}: call the destinations one by one, in order */
    LINEAR,
    /** A value this version of the SDK does not know; see {@link RingMethod#raw()}. */
    UNKNOWN
  }

  /** {@code ""}: the empty value: server default (the Go server omits it from responses) */
  public static final RingMethod NONE = new RingMethod("", Value.NONE);
  /** {@code "ring_all"}: call all destinations at once; the first to answer wins */
  public static final RingMethod RING_ALL = new RingMethod("ring_all", Value.RING_ALL);
  /** {@code "linear"}: call the destinations one by one, in order */
  public static final RingMethod LINEAR = new RingMethod("linear", Value.LINEAR);

  private static final EnumLookup<RingMethod> LOOKUP =
      EnumLookup.of(NONE, RING_ALL, LINEAR);

  private RingMethod(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static RingMethod of(String raw) {
    return LOOKUP.resolve(raw, r -> new RingMethod(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<RingMethod> knownValues() {
    return LOOKUP.known();
  }
}
