package dev.switchboard.models.callr.v2;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query of {@code GET /sms} (search SMS) [C: smssearch page; the path and the parameter names are inferred from the
 * descriptions, in page order [I]]. The start and end date parameters exist but their names were not captured: pass them
 * with {@link Builder#putExtraParameters} once known.
 */
@Value.Immutable
@ModelStyle
public abstract class SmsSearchParams implements SearchQuery<SmsSearchParams> {
  SmsSearchParams() {}

  /** {@code direction} [I name]. */
  public abstract Optional<TrafficDirection> direction();

  /** {@code sid}: exactly 8 lowercase characters [I name]. */
  public abstract Optional<String> sid();

  /** {@code from}: sender, 0..11 characters [I name]. */
  public abstract Optional<String> sender();

  /** {@code to}: recipient [I name]. */
  public abstract Optional<String> to();

  /** {@code text}: body contains, ≤ 64 characters [I name]. */
  public abstract Optional<String> text();

  /** {@code trafficType} [I name]. */
  public abstract Optional<TrafficType> trafficType();

  /** {@code status} [I name]. */
  public abstract Optional<SmsMessageStatus> status();

  /** {@code sort}: values unknown, default {@code created} [C default]. */
  public abstract Optional<String> sort();

  /**
   * Further query parameters sent as given (for filters the facts do not name yet; see the class Javadoc).
   */
  public abstract Map<String, String> extraParameters();

  /** The query parameters to send, in declaration order, absent values omitted, extras last. */
  @Override
  public Map<String, List<String>> toQueryParameters() {
    return new QueryParameters()
        .put("direction", direction())
        .put("sid", sid())
        .put("from", sender())
        .put("to", to())
        .put("text", text())
        .put("trafficType", trafficType())
        .put("status", status())
        .paging(sort(), order(), offset(), limit())
        .extras(extraParameters())
        .build();
  }

  @Override
  public SmsSearchParams withOffset(int offset) {
    return toBuilder().offset(offset).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link SmsSearchParams}; {@link #build()} checks the documented constraints, naming the field. */
  public static final class Builder extends ImmutableSmsSearchParams.Builder {
    Builder() {}

    @Override
    public ImmutableSmsSearchParams build() {
      ImmutableSmsSearchParams built = super.build();
      V2Ids.sid("sid", built.sid());
      Checks.length("from", built.sender(), 0, 11);
      Checks.length("text", built.text(), 0, 64);
      QueryParameters.checkPaging(built);
      return built;
    }
  }
}
