package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.Checks;
import dev.switchboard.models.ModelStyle;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * JSON body of {@code POST /audio-files}: only the {@code name} can be given; the file starts with status
 * {@code pending-content} [C: audiofilesupload]. Upload content with {@code /audio-files/{sid}/file}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAudioFileCreateRequest.class)
@JsonDeserialize(as = ImmutableAudioFileCreateRequest.class)
public abstract class AudioFileCreateRequest {
  AudioFileCreateRequest() {}

  /** {@code name}: required [C]. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** A new builder. */
  public static Builder builder() {
    return new Builder();
  }

  /** A builder holding this object's values. */
  public Builder toBuilder() {
    return builder().from(this);
  }

  /** Builds a {@link AudioFileCreateRequest}; {@link #build()} checks the documented constraints, naming the field. */
  public static final class Builder extends ImmutableAudioFileCreateRequest.Builder {
    Builder() {}

    @Override
    public ImmutableAudioFileCreateRequest build() {
      ImmutableAudioFileCreateRequest built = super.build();
      Checks.required("name", built.name());
      Checks.length("name", built.name(), 1, 255);
      return built;
    }
  }
}
