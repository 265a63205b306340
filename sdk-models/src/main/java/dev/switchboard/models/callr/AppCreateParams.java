package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code apps.create}: {@code package, name, params}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class AppCreateParams {
  AppCreateParams() {}

  /** {@code package}: {@code REALTIME10}, {@code CALLTRACKING10}, {@code CLICKTOCALL10} or {@code ACTIONS10}. Required. */
  public abstract Optional<String> appPackage();

  /** {@code name}: App name. Required. */
  public abstract Optional<String> name();

  /** {@code params}: The package's params object (e.g. a {@link Realtime10} model or a {@code Map}); absent is sent as {@code {}}. */
  public abstract Optional<Object> params();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link AppCreateParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableAppCreateParams.Builder {
    Builder() {}

    @Override
    public ImmutableAppCreateParams build() {
      ImmutableAppCreateParams built = super.build();
      Checks.required("appPackage (wire \"package\")", built.appPackage());
      Checks.required("name", built.name());
      return built;
    }
  }
}
