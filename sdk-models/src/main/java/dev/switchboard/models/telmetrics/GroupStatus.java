package dev.switchboard.models.telmetrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * Telmetrics group status ({@code Group.status}). Documented as {@code Active / Cancelled}; other Telmetrics
 * resources send {@code "active"} in lower case. A value not listed here reads as {@link Value#UNKNOWN} and keeps its raw
 * string.
 *
 * <p>Matched case-insensitively ({@code "active"} is {@code ACTIVE}); the raw string is kept as sent and written
 * back unchanged.
 */
public final class GroupStatus extends OpenEnum<GroupStatus.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "Active"} */
    ACTIVE,
    /** {@code "Cancelled"} */
    CANCELLED,
    /** A value this version of the SDK does not know; see {@link GroupStatus#raw()}. */
    UNKNOWN
  }

  /** {@code "Active"} */
  public static final GroupStatus ACTIVE = new GroupStatus("Active", Value.ACTIVE);
  /** {@code "Cancelled"} */
  public static final GroupStatus CANCELLED = new GroupStatus("Cancelled", Value.CANCELLED);

  private static final EnumLookup<GroupStatus> LOOKUP =
      EnumLookup.ignoringCase(ACTIVE, CANCELLED);

  private GroupStatus(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static GroupStatus of(String raw) {
    return LOOKUP.resolve(raw, r -> new GroupStatus(r, Value.UNKNOWN), (r, known) -> new GroupStatus(r, known.value()));
  }

  /** The documented values. */
  public static List<GroupStatus> knownValues() {
    return LOOKUP.known();
  }
}
