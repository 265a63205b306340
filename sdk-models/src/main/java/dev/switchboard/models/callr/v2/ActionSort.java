package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * CALLR v2: Sort key of {@code GET /actions} ({@code sort}) [C: static-docs]; default {@code updated}.
 *
 * <p>An open enumeration: a value not listed reads as {@link Value#UNKNOWN}, keeps its raw string and is written
 * back unchanged (v2 is a preview; new values may appear).
 */
public final class ActionSort extends OpenEnum<ActionSort.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "name"}: by name. */
    NAME,
    /** {@code "created"}: by creation time. */
    CREATED,
    /** {@code "updated"}: by last update (the default). */
    UPDATED,
    /** A value this version of the SDK does not know; see {@link ActionSort#raw()}. */
    UNKNOWN
  }

  /** {@code "name"}: by name. */
  public static final ActionSort NAME = new ActionSort("name", Value.NAME);
  /** {@code "created"}: by creation time. */
  public static final ActionSort CREATED = new ActionSort("created", Value.CREATED);
  /** {@code "updated"}: by last update (the default). */
  public static final ActionSort UPDATED = new ActionSort("updated", Value.UPDATED);

  private static final EnumLookup<ActionSort> LOOKUP =
      EnumLookup.of(NAME, CREATED, UPDATED);

  private ActionSort(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static ActionSort of(String raw) {
    return LOOKUP.resolve(raw, r -> new ActionSort(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<ActionSort> knownValues() {
    return LOOKUP.known();
  }
}
