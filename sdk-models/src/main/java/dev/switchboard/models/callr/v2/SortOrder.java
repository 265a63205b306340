package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Sort order of a v2 search ({@code order} query parameter) [C: static-docs {@code GET /actions}, smssearch]: {@code asc} or {@code desc}, default {@code desc}.
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class SortOrder extends OpenEnum<SortOrder.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "asc"}: ascending. */
    ASC,
    /** {@code "desc"}: descending (the default). */
    DESC,
    /** A value this version of the SDK does not know; see {@link SortOrder#raw()}. */
    UNKNOWN
  }

  /** {@code "asc"}: ascending. */
  public static final SortOrder ASC = new SortOrder("asc", Value.ASC);
  /** {@code "desc"}: descending (the default). */
  public static final SortOrder DESC = new SortOrder("desc", Value.DESC);

  private static final EnumLookup<SortOrder> LOOKUP =
      EnumLookup.of(ASC, DESC);

  private SortOrder(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static SortOrder of(String raw) {
    return LOOKUP.resolve(raw, r -> new SortOrder(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<SortOrder> knownValues() {
    return LOOKUP.known();
  }
}
