package dev.switchboard.models.callr.v2;

import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code POST /numbers/store} (reserve numbers) [C path]. The migration guide names {@code prefix}
 * (e.g. {@code +33}) and {@code area} (e.g. {@code paris}) as query parameters [C]; that this endpoint takes them is
 * inferred [I]. Others (quantity, class, type [I]) go in {@link Builder#putExtraParameters}.
 */
@Value.Immutable
@ModelStyle
public abstract class NumberReserveRequest {
  NumberReserveRequest() {}

  /** {@code prefix}: e.g. {@code +33} [C name]. */
  public abstract Optional<String> prefix();

  /** {@code area}: e.g. {@code paris} [C name]. */
  public abstract Optional<String> area();

  /**
   * Further query parameters sent as given (for filters the facts do not name yet; see the class Javadoc).
   */
  public abstract Map<String, String> extraParameters();

  /** The query parameters to send, in declaration order, absent values omitted, extras last. */
  public Map<String, List<String>> toQueryParameters() {
    return new QueryParameters()
        .put("prefix", prefix())
        .put("area", area())
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

  /** Builds a {@link NumberReserveRequest}. */
  public static final class Builder extends ImmutableNumberReserveRequest.Builder {
    Builder() {}

  }
}
