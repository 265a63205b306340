package dev.switchboard.models.callr;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * Settings of the deprecated {@code sms.get_settings}/{@code sms.set_settings} (shape unverified: our choice, as in docs/CALLR-METHODS.md).
 *
 * <p>Hand-written (not generated from the Objects reference); read leniently, unknown properties kept.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableSmsSettings.class)
@JsonDeserialize(as = ImmutableSmsSettings.class)
public abstract class SmsSettings {
  SmsSettings() {}

  /** {@code push_dlr_enabled}. */
  @JsonProperty("push_dlr_enabled")
  public abstract Optional<Boolean> pushDlrEnabled();

  /** {@code push_dlr_url}. */
  @JsonProperty("push_dlr_url")
  public abstract Optional<String> pushDlrUrl();

  /** {@code push_mo_enabled}. */
  @JsonProperty("push_mo_enabled")
  public abstract Optional<Boolean> pushMoEnabled();

  /** {@code push_mo_url}. */
  @JsonProperty("push_mo_url")
  public abstract Optional<String> pushMoUrl();

  /** Properties not modelled here, kept as sent and written back. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a {@link SmsSettings}. */
  public static final class Builder extends ImmutableSmsSettings.Builder {
    Builder() {}
  }
}
