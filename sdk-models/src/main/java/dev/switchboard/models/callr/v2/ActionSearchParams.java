package dev.switchboard.models.callr.v2;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Query of {@code GET /actions} (search Callr Actions scenarios) [C, static-docs]: {@code name} (≤ 64 characters,
 * partial match), {@code sort} ({@code name}, {@code created}, {@code updated}; default {@code updated}), {@code order},
 * {@code offset}, {@code limit}.
 */
@Value.Immutable
@ModelStyle
public abstract class ActionSearchParams implements SearchQuery<ActionSearchParams> {
  ActionSearchParams() {}

  /** {@code name}: partial match, ≤ 64 characters [C]. */
  public abstract Optional<String> name();

  /** {@code sort}: default {@code updated} [C]. */
  public abstract Optional<ActionSort> sort();

  /**
   * Further query parameters sent as given (for filters the facts do not name yet; see the class Javadoc).
   */
  public abstract Map<String, String> extraParameters();

  /** The query parameters to send, in declaration order, absent values omitted, extras last. */
  @Override
  public Map<String, List<String>> toQueryParameters() {
    return new QueryParameters()
        .put("name", name())
        .paging(sort(), order(), offset(), limit())
        .extras(extraParameters())
        .build();
  }

  @Override
  public ActionSearchParams withOffset(int offset) {
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

  /** Builds a {@link ActionSearchParams}; {@link #build()} checks the documented constraints, naming the field. */
  public static final class Builder extends ImmutableActionSearchParams.Builder {
    Builder() {}

    @Override
    public ImmutableActionSearchParams build() {
      ImmutableActionSearchParams built = super.build();
      Checks.length("name", built.name(), 0, 64);
      QueryParameters.checkPaging(built);
      return built;
    }
  }
}
