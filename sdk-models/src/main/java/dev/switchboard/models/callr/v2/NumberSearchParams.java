package dev.switchboard.models.callr.v2;

import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query of {@code GET /numbers} (search the account's numbers) [C path]. Only the shared paging parameters are
 * known [I]; filters (e164, country, type, class, scenario [I]) go in {@link Builder#putExtraParameters}.
 */
@Value.Immutable
@ModelStyle
public abstract class NumberSearchParams implements SearchQuery<NumberSearchParams> {
  NumberSearchParams() {}

  /** {@code sort}: values unknown [I]. */
  public abstract Optional<String> sort();

  /**
   * Further query parameters sent as given (for filters the facts do not name yet; see the class Javadoc).
   */
  public abstract Map<String, String> extraParameters();

  /** The query parameters to send, in declaration order, absent values omitted, extras last. */
  @Override
  public Map<String, List<String>> toQueryParameters() {
    return new QueryParameters()
        .paging(sort(), order(), offset(), limit())
        .extras(extraParameters())
        .build();
  }

  @Override
  public NumberSearchParams withOffset(int offset) {
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

  /** Builds a {@link NumberSearchParams}; {@link #build()} checks the documented constraints, naming the field. */
  public static final class Builder extends ImmutableNumberSearchParams.Builder {
    Builder() {}

    @Override
    public ImmutableNumberSearchParams build() {
      ImmutableNumberSearchParams built = super.build();
      QueryParameters.checkPaging(built);
      return built;
    }
  }
}
