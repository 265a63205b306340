package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code sms.send} (and {@code sms.get_quote}): {@code from, to, body, options}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class SmsSendParams {
  SmsSendParams() {}

  /** {@code from}: Sender: an authorised sender id, {@code "SMS"} (always authorised) or {@code ""} (shared shortcode, replies possible). Required. */
  public abstract Optional<String> sender();

  /** {@code to}: Recipient in E.164 format, e.g. {@code +33612345678}. Required. */
  public abstract Optional<String> to();

  /** {@code body}: Message text. Required, not empty. */
  public abstract Optional<String> body();

  /** {@code options}: {@code SMS.Options}, or absent (sent as JSON null). */
  public abstract Optional<SmsOptions> options();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link SmsSendParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableSmsSendParams.Builder {
    Builder() {}

    @Override
    public ImmutableSmsSendParams build() {
      ImmutableSmsSendParams built = super.build();
      Checks.required("from", built.sender());
      Checks.required("to", built.to());
      Checks.e164("to", built.to());
      Checks.required("body", built.body());
      Checks.length("body", built.body(), 1, 2000);
      return built;
    }
  }
}
