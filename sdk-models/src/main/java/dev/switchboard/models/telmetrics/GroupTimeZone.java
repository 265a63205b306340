package dev.switchboard.models.telmetrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * Telmetrics group time zone ({@code Group.time_zone}): calls to the group's numbers are reported in it. The seed lists
 * {@code Eastern}, {@code Central}, {@code Mountain}, {@code Pacific} "+ more"; the complete list is unverified, so
 * every other value reads as {@link Value#UNKNOWN} and keeps its raw string.
 *
 * <p>Matched case-insensitively ({@code "active"} is {@code ACTIVE}); the raw string is kept as sent and written
 * back unchanged.
 */
public final class GroupTimeZone extends OpenEnum<GroupTimeZone.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "Eastern"} */
    EASTERN,
    /** {@code "Central"} */
    CENTRAL,
    /** {@code "Mountain"} */
    MOUNTAIN,
    /** {@code "Pacific"} */
    PACIFIC,
    /** A value this version of the SDK does not know; see {@link GroupTimeZone#raw()}. */
    UNKNOWN
  }

  /** {@code "Eastern"} */
  public static final GroupTimeZone EASTERN = new GroupTimeZone("Eastern", Value.EASTERN);
  /** {@code "Central"} */
  public static final GroupTimeZone CENTRAL = new GroupTimeZone("Central", Value.CENTRAL);
  /** {@code "Mountain"} */
  public static final GroupTimeZone MOUNTAIN = new GroupTimeZone("Mountain", Value.MOUNTAIN);
  /** {@code "Pacific"} */
  public static final GroupTimeZone PACIFIC = new GroupTimeZone("Pacific", Value.PACIFIC);

  private static final EnumLookup<GroupTimeZone> LOOKUP =
      EnumLookup.ignoringCase(EASTERN, CENTRAL, MOUNTAIN, PACIFIC);

  private GroupTimeZone(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static GroupTimeZone of(String raw) {
    return LOOKUP.resolve(raw, r -> new GroupTimeZone(r, Value.UNKNOWN), (r, known) -> new GroupTimeZone(r, known.value()));
  }

  /** The documented values. */
  public static List<GroupTimeZone> knownValues() {
    return LOOKUP.known();
  }
}
