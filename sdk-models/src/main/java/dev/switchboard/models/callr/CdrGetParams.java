package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code cdr.get} (the {@code type} is chosen by the method: inbound or outbound): {@code from, to, app, number}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class CdrGetParams {
  CdrGetParams() {}

  /** {@code from}: Start of the range (UTC). Required. */
  public abstract Optional<Instant> since();

  /** {@code to}: End of the range (UTC). Required. */
  public abstract Optional<Instant> until();

  /** {@code app}: Only calls of this app hash, or absent. */
  public abstract Optional<String> app();

  /** {@code number}: Only calls of this number, or absent. */
  public abstract Optional<String> number();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link CdrGetParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableCdrGetParams.Builder {
    Builder() {}

    @Override
    public ImmutableCdrGetParams build() {
      ImmutableCdrGetParams built = super.build();
      Checks.required("since (wire \"from\")", built.since());
      Checks.required("until (wire \"to\")", built.until());
      return built;
    }
  }
}
