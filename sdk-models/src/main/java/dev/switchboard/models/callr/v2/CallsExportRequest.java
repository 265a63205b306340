package dev.switchboard.models.callr.v2;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query of {@code POST /calls/export} (export CDRs asynchronously) [C: call-detail-records-cdr names
 * {@code direction}, {@code from}, {@code to}]; {@code from}/{@code to} as RFC 3339 date-times is inferred [I].
 */
@Value.Immutable
@ModelStyle
public abstract class CallsExportRequest {
  CallsExportRequest() {}

  /** {@code direction} [C name]. */
  public abstract Optional<TrafficDirection> direction();

  /** {@code from}: start of the period, sent as RFC 3339 [I type]. */
  public abstract Optional<Instant> since();

  /** {@code to}: end of the period, sent as RFC 3339 [I type]. */
  public abstract Optional<Instant> until();

  /**
   * Further query parameters sent as given (for filters the facts do not name yet; see the class Javadoc).
   */
  public abstract Map<String, String> extraParameters();

  /** The query parameters to send, in declaration order, absent values omitted, extras last. */
  public Map<String, List<String>> toQueryParameters() {
    return new QueryParameters()
        .put("direction", direction())
        .put("from", since())
        .put("to", until())
        .extras(extraParameters())
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link CallsExportRequest}; {@link #build()} checks the documented constraints, naming the field. */
  public static final class Builder extends ImmutableCallsExportRequest.Builder {
    Builder() {}

    @Override
    public ImmutableCallsExportRequest build() {
      ImmutableCallsExportRequest built = super.build();
      if (Checks.active() && built.since().isPresent() && built.until().isPresent() && built.until().get().isBefore(built.since().get())) {
        throw new IllegalArgumentException("to: must not be before from");
      }
      return built;
    }
  }
}
