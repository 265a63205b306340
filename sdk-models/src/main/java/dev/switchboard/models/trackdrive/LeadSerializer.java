package dev.switchboard.models.trackdrive;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * TrackDrive lead serializer ({@code serializer} parameter of {@code GET /api/v1/leads}): the response format.
 * Only the names are documented; the field-level differences between them are unverified. Forward compatible: a value
 * not listed here keeps its raw string.
 */
public final class LeadSerializer extends OpenEnum<LeadSerializer.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "lead"}: "Lead" (default) */
    LEAD,
    /** {@code "lead_grid"}: "Lead Grid" */
    LEAD_GRID,
    /** {@code "lead_external"}: "Lead External" */
    LEAD_EXTERNAL,
    /** A value this version of the SDK does not know; see {@link LeadSerializer#raw()}. */
    UNKNOWN
  }

  /** {@code "lead"}: "Lead" (default) */
  public static final LeadSerializer LEAD = new LeadSerializer("lead", Value.LEAD);
  /** {@code "lead_grid"}: "Lead Grid" */
  public static final LeadSerializer LEAD_GRID = new LeadSerializer("lead_grid", Value.LEAD_GRID);
  /** {@code "lead_external"}: "Lead External" */
  public static final LeadSerializer LEAD_EXTERNAL = new LeadSerializer("lead_external", Value.LEAD_EXTERNAL);

  private static final EnumLookup<LeadSerializer> LOOKUP =
      EnumLookup.of(LEAD, LEAD_GRID, LEAD_EXTERNAL);

  private LeadSerializer(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static LeadSerializer of(String raw) {
    return LOOKUP.resolve(raw, r -> new LeadSerializer(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<LeadSerializer> knownValues() {
    return LOOKUP.known();
  }
}
