package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code calls.realtime} / {@code dialr/call.realtime}: {@code app, target, options}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class CallsRealtimeParams {
  CallsRealtimeParams() {}

  /** {@code app}: The REALTIME10 app hash. Required. */
  public abstract Optional<String> app();

  /** {@code target}: Who to call. Required. */
  public abstract Optional<Target> target();

  /** {@code options}: {@code REALTIME10.Call.Options}, or absent. */
  public abstract Optional<Realtime10CallOptions> options();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link CallsRealtimeParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableCallsRealtimeParams.Builder {
    Builder() {}

    @Override
    public ImmutableCallsRealtimeParams build() {
      ImmutableCallsRealtimeParams built = super.build();
      Checks.required("app", built.app());
      Checks.required("target", built.target());
      return built;
    }
  }
}
