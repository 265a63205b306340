package dev.switchboard.models.callr.v2;

import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.Secret;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Parameters of {@code POST /sms} (send an SMS) [C: smssend, send-sms-api]. {@code to}, {@code from},
 * {@code encoding} and {@code trafficType} are <b>query</b> parameters; {@code text} is the JSON body
 * {@code {"text": "..."}}. {@link #toQueryParameters()} returns the query part only.
 */
@Value.Immutable
@ModelStyle
public abstract class SmsSendRequest {
  SmsSendRequest() {}

  /** {@code to}: required, E.164 [C]. */
  public abstract Optional<String> to();

  /** {@code from}: 0..11 characters; empty lets CALLR choose; a number or an alphanumeric sender [C]. */
  public abstract Optional<String> sender();

  /** {@code encoding}: auto-detected when absent [C]; values {@code gsm}/{@code unicode} [I]. */
  public abstract Optional<TextEncoding> encoding();

  /** {@code trafficType}: {@code marketing} (default) or {@code alerting} [C]. */
  public abstract Optional<TrafficType> trafficType();

  /** {@code text}: required, 1..3200 characters; sent in the body, masked in {@code toString()} [C]. */
  @Secret
  public abstract Optional<String> text();

  /**
   * Further query parameters sent as given (for filters the facts do not name yet; see the class Javadoc).
   */
  public abstract Map<String, String> extraParameters();

  /** The query parameters to send, in declaration order, absent values omitted, extras last. */
  public Map<String, List<String>> toQueryParameters() {
    return new QueryParameters()
        .put("to", to())
        .put("from", sender())
        .put("encoding", encoding())
        .put("trafficType", trafficType())
        .extras(extraParameters())
        .build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link SmsSendRequest}; {@link #build()} checks the documented constraints, naming the field. */
  public static final class Builder extends ImmutableSmsSendRequest.Builder {
    Builder() {}

    @Override
    public ImmutableSmsSendRequest build() {
      ImmutableSmsSendRequest built = super.build();
      Checks.required("to", built.to());
      Checks.e164("to", built.to());
      Checks.length("from", built.sender(), 0, 11);
      Checks.required("text", built.text());
      Checks.length("text", built.text(), 1, 3200);
      return built;
    }
  }
}
