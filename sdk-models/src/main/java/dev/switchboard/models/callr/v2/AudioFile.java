package dev.switchboard.models.callr.v2;

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
 * An audio file (formerly the v1 media library), {@code GET/DELETE /audio-files/{sid}}, {@code GET /audio-files}
 * (hits), {@code POST /audio-files} [C paths]. {@code name} and {@code status} are confirmed [C: audiofilesupload];
 * {@code sid} is inferred [I]; other fields (duration, format, dates) are unknown and kept in
 * {@link #additionalProperties()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAudioFile.class)
@JsonDeserialize(as = ImmutableAudioFile.class)
public abstract class AudioFile {
  AudioFile() {}

  /** {@code sid} [I]. */
  @JsonProperty("sid")
  public abstract Optional<String> sid();

  /** {@code name} [C]. */
  @JsonProperty("name")
  public abstract Optional<String> name();

  /** {@code status} [C]. */
  @JsonProperty("status")
  public abstract Optional<AudioFileStatus> status();

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

  /** Builds a {@link AudioFile}. */
  public static final class Builder extends ImmutableAudioFile.Builder {
    Builder() {}

  }
}
