package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code clicktocall/calls.get_list}: {@code app, from, to}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class ClickToCallListParams {
  ClickToCallListParams() {}

  /** {@code app}: The CLICKTOCALL10 app hash. Required. */
  public abstract Optional<String> app();

  /** {@code from}: Start of the range (UTC). Required. */
  public abstract Optional<Instant> since();

  /** {@code to}: End of the range (UTC). Required. */
  public abstract Optional<Instant> until();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ClickToCallListParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableClickToCallListParams.Builder {
    Builder() {}

    @Override
    public ImmutableClickToCallListParams build() {
      ImmutableClickToCallListParams built = super.build();
      Checks.required("app", built.app());
      Checks.required("since (wire \"from\")", built.since());
      Checks.required("until (wire \"to\")", built.until());
      return built;
    }
  }
}
