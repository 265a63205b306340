package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code sms.send} (and {@code sms.get_quote}): {@code from, to, body, options}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. The accessors have the names
 * of the {@link Sms} model that CALLR sends back for the same message: {@link #sender()} (wire {@code from}; a Java
 * builder cannot have a {@code from(...)} setter, it copies an instance), {@link #recipient()} (wire {@code to}) and
 * {@link #text()} (the {@code body} param, read back as {@code SMS.text}). {@code build()} checks the required
 * fields; a message names the field as the SDK does and as the wire does: {@code sender (wire "from"): is required}.
 */
@Value.Immutable
@ModelStyle
public abstract class SmsSendParams {
  SmsSendParams() {}

  /** {@code from}: Sender: an authorised sender id, {@code "SMS"} (always authorised) or {@code ""} (shared shortcode, replies possible). Required. */
  public abstract Optional<String> sender();

  /** {@code to}: Recipient in E.164 format, e.g. {@code +33612345678}. Required. */
  public abstract Optional<String> recipient();

  /** {@code body}: Message text (read back as {@code SMS.text}). Required, 1 to 2000 characters. */
  public abstract Optional<String> text();

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
      Checks.required("sender (wire \"from\")", built.sender());
      Checks.required("recipient (wire \"to\")", built.recipient());
      Checks.e164("recipient (wire \"to\")", built.recipient());
      Checks.required("text (wire \"body\")", built.text());
      Checks.length("text (wire \"body\")", built.text(), 1, 2000);
      return built;
    }
  }
}
