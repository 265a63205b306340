package dev.switchboard.models.telmetrics;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * Telmetrics caller-detail level ({@code Group.rich_data_type}). The server defaults to {@code Basic}. A value not
 * listed here reads as {@link Value#UNKNOWN} and keeps its raw string.
 *
 * <p>Matched case-insensitively ({@code "active"} is {@code ACTIVE}); the raw string is kept as sent and written
 * back unchanged.
 */
public final class RichDataType extends OpenEnum<RichDataType.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "Basic"}: name and address */
    BASIC,
    /** {@code "Rich"}: name, address and demographics (additional charges) */
    RICH,
    /** A value this version of the SDK does not know; see {@link RichDataType#raw()}. */
    UNKNOWN
  }

  /** {@code "Basic"}: name and address */
  public static final RichDataType BASIC = new RichDataType("Basic", Value.BASIC);
  /** {@code "Rich"}: name, address and demographics (additional charges) */
  public static final RichDataType RICH = new RichDataType("Rich", Value.RICH);

  private static final EnumLookup<RichDataType> LOOKUP =
      EnumLookup.ignoringCase(BASIC, RICH);

  private RichDataType(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static RichDataType of(String raw) {
    return LOOKUP.resolve(raw, r -> new RichDataType(r, Value.UNKNOWN), (r, known) -> new RichDataType(r, known.value()));
  }

  /** The documented values. */
  public static List<RichDataType> knownValues() {
    return LOOKUP.known();
  }
}
