package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Type of a phone number ({@code type}): only {@code geographic} was seen [C, static-docs example]; other values read as {@link Value#UNKNOWN} and keep their raw string.
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class NumberType extends OpenEnum<NumberType.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "geographic"}: geographic number [C]. */
    GEOGRAPHIC,
    /** A value this version of the SDK does not know; see {@link NumberType#raw()}. */
    UNKNOWN
  }

  /** {@code "geographic"}: geographic number [C]. */
  public static final NumberType GEOGRAPHIC = new NumberType("geographic", Value.GEOGRAPHIC);

  private static final EnumLookup<NumberType> LOOKUP =
      EnumLookup.of(GEOGRAPHIC);

  private NumberType(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static NumberType of(String raw) {
    return LOOKUP.resolve(raw, r -> new NumberType(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<NumberType> knownValues() {
    return LOOKUP.known();
  }
}
