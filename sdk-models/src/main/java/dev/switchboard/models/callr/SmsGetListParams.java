package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.time.Instant;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code sms.get_list}: {@code type (IN|OUT), from, to} (UTC).
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class SmsGetListParams {
  SmsGetListParams() {}

  /** {@code type}: {@code IN} or {@code OUT}. Required. */
  public abstract Optional<Direction> type();

  /** {@code from}: Start of the range (UTC, sent as {@code YYYY-MM-DD HH:MM:SS}). Required. */
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

  /** Builds a {@link SmsGetListParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableSmsGetListParams.Builder {
    Builder() {}

    @Override
    public ImmutableSmsGetListParams build() {
      ImmutableSmsGetListParams built = super.build();
      Checks.required("type", built.type());
      Checks.required("since (wire \"from\")", built.since());
      Checks.required("until (wire \"to\")", built.until());
      return built;
    }
  }
}
