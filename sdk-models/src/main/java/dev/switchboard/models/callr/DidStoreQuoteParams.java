package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code did/store.get_quote}: {@code area_code_id, class, quantity}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class DidStoreQuoteParams {
  DidStoreQuoteParams() {}

  /** {@code area_code_id}: Area code id from {@code did/areacode.get_list}. Required. */
  public abstract Optional<Integer> areaCodeId();

  /** {@code class}: {@code CLASSIC} or {@code GOLD}; absent is sent as {@code CLASSIC}. */
  public abstract Optional<String> didClass();

  /** {@code quantity}: How many numbers, at least 1; absent is sent as 1. */
  public abstract Optional<Integer> quantity();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link DidStoreQuoteParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableDidStoreQuoteParams.Builder {
    Builder() {}

    @Override
    public ImmutableDidStoreQuoteParams build() {
      ImmutableDidStoreQuoteParams built = super.build();
      Checks.required("area_code_id", built.areaCodeId());
      Checks.range("quantity", built.quantity(), 1, 1000);
      return built;
    }
  }
}
