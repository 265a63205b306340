package dev.switchboard.models.callr.v2;

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
 * Body of {@code PATCH /audio-files/{sid}} (rename) [I: endpoint and body inferred from v1
 * {@code media/library.set_name}]: {@code name}, plus any further field in {@link #additionalProperties()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAudioFileUpdateRequest.class)
@JsonDeserialize(as = ImmutableAudioFileUpdateRequest.class)
public abstract class AudioFileUpdateRequest {
  AudioFileUpdateRequest() {}

  /** {@code name}: 1..255 characters [I]. */
  @JsonProperty("name")
  public abstract Optional<String> name();

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

  /** Builds a {@link AudioFileUpdateRequest}; {@link #build()} checks the documented constraints, naming the field. */
  public static final class Builder extends ImmutableAudioFileUpdateRequest.Builder {
    Builder() {}

    @Override
    public ImmutableAudioFileUpdateRequest build() {
      ImmutableAudioFileUpdateRequest built = super.build();
      Checks.length("name", built.name(), 1, 255);
      return built;
    }
  }
}
