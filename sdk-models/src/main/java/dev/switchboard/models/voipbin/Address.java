package dev.switchboard.models.voipbin;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * VoIPBin {@code Address}: the source or a destination of a call or groupcall.
 *
 * <p>Maps the documented object {@code Address} (OpenAPI {@code CommonAddress}, Go {@code address.Address}). Every
 * field is an optional string; the Go server omits empty ones. The format of {@code target} depends on {@code type}:
 * E.164 for {@code tel}, a UUID for {@code agent}/{@code conference}, {@code user@domain} for {@code sip}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAddress.class)
@JsonDeserialize(as = ImmutableAddress.class)
public abstract class Address {
  Address() {}

  /** {@code type}: Type of address. Unknown types (e.g. the legacy {@code "endpoint"}) are kept. */
  @JsonProperty("type")
  public abstract Optional<AddressType> type();

  /** {@code target}: The address endpoint; its format depends on {@link #type()}. */
  @JsonProperty("target")
  public abstract Optional<String> target();

  /** {@code target_name}: Address's name (for {@code extension}, the extension's username). */
  @JsonProperty("target_name")
  public abstract Optional<String> targetName();

  /** {@code name}: Optional label for this address. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** {@code detail}: Additional notes about this address. */
  @JsonProperty("detail")
  public abstract Optional<String> detail();

  /** Properties the reference does not document, kept as sent and written back. */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** A {@code tel} address for an E.164 number. */
  public static Address tel(String e164) {
    return builder().type(AddressType.TEL).target(e164).build();
  }

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /**
   * Builds an {@link Address}; {@link #build()} requires a {@code tel} address's {@code target} in E.164
   * ({@code +} and up to 15 digits). Addresses read from a response are never rejected.
   */
  public static final class Builder extends ImmutableAddress.Builder {
    Builder() {}

    @Override
    public ImmutableAddress build() {
      ImmutableAddress built = super.build();
      if (built.type().map(t -> t.value() == AddressType.Value.TEL).orElse(false)) {
        Checks.required("target", built.target());
        Checks.e164("target", built.target());
      }
      return built;
    }
  }
}
