package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code clicktocall/calls.start_2}: {@code app, a_targets, b_targets, options}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class ClickToCallStartParams {
  ClickToCallStartParams() {}

  /** {@code app}: The CLICKTOCALL10 app hash. Required. */
  public abstract Optional<String> app();

  /** {@code a_targets}: A-leg targets (called first). Not empty. */
  public abstract List<Target> aTargets();

  /** {@code b_targets}: B-leg targets. Not empty. */
  public abstract List<Target> bTargets();

  /** {@code options}: {@code CLICKTOCALL.Start.Options}, or absent. */
  public abstract Optional<ClicktocallStartOptions> options();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link ClickToCallStartParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableClickToCallStartParams.Builder {
    Builder() {}

    @Override
    public ImmutableClickToCallStartParams build() {
      ImmutableClickToCallStartParams built = super.build();
      Checks.required("app", built.app());
      Checks.notEmpty("a_targets", built.aTargets());
      Checks.notEmpty("b_targets", built.bTargets());
      return built;
    }
  }
}
