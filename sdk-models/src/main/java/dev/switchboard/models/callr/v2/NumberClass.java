package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Class of a phone number ({@code class} of {@code ActionNumber}/{@code Number}): {@code classic} [C, static-docs example]; {@code gold} is inferred from v1's Gold/Classic [I].
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class NumberClass extends OpenEnum<NumberClass.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "classic"}: classic number [C]. */
    CLASSIC,
    /** {@code "gold"}: gold number [I]. */
    GOLD,
    /** A value this version of the SDK does not know; see {@link NumberClass#raw()}. */
    UNKNOWN
  }

  /** {@code "classic"}: classic number [C]. */
  public static final NumberClass CLASSIC = new NumberClass("classic", Value.CLASSIC);
  /** {@code "gold"}: gold number [I]. */
  public static final NumberClass GOLD = new NumberClass("gold", Value.GOLD);

  private static final EnumLookup<NumberClass> LOOKUP =
      EnumLookup.of(CLASSIC, GOLD);

  private NumberClass(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static NumberClass of(String raw) {
    return LOOKUP.resolve(raw, r -> new NumberClass(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<NumberClass> knownValues() {
    return LOOKUP.known();
  }
}
