package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code apps.edit}: {@code hash, name, params}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class AppEditParams {
  AppEditParams() {}

  /** {@code hash}: The app hash. Required. */
  public abstract Optional<String> hash();

  /** {@code name}: New name. Required. */
  public abstract Optional<String> name();

  /** {@code params}: The package's params object; absent is sent as {@code {}}. */
  public abstract Optional<Object> params();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link AppEditParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableAppEditParams.Builder {
    Builder() {}

    @Override
    public ImmutableAppEditParams build() {
      ImmutableAppEditParams built = super.build();
      Checks.required("hash", built.hash());
      Checks.required("name", built.name());
      return built;
    }
  }
}
