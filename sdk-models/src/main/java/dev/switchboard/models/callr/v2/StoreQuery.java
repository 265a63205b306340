package dev.switchboard.models.callr.v2;

import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query of {@code GET /numbers/store/types} and {@code /prefixes} [C paths]: a {@code country} and a {@code type}
 * are the likely filters [I]; anything else goes in {@link Builder#putExtraParameters}.
 */
@Value.Immutable
@ModelStyle
public abstract class StoreQuery {
  StoreQuery() {}

  /** {@code country}: ISO 3166-1 alpha-2 [I]. */
  public abstract Optional<String> country();

  /** {@code type} [I]. */
  public abstract Optional<NumberType> type();

  /**
   * Further query parameters sent as given (for filters the facts do not name yet; see the class Javadoc).
   */
  public abstract Map<String, String> extraParameters();

  /** The query parameters to send, in declaration order, absent values omitted, extras last. */
  public Map<String, List<String>> toQueryParameters() {
    return new QueryParameters()
        .put("country", country())
        .put("type", type())
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

  /** Builds a {@link StoreQuery}. */
  public static final class Builder extends ImmutableStoreQuery.Builder {
    Builder() {}

  }
}
