package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code calls.broadcast_1}: {@code target, messages, options}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class CallsBroadcastParams {
  CallsBroadcastParams() {}

  /** {@code target}: Who to call. Required. */
  public abstract Optional<Target> target();

  /** {@code messages}: Messages played in order: an {@code Integer}/{@code Long} media id or a {@code "TTS|<voice>|<text>"} string. Not empty. */
  public abstract List<Object> messages();

  /** {@code options}: {@code Calls.Broadcast1.Options}, or absent. */
  public abstract Optional<CallsBroadcast1Options> options();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link CallsBroadcastParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableCallsBroadcastParams.Builder {
    Builder() {}

    @Override
    public ImmutableCallsBroadcastParams build() {
      ImmutableCallsBroadcastParams built = super.build();
      Checks.required("target", built.target());
      Checks.notEmpty("messages", built.messages());
      return built;
    }
  }
}
