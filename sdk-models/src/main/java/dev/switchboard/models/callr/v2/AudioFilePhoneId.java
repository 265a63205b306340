package dev.switchboard.models.callr.v2;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import dev.switchboard.models.ModelStyle;
import java.util.Map;
import org.immutables.value.Value;

/**
 * The result of {@code PUT /audio-files/{sid}/phone-id}: the DTMF code to record an audio file by phone [C path].
 * Fields unknown [gap] (v1 returned a phone number and a code [I]); every field is kept in
 * {@link #additionalProperties()}.
 */
@Value.Immutable
@ModelStyle
@JsonSerialize(as = ImmutableAudioFilePhoneId.class)
@JsonDeserialize(as = ImmutableAudioFilePhoneId.class)
public abstract class AudioFilePhoneId {
  AudioFilePhoneId() {}

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

  /** Builds a {@link AudioFilePhoneId}. */
  public static final class Builder extends ImmutableAudioFilePhoneId.Builder {
    Builder() {}

  }
}
