package dev.switchboard.models.trackdrive;

import com.fasterxml.jackson.annotation.JsonCreator;
import dev.switchboard.models.EnumLookup;
import dev.switchboard.models.OpenEnum;
import java.util.List;

/**
 * TrackDrive dynamic date range ({@code created_at_label} parameter of {@code GET /api/v1/leads}), such as
 * {@code "Today"} or {@code "This Year"}. Forward compatible: a value not listed here keeps its raw string.
 */
public final class CreatedAtLabel extends OpenEnum<CreatedAtLabel.Value> {
  /** The documented values, plus {@code UNKNOWN}. */
  public enum Value {
    /** {@code "Last 5 Min"} */
    LAST_5_MIN,
    /** {@code "Last 15 Min"} */
    LAST_15_MIN,
    /** {@code "Last 30 Min"} */
    LAST_30_MIN,
    /** {@code "Last Hour"} */
    LAST_HOUR,
    /** {@code "Last 4 Hours"} */
    LAST_4_HOURS,
    /** {@code "Last 6 Hours"} */
    LAST_6_HOURS,
    /** {@code "Last 12 Hours"} */
    LAST_12_HOURS,
    /** {@code "Last Day"} */
    LAST_DAY,
    /** {@code "Last 2 Days"} */
    LAST_2_DAYS,
    /** {@code "Today"} */
    TODAY,
    /** {@code "Yesterday"} */
    YESTERDAY,
    /** {@code "This Week"} */
    THIS_WEEK,
    /** {@code "Last Week"} */
    LAST_WEEK,
    /** {@code "This Month"} */
    THIS_MONTH,
    /** {@code "Last Month"} */
    LAST_MONTH,
    /** {@code "This Quarter"} */
    THIS_QUARTER,
    /** {@code "Last Quarter"} */
    LAST_QUARTER,
    /** {@code "Last 6 Months"} */
    LAST_6_MONTHS,
    /** {@code "This Year"} */
    THIS_YEAR,
    /** {@code "Last Year"} */
    LAST_YEAR,
    /** {@code "Lifetime"} */
    LIFETIME,
    /** {@code "Custom Range"} */
    CUSTOM_RANGE,
    /** A value this version of the SDK does not know; see {@link CreatedAtLabel#raw()}. */
    UNKNOWN
  }

  /** {@code "Last 5 Min"} */
  public static final CreatedAtLabel LAST_5_MIN = new CreatedAtLabel("Last 5 Min", Value.LAST_5_MIN);
  /** {@code "Last 15 Min"} */
  public static final CreatedAtLabel LAST_15_MIN = new CreatedAtLabel("Last 15 Min", Value.LAST_15_MIN);
  /** {@code "Last 30 Min"} */
  public static final CreatedAtLabel LAST_30_MIN = new CreatedAtLabel("Last 30 Min", Value.LAST_30_MIN);
  /** {@code "Last Hour"} */
  public static final CreatedAtLabel LAST_HOUR = new CreatedAtLabel("Last Hour", Value.LAST_HOUR);
  /** {@code "Last 4 Hours"} */
  public static final CreatedAtLabel LAST_4_HOURS = new CreatedAtLabel("Last 4 Hours", Value.LAST_4_HOURS);
  /** {@code "Last 6 Hours"} */
  public static final CreatedAtLabel LAST_6_HOURS = new CreatedAtLabel("Last 6 Hours", Value.LAST_6_HOURS);
  /** {@code "Last 12 Hours"} */
  public static final CreatedAtLabel LAST_12_HOURS = new CreatedAtLabel("Last 12 Hours", Value.LAST_12_HOURS);
  /** {@code "Last Day"} */
  public static final CreatedAtLabel LAST_DAY = new CreatedAtLabel("Last Day", Value.LAST_DAY);
  /** {@code "Last 2 Days"} */
  public static final CreatedAtLabel LAST_2_DAYS = new CreatedAtLabel("Last 2 Days", Value.LAST_2_DAYS);
  /** {@code "Today"} */
  public static final CreatedAtLabel TODAY = new CreatedAtLabel("Today", Value.TODAY);
  /** {@code "Yesterday"} */
  public static final CreatedAtLabel YESTERDAY = new CreatedAtLabel("Yesterday", Value.YESTERDAY);
  /** {@code "This Week"} */
  public static final CreatedAtLabel THIS_WEEK = new CreatedAtLabel("This Week", Value.THIS_WEEK);
  /** {@code "Last Week"} */
  public static final CreatedAtLabel LAST_WEEK = new CreatedAtLabel("Last Week", Value.LAST_WEEK);
  /** {@code "This Month"} */
  public static final CreatedAtLabel THIS_MONTH = new CreatedAtLabel("This Month", Value.THIS_MONTH);
  /** {@code "Last Month"} */
  public static final CreatedAtLabel LAST_MONTH = new CreatedAtLabel("Last Month", Value.LAST_MONTH);
  /** {@code "This Quarter"} */
  public static final CreatedAtLabel THIS_QUARTER = new CreatedAtLabel("This Quarter", Value.THIS_QUARTER);
  /** {@code "Last Quarter"} */
  public static final CreatedAtLabel LAST_QUARTER = new CreatedAtLabel("Last Quarter", Value.LAST_QUARTER);
  /** {@code "Last 6 Months"} */
  public static final CreatedAtLabel LAST_6_MONTHS = new CreatedAtLabel("Last 6 Months", Value.LAST_6_MONTHS);
  /** {@code "This Year"} */
  public static final CreatedAtLabel THIS_YEAR = new CreatedAtLabel("This Year", Value.THIS_YEAR);
  /** {@code "Last Year"} */
  public static final CreatedAtLabel LAST_YEAR = new CreatedAtLabel("Last Year", Value.LAST_YEAR);
  /** {@code "Lifetime"} */
  public static final CreatedAtLabel LIFETIME = new CreatedAtLabel("Lifetime", Value.LIFETIME);
  /** {@code "Custom Range"} */
  public static final CreatedAtLabel CUSTOM_RANGE = new CreatedAtLabel("Custom Range", Value.CUSTOM_RANGE);

  private static final EnumLookup<CreatedAtLabel> LOOKUP =
      EnumLookup.of(LAST_5_MIN, LAST_15_MIN, LAST_30_MIN, LAST_HOUR, LAST_4_HOURS, LAST_6_HOURS, LAST_12_HOURS, LAST_DAY, LAST_2_DAYS, TODAY, YESTERDAY, THIS_WEEK, LAST_WEEK, THIS_MONTH, LAST_MONTH, THIS_QUARTER, LAST_QUARTER, LAST_6_MONTHS, THIS_YEAR, LAST_YEAR, LIFETIME, CUSTOM_RANGE);

  private CreatedAtLabel(String raw, Value value) {
    super(raw, value);
  }

  /** The value for a raw string: a documented constant, or an unknown value that keeps the string. */
  @JsonCreator
  public static CreatedAtLabel of(String raw) {
    return LOOKUP.resolve(raw, r -> new CreatedAtLabel(r, Value.UNKNOWN));
  }

  /** The documented values. */
  public static List<CreatedAtLabel> knownValues() {
    return LOOKUP.known();
  }
}
