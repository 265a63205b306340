package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import dev.switchboard.models.json.TimestampCodecs;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A Callr Actions scenario ({@code Action}), the v2 successor of v1 apps [C: static-docs {@code GET /actions}
 * example]. Returned by {@code GET /actions} (as hits), {@code GET /actions/{sid}} [I], {@code POST /actions} and
 * {@code PATCH /actions/{sid}} (both responses inferred [I]).
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableCallrAction.class)
@JsonDeserialize(as = ImmutableCallrAction.class)
public abstract class CallrAction {
  CallrAction() {}

  /** {@code sid}: 8 lowercase characters, e.g. {@code callrsid} [C]. */
  @JsonProperty("sid")
  public abstract Optional<String> sid();

  /** {@code name}: 1..64 characters [C]. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** {@code script}: the scenario YAML, up to 32768 characters [C]. */
  @JsonProperty("script")
  public abstract Optional<String> script();

  /** {@code format}: {@code yaml} (the only value seen) [C]. */
  @JsonProperty("format")
  public abstract Optional<String> format();

  /** {@code numbers}: the phone numbers assigned to the scenario [C]. */
  @JsonProperty("numbers")
  @JsonInclude(JsonInclude.Include.NON_EMPTY)
  public abstract List<ActionNumber> numbers();

  /** {@code version}: e.g. {@code "1.0"} [C]. */
  @JsonProperty("version")
  public abstract Optional<String> version();

  /** {@code created}: creation time (RFC 3339) [C]. */
  @JsonProperty("created")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> created();

  /** {@code updated}: last update (RFC 3339) [C]. */
  @JsonProperty("updated")
  @JsonDeserialize(contentUsing = TimestampCodecs.InstantReader.class)
  public abstract Optional<Instant> updated();

  /** Properties not modelled here, kept exactly as sent and written back (v2 is a preview). */
  @JsonAnyGetter
  public abstract Map<String, JsonNode> additionalProperties();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link CallrAction}. */
  public static final class Builder extends ImmutableCallrAction.Builder {
    Builder() {}

  }
}
