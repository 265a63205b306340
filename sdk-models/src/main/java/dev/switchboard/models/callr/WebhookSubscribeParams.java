package dev.switchboard.models.callr;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code webhooks.subscribe}: {@code type, endpoint, options}.
 *
 * <p>A request-side value type (not a documented CALLR object): the typed client sends the fields as positional
 * JSON-RPC params in the order declared here, absent optional ones as JSON {@code null}. {@code build()} checks the
 * required fields and names the field when rejecting a value.
 */
@Value.Immutable
@ModelStyle
public abstract class WebhookSubscribeParams {
  WebhookSubscribeParams() {}

  /** {@code type}: Event type, e.g. {@code sms.mt.status_update} (see {@link WebhookEventType}). Required. */
  public abstract Optional<String> type();

  /** {@code endpoint}: Your http(s) URL receiving the pushes. Required. */
  public abstract Optional<String> endpoint();

  /** {@code options}: {@code Webhook.Options} (format, hmac_algo, hmac_secret), or absent. */
  public abstract Optional<WebhookOptions> options();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link WebhookSubscribeParams}; {@link #build()} checks the required fields. */
  public static final class Builder extends ImmutableWebhookSubscribeParams.Builder {
    Builder() {}

    @Override
    public ImmutableWebhookSubscribeParams build() {
      ImmutableWebhookSubscribeParams built = super.build();
      Checks.required("type", built.type());
      Checks.required("endpoint", built.endpoint());
      if (Checks.active() && built.endpoint().isPresent() && !built.endpoint().get().matches("(?i)https?://.+")) {
        throw new IllegalArgumentException("endpoint: must be an http or https URL");
      }
      return built;
    }
  }
}
